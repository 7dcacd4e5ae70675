// Authentication and authorisation as onRequest hooks. Each route family registers the one it
// needs; handlers never look at the Authorization header.
//  - admin endpoints: kpat_/spat_ tokens only (a valid kdp_ token gets 403);
//  - the data-plane config endpoint: kdp_ tokens of THAT control plane only (admin tokens and other
//    control planes' kdp_ tokens get 403).
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from "fastify";
import type { Principal } from "../store/tokens.ts";
import { problem } from "./problems.ts";

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (typeof h !== "string") return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m ? m[1] : null;
}

async function authenticate(req: FastifyRequest): Promise<Principal> {
  const token = bearer(req);
  if (!token) throw problem.unauthorized("missing bearer token (Authorization: Bearer kpat_… / spat_… / kdp_…)");
  const principal = await req.server.store.tokens.verify(token);
  if (!principal) throw problem.unauthorized("invalid, expired or revoked token");
  req.principal = principal;
  return principal;
}

/**
 * preHandler for paths under /v2/control-planes/{controlPlaneId}/…: 404 unless the control plane
 * exists. Answered from the version cache, so it costs no database read once the plane is known.
 */
export async function requireControlPlane(req: FastifyRequest): Promise<void> {
  const { controlPlaneId } = req.params as { controlPlaneId: string };
  if ((await req.server.store.versions.current(controlPlaneId)) === null) throw problem.notFound("control plane");
}

export const requireAdmin: onRequestHookHandler = async (req: FastifyRequest, _reply: FastifyReply) => {
  const p = await authenticate(req);
  if (p.type !== "admin") throw problem.forbidden("data-plane credentials (kdp_) can only read their control plane's configuration");
};

export const requireDataPlane: onRequestHookHandler = async (req: FastifyRequest, _reply: FastifyReply) => {
  const p = await authenticate(req);
  if (p.type !== "dataplane") throw problem.forbidden("this endpoint is for data planes: use a kdp_ token of this control plane");
  const cp = (req.params as { controlPlaneId?: string }).controlPlaneId;
  if (p.controlPlaneId !== cp) throw problem.forbidden("this data-plane token belongs to another control plane");
};

/**
 * Re-checks a data-plane request's credential after a long-poll wait. Authentication ran when the
 * poll arrived; without this, a poll held across a revocation (or the token's expiry) was answered
 * with the next snapshot, secrets included: exactly the write (a rotated secret) that usually
 * follows revoking a leaked token.
 */
export async function recheckDataPlane(req: FastifyRequest): Promise<void> {
  const token = bearer(req);
  const p = token ? await req.server.store.tokens.verify(token) : null;
  if (!p || p.type !== "dataplane" || p.tokenId !== req.principal?.tokenId) throw problem.unauthorized("the data-plane token was revoked or expired during the poll");
}
