// Turns a JWKS into verification keys, each with the algorithms that key may be used with.
// The allow-list comes from the key itself (kty/crv, or its own `alg`), never from the token:
// a token cannot talk us into `none` or into HMAC with a public key.
import { createPublicKey, type KeyObject } from "node:crypto";

export interface VerificationKey {
  kid: string | undefined;
  kty: string;
  algs: ReadonlySet<string>;
  key: KeyObject;
}

const RSA_ALGS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512"];
const EC_ALGS: Record<string, string> = { "P-256": "ES256", "P-384": "ES384", "P-521": "ES512" };
const OKP_CURVES = new Set(["Ed25519", "Ed448"]);
/** Smallest RSA modulus accepted (NIST SP 800-131A). */
const MIN_RSA_BITS = 2048;

function algsFor(jwk: Record<string, unknown>): string[] {
  const kty = jwk.kty;
  let possible: string[] = [];
  if (kty === "RSA") possible = RSA_ALGS;
  else if (kty === "EC" && typeof jwk.crv === "string" && EC_ALGS[jwk.crv]) possible = [EC_ALGS[jwk.crv]];
  else if (kty === "OKP" && typeof jwk.crv === "string" && OKP_CURVES.has(jwk.crv)) possible = ["EdDSA", "Ed25519"];
  // A key that names its algorithm is only good for that one (if it fits the key type at all).
  if (typeof jwk.alg === "string") return possible.includes(jwk.alg) ? [jwk.alg] : [];
  return possible;
}

/** Parses a JWKS document; unusable entries (oct, enc-only, unknown curves, short RSA) are skipped. */
export function parseJwks(doc: unknown): VerificationKey[] {
  const keys = (doc as { keys?: unknown })?.keys;
  if (!Array.isArray(keys)) throw new Error("JWKS has no keys array");
  const out: VerificationKey[] = [];
  for (const jwk of keys) {
    if (!jwk || typeof jwk !== "object") continue;
    const j = jwk as Record<string, unknown>;
    if (j.use !== undefined && j.use !== "sig") continue;
    if (Array.isArray(j.key_ops) && !j.key_ops.includes("verify")) continue;
    const algs = algsFor(j);
    if (algs.length === 0) continue;
    let key: KeyObject;
    try {
      // Only public members are passed on, so a JWKS that leaks private parts still yields a public key.
      const pub: Record<string, unknown> = { kty: j.kty };
      for (const m of ["n", "e", "crv", "x", "y"]) if (j[m] !== undefined) pub[m] = j[m];
      key = createPublicKey({ key: pub as never, format: "jwk" });
    } catch {
      continue;
    }
    if (j.kty === "RSA" && (key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) continue;
    const kid = typeof j.kid === "string" && j.kid !== "" ? j.kid : undefined;
    out.push({ kid, kty: String(j.kty), algs: new Set(algs), key });
  }
  return out;
}
