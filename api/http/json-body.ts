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
  // Depth-first in document order, with an explicit stack and paths linked to their parent: the body
  // limit allows nesting far deeper than the call stack (a recursive walk threw RangeError → 500 at
  // ~10k levels), and copying the path at every level would be quadratic in the depth.
  type Path = { parent: Path | null; key: string } | null;
  type Frame = { entries: [string, unknown][]; next: number; path: Path };
  const frameOf = (v: unknown, path: Path): Frame | null => (v !== null && typeof v === "object" ? { entries: Object.entries(v), next: 0, path } : null);
  const dotted = (path: Path, ...last: string[]): string => {
    const keys: string[] = [];
    for (let p = path; p !== null; p = p.parent) keys.push(p.key);
    return [...keys.reverse(), ...last].join(".");
  };
  const root = frameOf(doc, null);
  const stack: Frame[] = root ? [root] : [];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next >= top.entries.length) {
      stack.pop();
      continue;
    }
    const [k, child] = top.entries[top.next++];
    if (k === "__proto__") return dotted(top.path, k);
    if (k === "constructor" && child !== null && typeof child === "object" && Object.hasOwn(child, "prototype")) return dotted(top.path, k, "prototype");
    const frame = frameOf(child, { parent: top.path, key: k });
    if (frame) stack.push(frame);
  }
  return null;
}
