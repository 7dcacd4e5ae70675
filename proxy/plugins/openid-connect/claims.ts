// Claim lookups and the Kong claim-requirement semantics (kong-proxy.md §5.2):
// a claim value is split into words (arrays joined first); each entry of a *_required list
// is satisfied when all of its space-separated words are present (AND), and the check passes
// when any entry is satisfied (OR). Matching is exact and case-sensitive.
import type { Claims } from "./verify.ts";

/** Follows a claim path (`["realm_access","roles"]`) into nested objects. */
export function claimAt(claims: Claims, path: readonly string[]): unknown {
  let v: unknown = claims;
  for (const p of path) {
    if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v;
}

/** Words of a claim: a string split on whitespace, or an array's string entries (each split too). */
export function claimWords(value: unknown): string[] | undefined {
  if (typeof value === "string") return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((x): x is string => typeof x === "string").flatMap((s) => s.split(/\s+/)).filter(Boolean);
  return undefined;
}

/**
 * Scopes from the configured scopes_claim path; when that is the default `scope` and absent,
 * `scp` (string for Entra, array for Okta) is used as well.
 */
export function tokenScopes(claims: Claims, scopesClaim: readonly string[]): string[] | undefined {
  const w = claimWords(claimAt(claims, scopesClaim));
  if (w) return w;
  if (scopesClaim.length === 1 && scopesClaim[0] === "scope") return claimWords(claims.scp);
  return undefined;
}

export function tokenAudiences(claims: Claims, audienceClaim: readonly string[]): string[] | undefined {
  return claimWords(claimAt(claims, audienceClaim));
}

/** Kong's AND-within-entry / OR-across-entries check. `found` undefined = claim missing. */
export function satisfiesRequired(required: readonly string[], found: readonly string[] | undefined): boolean {
  if (!found || found.length === 0) return false;
  const have = new Set(found);
  return required.some((entry) => {
    const words = entry.split(/\s+/).filter(Boolean);
    return words.length > 0 && words.every((w) => have.has(w));
  });
}

export interface ExchangeConditionsLike {
  has_audience: string[] | null;
  missing_audience: string[] | null;
  has_scopes: string[] | null;
  missing_scopes: string[] | null;
}

/** All set conditions must hold: has_* = one of the values present, missing_* = none present. */
export function conditionsHold(c: ExchangeConditionsLike, audiences: readonly string[] | undefined, scopes: readonly string[] | undefined): boolean {
  const aud = new Set(audiences ?? []);
  const sc = new Set(scopes ?? []);
  if (c.has_audience && c.has_audience.length > 0 && !c.has_audience.some((a) => aud.has(a))) return false;
  if (c.missing_audience && c.missing_audience.length > 0 && c.missing_audience.some((a) => aud.has(a))) return false;
  if (c.has_scopes && c.has_scopes.length > 0 && !c.has_scopes.some((s) => sc.has(s))) return false;
  if (c.missing_scopes && c.missing_scopes.length > 0 && c.missing_scopes.some((s) => sc.has(s))) return false;
  return true;
}

/**
 * Header value for a claim, as Kong sends it: strings as-is, numbers/booleans stringified,
 * objects and arrays JSON-encoded then standard base64.
 */
// A claim must not smuggle CR/LF or other control characters into upstream headers.
const VALID_HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

export function headerValueForClaim(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return VALID_HEADER_VALUE.test(value) ? value : undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return Buffer.from(JSON.stringify(value)).toString("base64");
}
