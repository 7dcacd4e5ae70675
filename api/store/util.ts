// Small helpers shared by the repositories.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { ApiProblem, problem } from "../http/problems.ts";

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/**
 * A BIGINT seconds column as the JSON number the API returns (Prisma hands BigInt columns over as
 * bigint, which JSON.stringify refuses). Exact: seconds stay far below 2^53.
 */
export function unixSeconds(v: bigint | number): number {
  return Number(v);
}

export function isoSeconds(d: Date): number {
  return Math.floor(d.getTime() / 1000);
}

/** JSON with object keys sorted at every level: equal values give equal strings (hashes, no-op detection). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

export function sha256Hex(s: string | Buffer): string {
  return createHash("sha256").update(s).digest("hex");
}

/** Equal-length hex digests compared without an early exit. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** `<prefix>` + 43 base64url characters (256 random bits). */
export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString("base64url");
}

const TAG_SEP = "\u001f";

/** Tags as stored: "\u001fa\u001fb\u001f" (empty string when none) so one tag is a substring test. */
export function encodeTags(tags: readonly string[] | null | undefined): string {
  return tags && tags.length > 0 ? TAG_SEP + tags.join(TAG_SEP) + TAG_SEP : "";
}

export function tagNeedle(tag: string): string {
  return TAG_SEP + tag + TAG_SEP;
}

export function hasTag(encoded: string, tag: string): boolean {
  return encoded.includes(tagNeedle(tag));
}

/**
 * LIKE wildcards. Prisma's `contains` passes `%` and `_` through unescaped (SQLite has no default
 * escape character), so a needle containing one matches a superset; callers then filter exactly.
 */
export function hasLikeWildcard(s: string): boolean {
  return s.includes("%") || s.includes("_");
}

/**
 * The value to give Prisma's `contains` for an exact substring `s`. PostgreSQL's LIKE treats
 * backslash as its escape character, so an unescaped `a\b` matched "ab" and `x\` matched "x%":
 * there `\`, `%` and `_` are escaped and the match is exact. SQLite has no default escape
 * character: `s` is passed as is and callers re-check when `needsExactCheck` says so.
 */
export function likeNeedle(provider: string, s: string): string {
  return provider === "postgresql" ? s.replace(/[\\%_]/g, "\\$&") : s;
}

/** Whether a `contains` match on `s` can be a superset (SQLite with % or _ in it). */
export function needsExactCheck(provider: string, s: string): boolean {
  return provider !== "postgresql" && hasLikeWildcard(s);
}

interface PrismaLikeError {
  code?: string;
  meta?: { target?: unknown; modelName?: string; driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } } };
}

/** Constraint violations that slipped past the explicit checks (races) → the same problems. */
export function mapDbError(err: unknown): unknown {
  if (err instanceof ApiProblem) return err;
  const e = err as PrismaLikeError;
  if (e?.code === "P2002") {
    const c = e.meta?.driverAdapterError?.cause?.constraint;
    const fields = c?.fields ?? (Array.isArray(e.meta?.target) ? (e.meta?.target as string[]) : []);
    const field = fields.map(columnToField).filter((f) => f !== "control_plane_id").join(",") || c?.index || "id";
    return problem.conflict(field, `an entity with the same ${field} already exists`);
  }
  if (e?.code === "P2003") return problem.missingReference("(reference)", "a referenced entity does not exist in this control plane");
  if (e?.code === "P2025") return problem.notFound(e.meta?.modelName === "ControlPlane" ? "control plane" : "entity");
  return err;
}

function columnToField(c: string): string {
  const col = c.replace(/"/g, "");
  const map: Record<string, string> = { controlPlaneId: "control_plane_id", customId: "custom_id", instanceName: "instance_name", scopeKey: "name", scope_key: "name" };
  return map[col] ?? col;
}
