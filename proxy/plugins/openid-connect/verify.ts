// Cold-path JWT verification: parse, pick keys from the issuer's JWKS by kid and by the
// algorithms each key allows, verify the signature with jose, then check time claims.
// Time claims are checked separately (checkTimes) because the warm path re-runs them on
// cached, already signature-verified claims.
import { compactVerify, errors as joseErrors } from "jose";
import { JWS_ALGORITHMS } from "../../../api/contract/plugins/openid-connect.ts";
import type { IssuerOptions, IssuerState } from "./discovery.ts";
import { OidcError } from "./errors.ts";

/** Largest token we look at (bytes); Google's STS caps issued tokens at 12 KB. */
export const MAX_TOKEN_BYTES = 12 * 1024;

export interface JwtHeader {
  alg?: unknown;
  kid?: unknown;
  typ?: unknown;
  [k: string]: unknown;
}
export type Claims = Record<string, unknown>;

export interface DecodedJwt {
  header: JwtHeader;
  /** Unverified payload: only for routing (which issuer?) until verified. */
  payload: Claims;
}

const KNOWN_ALGS = new Set<string>([...JWS_ALGORITHMS, "Ed25519"]);
const ACCEPTED_TYPS = new Set(["jwt", "at+jwt"]);

function b64json(part: string): unknown {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) throw new Error("not base64url");
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
}

/** Splits and decodes without verifying. Throws OIDC_TOKEN_MALFORMED / OIDC_TOKEN_TOO_LARGE. */
export function decodeJwt(token: string): DecodedJwt {
  if (token.length > MAX_TOKEN_BYTES) throw new OidcError("OIDC_TOKEN_TOO_LARGE", `${token.length} bytes`);
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] === "" || parts[1] === "") throw new OidcError("OIDC_TOKEN_MALFORMED", "not a compact JWS");
  let header: unknown, payload: unknown;
  try {
    header = b64json(parts[0]);
    payload = b64json(parts[1]);
  } catch {
    throw new OidcError("OIDC_TOKEN_MALFORMED", "header or payload is not base64url JSON");
  }
  if (!header || typeof header !== "object" || Array.isArray(header)) throw new OidcError("OIDC_TOKEN_MALFORMED", "header is not an object");
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) throw new OidcError("OIDC_TOKEN_MALFORMED", "payload is not an object");
  return { header: header as JwtHeader, payload: payload as Claims };
}

/** True when the string looks like a compact JWS (three dot-separated parts). */
export function looksLikeJwt(token: string): boolean {
  const first = token.indexOf(".");
  if (first < 0) return false;
  const second = token.indexOf(".", first + 1);
  return second > 0 && token.indexOf(".", second + 1) < 0;
}

export function checkTyp(header: JwtHeader): void {
  if (header.typ === undefined) return;
  if (typeof header.typ !== "string") throw new OidcError("OIDC_TOKEN_TYP_INVALID", "typ is not a string");
  const t = header.typ.toLowerCase().replace(/^application\//, "");
  if (!ACCEPTED_TYPS.has(t)) throw new OidcError("OIDC_TOKEN_TYP_INVALID", `typ ${JSON.stringify(header.typ).slice(0, 40)}`);
}

/**
 * exp/nbf/iat with leeway (seconds). Each is checked only when present (RFC 7519 makes them
 * optional; Kong does the same), but present values must be numbers.
 */
export function checkTimes(payload: Claims, leeway: number, nowSec: number): void {
  // Unrolled (runs on every warm request): no per-call array.
  const exp = payload.exp;
  const nbf = payload.nbf;
  const iat = payload.iat;
  if (exp !== undefined && !isFiniteNumber(exp)) throw new OidcError("OIDC_CLAIMS_INVALID", "exp is not a number");
  if (nbf !== undefined && !isFiniteNumber(nbf)) throw new OidcError("OIDC_CLAIMS_INVALID", "nbf is not a number");
  if (iat !== undefined && !isFiniteNumber(iat)) throw new OidcError("OIDC_CLAIMS_INVALID", "iat is not a number");
  if (exp !== undefined && nowSec - leeway >= exp) throw new OidcError("OIDC_TOKEN_EXPIRED");
  if (nbf !== undefined && nowSec + leeway < nbf) throw new OidcError("OIDC_TOKEN_NOT_YET_VALID", "nbf is in the future");
  if (iat !== undefined && nowSec + leeway < iat) throw new OidcError("OIDC_TOKEN_NOT_YET_VALID", "iat is in the future");
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

export interface SignatureOptions extends IssuerOptions {
  /** enable_hs_signatures with a configured secret; otherwise HS* is never accepted. */
  hsSecret: Uint8Array | undefined;
}

/**
 * Verifies the signature of `token` against the issuer's keys (or the HS secret).
 * Returns the verified payload; does not check time claims or iss.
 */
export async function verifySignature(token: string, decoded: DecodedJwt, issuer: IssuerState, opts: SignatureOptions): Promise<Claims> {
  const alg = decoded.header.alg;
  if (typeof alg !== "string" || alg.toLowerCase() === "none" || !KNOWN_ALGS.has(alg)) {
    throw new OidcError("OIDC_ALG_NOT_ALLOWED", `alg ${JSON.stringify(alg)?.slice(0, 20)}`);
  }
  let candidates: Array<Uint8Array | import("node:crypto").KeyObject>;
  if (alg.startsWith("HS")) {
    // HMAC only with an explicit opt-in and a shared secret; never with a key from a JWKS.
    if (!opts.hsSecret) throw new OidcError("OIDC_ALG_NOT_ALLOWED", `${alg} is not enabled`);
    candidates = [opts.hsSecret];
  } else {
    const kid = typeof decoded.header.kid === "string" && decoded.header.kid !== "" ? decoded.header.kid : undefined;
    const keys = await issuer.keysFor(kid, alg, opts);
    if (keys.length === 0) throw new OidcError("OIDC_KEY_NOT_FOUND", kid ? `kid not in JWKS for ${alg}` : `no key for ${alg}`);
    candidates = keys.map((k) => k.key);
  }
  let lastError: unknown;
  for (const key of candidates) {
    try {
      const { payload } = await compactVerify(token, key, { algorithms: [alg] });
      const claims = JSON.parse(Buffer.from(payload).toString("utf8"));
      if (!claims || typeof claims !== "object" || Array.isArray(claims)) throw new OidcError("OIDC_TOKEN_MALFORMED", "payload is not an object");
      return claims as Claims;
    } catch (e) {
      lastError = e;
      if (e instanceof OidcError) throw e;
    }
  }
  throw mapJoseError(lastError);
}

function mapJoseError(e: unknown): OidcError {
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return new OidcError("OIDC_SIGNATURE_INVALID");
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return new OidcError("OIDC_ALG_NOT_ALLOWED");
  if (e instanceof joseErrors.JWSInvalid || e instanceof joseErrors.JOSENotSupported) return new OidcError("OIDC_TOKEN_MALFORMED", (e as Error).message);
  if (e instanceof SyntaxError) return new OidcError("OIDC_TOKEN_MALFORMED", "payload is not JSON");
  return new OidcError("OIDC_SIGNATURE_INVALID", (e as Error)?.message);
}

/** Parsed HS secret for `enable_hs_signatures`, from the first client_secret. */
export function hsSecretFrom(enable: boolean, clientSecret: string[] | null): Uint8Array | undefined {
  if (!enable || !clientSecret || !clientSecret[0]) return undefined;
  return new TextEncoder().encode(clientSecret[0]);
}
