// The JSON body parser: Fastify's own (its prototype-poisoning checks kept), with two changes.
//  - An empty body with a JSON content type counts as no body: some clients send the header on
//    DELETE or a bodiless POST.
//  - Valid JSON refused only for a `__proto__` or `constructor.prototype` key gets a 400 naming that
//    key's path, instead of Fastify's "Body is not valid JSON" (a client could not tell what to fix).
import type { FastifyInstance } from "fastify";
import { ApiProblem } from "./problems.ts";

export function installJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (req, body, done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (text.trim() === "") return done(null, undefined);
    parseJson(req, text, (err, value) => {
      const field = err ? forbiddenKeyPath(text) : null;
      if (field === null) return done(err, value);
      const reason = "the property names __proto__ and constructor.prototype are refused (prototype pollution)";
      done(new ApiProblem("ERR_VALIDATION", `${field}: ${reason}`, [{ field, rule: "invalid", reason, source: "body" }]), undefined);
    });
  });
}

/** Dotted path (`labels.__proto__`, `tags.0.constructor.prototype`) of the first refused key, or null. */
export function forbiddenKeyPath(text: string): string | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text); // own "__proto__" properties, no pollution: JSON.parse defines, never assigns
  } catch {
    return null; // truly malformed: Fastify's error stands
  }
  const walk = (v: unknown, path: string[]): string | null => {
    if (v === null || typeof v !== "object") return null;
    for (const [k, child] of Object.entries(v)) {
      const here = [...path, k];
      if (k === "__proto__") return here.join(".");
      if (k === "constructor" && child !== null && typeof child === "object" && Object.hasOwn(child, "prototype")) return [...here, "prototype"].join(".");
      const found = walk(child, here);
      if (found) return found;
    }
    return null;
  };
  return walk(doc, []);
}
