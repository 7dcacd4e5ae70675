// Error mapping as Fastify handlers: whatever was thrown becomes an ApiProblem, and
// problems.toResponse decides status, content type and body. Request bodies are never logged.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AllowedMethods } from "./allowed-methods.ts";
import { ApiProblem, toResponse } from "./problems.ts";

/** Fastify's own failures (body parsing, limits, content types) → our codes. */
/** Prisma / driver failures that mean "the database is not there right now" (retryable). */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2034"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionWriteConflict"]);

export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } }; cause?: { kind?: string }; message?: string; name?: string };
  if (!e || typeof e !== "object") return false;
  if (e.code && UNAVAILABLE_PRISMA_CODES.has(e.code)) return true;
  const kind = e.meta?.driverAdapterError?.cause?.kind ?? e.cause?.kind;
  if (kind && UNAVAILABLE_ADAPTER_KINDS.has(kind)) return true;
  if (e.name === "PrismaClientInitializationError") return true;
  return /ECONNREFUSED|ECONNRESET|Connection terminated|database is locked|Transaction API error/i.test(e.message ?? "");
}

function fromFastify(err: FastifyError): ApiProblem | null {
  switch (err.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new ApiProblem("ERR_PAYLOAD_TOO_LARGE", "request body is larger than the limit");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new ApiProblem("ERR_UNSUPPORTED_MEDIA_TYPE", "send the body as Content-Type: application/json");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new ApiProblem("ERR_INVALID_JSON", "Content-Type is application/json but the body is empty");
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new ApiProblem("ERR_INVALID_JSON", "Content-Length does not match the body");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new ApiProblem("ERR_INVALID_JSON", `malformed JSON body: ${err.message}`);
    case "FST_ERR_CTP_INVALID_TYPE":
      return new ApiProblem("ERR_UNSUPPORTED_MEDIA_TYPE", "invalid Content-Type header");
  }
  // The JSON parser throws SyntaxError (and prototype-poisoning errors) with statusCode 400.
  if (err.statusCode === 400 && (err instanceof SyntaxError || /JSON|prototype|constructor/i.test(err.message))) {
    return new ApiProblem("ERR_INVALID_JSON", `malformed JSON body: ${err.message}`);
  }
  if (err.statusCode === 503) return new ApiProblem("ERR_UNAVAILABLE", "the server is shutting down");
  return null;
}

/**
 * Errors Fastify raises while routing, before any hook or error handler runs (a malformed
 * percent-encoding in the path, a path segment over maxParamLength). Without this they were sent
 * in Fastify's own body and as application/json on control-plane paths too. The path is not echoed.
 */
export function frameworkErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const reason = err.code === "FST_ERR_MAX_PARAM_LENGTH" ? "a path segment is too long" : "the path is not valid percent-encoded UTF-8";
  const p = new ApiProblem("ERR_INVALID_PARAMETER", `invalid path: ${reason}`, [{ field: "(path)", rule: "invalid", reason, source: "path" }]);
  req.log.info({ code: p.code, status: p.status, fastify: err.code }, "request rejected");
  const res = toResponse(p, req.url);
  void reply.code(res.status).type(res.contentType).send(JSON.stringify(res.body));
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    let p: ApiProblem;
    if (err instanceof ApiProblem) p = err;
    else if (isDatabaseUnavailable(err)) p = new ApiProblem("ERR_UNAVAILABLE", "the database is unavailable or busy; retry shortly", [], { "retry-after": "1" });
    else p = fromFastify(err) ?? new ApiProblem("ERR_INTERNAL", "internal error");
    if (p.status >= 500) {
      // Log the error object only for genuine failures; its message never contains request bodies
      // (secrets are sealed before they reach the database layer).
      req.log.error({ err, code: p.code }, "request failed");
    } else {
      req.log.info({ code: p.code, status: p.status }, "request rejected");
    }
    const res = toResponse(p, req.url);
    void reply.code(res.status).headers(res.headers).type(res.contentType).send(JSON.stringify(res.body));
  });
  // Registered before the route families, so every route is recorded.
  const allowed = new AllowedMethods();
  app.addHook("onRoute", (route) => allowed.add(route));
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0];
    const methods = allowed.for(path);
    const p = methods.length > 0 && !methods.includes(req.method) ? methodNotAllowed(req.method, path, methods) : new ApiProblem("ERR_NOT_FOUND", `no route for ${req.method} ${path}`);
    const res = toResponse(p, req.url);
    void reply.code(res.status).headers(res.headers).type(res.contentType).send(JSON.stringify(res.body));
  });
}

/** 405 with Allow; PATCH where PUT exists gets the way to do it (full-object PUT, as Konnect's core entities). */
function methodNotAllowed(method: string, path: string, methods: string[]): ApiProblem {
  const hint = method === "PATCH" && methods.includes("PUT") ? "; use PUT with the full object (GET it, change what you need, PUT it back)" : "";
  return new ApiProblem("ERR_METHOD_NOT_ALLOWED", `${method} is not supported on ${path} (allowed: ${methods.join(", ")})${hint}`, [], { allow: methods.join(", ") });
}
