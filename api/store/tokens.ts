// Credentials: admin tokens (kpat_… personal access, spat_… system account) and per-control-plane
// data-plane tokens (kdp_…). Only SHA-256 digests are stored (the tokens carry 256 random bits, so a
// plain hash is enough); the clear token is returned once, at creation.
//
// Verification results are cached for a few seconds (keyed by digest) so a proxy's 304 poll and an
// admin GET cost no database read. A revocation through this API clears the cache at once (all
// replicas via NOTIFY on PostgreSQL); one made by the CLI in another process takes effect within
// AUTH_CACHE_TTL_MS.
import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { DP_TOKEN_PREFIX, type DpToken, type DpTokenCreate } from "../contract/index.ts";
import { ApiProblem, problem } from "../http/problems.ts";
import type { StoreContext } from "./context.ts";
import type { Database } from "./database.ts";
import { notifyInTx } from "./notifier.ts";
import { isoSeconds, newToken, sameDigest, sha256Hex } from "./util.ts";

export const ADMIN_PREFIXES = { kpat: "kpat_", spat: "spat_" } as const;
export type AdminKind = keyof typeof ADMIN_PREFIXES;
export const AUTH_CACHE_TTL_MS = 5_000;
/** last_used_at is written at most this often per token (it is informational). */
const LAST_USED_RESOLUTION_MS = 60_000;

export type Principal =
  | { type: "admin"; tokenId: string; kind: AdminKind; name: string }
  | { type: "dataplane"; tokenId: string; controlPlaneId: string };

/** What a bearer token looks like, before any lookup. */
export function tokenKind(token: string): AdminKind | "kdp" | null {
  if (token.startsWith(ADMIN_PREFIXES.kpat)) return "kpat";
  if (token.startsWith(ADMIN_PREFIXES.spat)) return "spat";
  if (token.startsWith(DP_TOKEN_PREFIX)) return "kdp";
  return null;
}

export interface AdminTokenInfo {
  id: string;
  name: string;
  kind: AdminKind;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export class TokenRepository {
  private readonly cache: LRUCache<string, Principal | "none">;
  private readonly lastUsedWritten = new Map<string, number>();

  private readonly cacheTtlMs: number;

  constructor(private readonly ctx: StoreContext, cacheTtlMs = AUTH_CACHE_TTL_MS) {
    this.cacheTtlMs = Math.max(1, cacheTtlMs);
    this.cache = new LRUCache<string, Principal | "none">({ max: 10_000, ttl: this.cacheTtlMs });
  }

  /** Drops every cached verification (revocations from other replicas). */
  forgetAll(): void {
    this.cache.clear();
  }

  /** Resolves a bearer token to a principal, or null. */
  async verify(token: string): Promise<Principal | null> {
    const kind = tokenKind(token);
    if (!kind || token.length < 20 || token.length > 512) return null;
    const digest = sha256Hex(token);
    const cached = this.cache.get(digest);
    if (cached !== undefined) {
      if (cached !== "none") this.touch(cached);
      return cached === "none" ? null : cached;
    }
    const found = kind === "kdp" ? await this.lookupDp(digest) : await this.lookupAdmin(digest);
    const principal = found?.principal ?? null;
    // A token that expires soon is cached only until it expires: otherwise a verification made
    // just before expires_at kept it working for up to the whole cache TTL afterwards.
    const untilExpiry = found?.expiresAt ? found.expiresAt.getTime() - Date.now() : Infinity;
    if (untilExpiry > 0) this.cache.set(digest, principal ?? "none", untilExpiry < this.cacheTtlMs ? { ttl: Math.max(1, Math.floor(untilExpiry)) } : undefined);
    if (principal) this.touch(principal);
    return principal;
  }

  private async lookupAdmin(digest: string): Promise<{ principal: Principal; expiresAt: Date | null } | null> {
    const row = await this.ctx.db.read((q) => q.apiToken.findUnique({ where: { tokenHash: digest } }));
    if (!row || !sameDigest(row.tokenHash, digest) || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
    return { principal: { type: "admin", tokenId: row.id, kind: row.kind as AdminKind, name: row.name }, expiresAt: row.expiresAt };
  }

  private async lookupDp(digest: string): Promise<{ principal: Principal; expiresAt: Date | null } | null> {
    const row = await this.ctx.db.read((q) => q.dpToken.findUnique({ where: { tokenHash: digest } }));
    if (!row || !sameDigest(row.tokenHash, digest) || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
    return { principal: { type: "dataplane", tokenId: row.id, controlPlaneId: row.controlPlaneId }, expiresAt: row.expiresAt };
  }

  /** Coalesced last_used_at update; failures are irrelevant to the request. */
  private touch(p: Principal): void {
    const now = Date.now();
    const last = this.lastUsedWritten.get(p.tokenId) ?? 0;
    if (now - last < LAST_USED_RESOLUTION_MS) return;
    this.lastUsedWritten.set(p.tokenId, now);
    const at = new Date(now);
    const write = p.type === "admin"
      ? this.ctx.db.read((q) => q.apiToken.updateMany({ where: { id: p.tokenId }, data: { lastUsedAt: at } }))
      : this.ctx.db.read((q) => q.dpToken.updateMany({ where: { id: p.tokenId }, data: { lastUsedAt: at } }));
    write.catch(() => undefined);
  }

  // ---- admin tokens (bootstrap + CLI) -------------------------------------------------------------

  /** Registers a given admin token (idempotent: the same token twice is one row). */
  async registerAdmin(token: string, name: string): Promise<{ id: string; created: boolean }> {
    const kind = tokenKind(token);
    if (kind !== "kpat" && kind !== "spat") throw new Error("an admin token must start with kpat_ or spat_");
    if (token.length < 24) throw new Error("an admin token needs at least 19 characters after its prefix");
    const digest = sha256Hex(token);
    return this.ctx.db.write(async (tx) => {
      const existing = await tx.apiToken.findUnique({ where: { tokenHash: digest } });
      if (existing) {
        // Re-registering (e.g. the bootstrap token on every start) revives nothing that was revoked.
        return { id: existing.id, created: false };
      }
      const id = randomUUID();
      await tx.apiToken.create({ data: { id, name, kind, tokenHash: digest, createdAt: new Date() } });
      return { id, created: true };
    });
  }

  async createAdmin(kind: AdminKind, name: string, expiresAt?: Date): Promise<{ token: string; info: AdminTokenInfo }> {
    const token = newToken(ADMIN_PREFIXES[kind]);
    const id = randomUUID();
    const row = await this.ctx.db.write((tx) =>
      tx.apiToken.create({ data: { id, name, kind, tokenHash: sha256Hex(token), createdAt: new Date(), expiresAt: expiresAt ?? null } }),
    );
    return { token, info: adminInfo(row) };
  }

  async listAdmin(): Promise<AdminTokenInfo[]> {
    const rows = await this.ctx.db.read((q) => q.apiToken.findMany({ orderBy: { createdAt: "asc" } }));
    return rows.map(adminInfo);
  }

  /** Revokes by id or name; returns how many tokens were revoked. */
  async revokeAdmin(idOrName: string): Promise<number> {
    const n = await this.ctx.db.write(async (tx) => {
      const r = await tx.apiToken.updateMany({ where: { OR: [{ id: idOrName }, { name: idOrName }], revokedAt: null }, data: { revokedAt: new Date() } });
      if (r.count > 0 && this.ctx.db.provider === "postgresql") await notifyInTx(tx, { kind: "credentials" });
      return r.count;
    });
    this.cache.clear();
    return n;
  }

  // ---- data-plane tokens ----------------------------------------------------------------------------

  async createDp(controlPlaneId: string, input: DpTokenCreate): Promise<DpToken> {
    if (input.expires_at != null && input.expires_at * 1000 <= Date.now()) {
      throw new ApiProblem("ERR_VALIDATION", "expires_at is in the past", [{ field: "expires_at", rule: "min", reason: "must be a future unix time (seconds)", source: "body" }]);
    }
    const token = newToken(DP_TOKEN_PREFIX);
    const id = randomUUID();
    const row = await this.ctx.db.write(async (tx) => {
      const cp = await tx.controlPlane.findUnique({ where: { id: controlPlaneId }, select: { id: true } });
      if (!cp) throw problem.notFound("control plane");
      return tx.dpToken.create({
        data: {
          id,
          controlPlaneId,
          name: input.name ?? null,
          tokenHash: sha256Hex(token),
          createdAt: new Date(),
          expiresAt: input.expires_at != null ? new Date(input.expires_at * 1000) : null,
        },
      });
    });
    return { ...dpInfo(row), token };
  }

  async listDp(controlPlaneId: string): Promise<DpToken[]> {
    const rows = await this.ctx.db.read((q) => q.dpToken.findMany({ where: { controlPlaneId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }));
    return rows.map(dpInfo);
  }

  async revokeDp(controlPlaneId: string, id: string): Promise<void> {
    await this.ctx.db.write(async (tx) => {
      const r = await tx.dpToken.deleteMany({ where: { id, controlPlaneId } });
      if (r.count === 0) throw problem.notFound("data-plane token");
      if (this.ctx.db.provider === "postgresql") await notifyInTx(tx, { kind: "credentials" });
    });
    this.cache.clear();
  }
}

function adminInfo(row: { id: string; name: string; kind: string; createdAt: Date; expiresAt: Date | null; lastUsedAt: Date | null; revokedAt: Date | null }): AdminTokenInfo {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as AdminKind,
    created_at: row.createdAt.toISOString(),
    expires_at: row.expiresAt?.toISOString() ?? null,
    last_used_at: row.lastUsedAt?.toISOString() ?? null,
    revoked_at: row.revokedAt?.toISOString() ?? null,
  };
}

function dpInfo(row: { id: string; name: string | null; createdAt: Date; expiresAt: Date | null; lastUsedAt: Date | null }): DpToken {
  return {
    id: row.id,
    name: row.name,
    created_at: isoSeconds(row.createdAt),
    expires_at: row.expiresAt ? isoSeconds(row.expiresAt) : null,
    last_used_at: row.lastUsedAt ? isoSeconds(row.lastUsedAt) : null,
  };
}

export type { Database };
