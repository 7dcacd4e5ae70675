// This API's public base URL: PUBLIC_URL / the publicUrl option when set, otherwise derived from
// the request (scheme + Host), so control planes report an endpoint the caller can reach.
import type { FastifyRequest } from "fastify";

export function publicUrlOf(req: FastifyRequest): string {
  const configured = req.server.store.context.publicUrl;
  if (configured) return configured.replace(/\/+$/, "");
  return `${req.protocol}://${req.host}`;
}
