// Bodiless replies (204, 304). Sent without a payload: a serialised `null` would set
// Content-Length: 4 on a status that must not carry a body.
import type { FastifyReply } from "fastify";

export function bodiless(reply: unknown, status: 204 | 304, headers: Record<string, string> = {}): FastifyReply {
  const r = reply as FastifyReply;
  return r.code(status).headers(headers).send();
}
