// Discovery document and JWKS of one issuer, shared by every plugin instance that trusts it and
// kept across snapshot swaps (PluginServices.shared). Rules:
//  - the discovery document's `issuer` must name the configured issuer (trailing slash and a
//    configured /.well-known suffix aside); otherwise we fail closed with a distinct code;
//  - keys are refreshed on an unknown kid at most once per cool-down (rediscovery_lifetime,
//    shorter after a failure), together with the discovery document (its jwks_uri may have
//    moved); concurrent refreshes share one fetch, and a failed refresh keeps the last good
//    keys and metadata;
//  - with nothing cached and the IdP unreachable, callers get OIDC_IDP_UNAVAILABLE (503).
import { issuerIdentity } from "../../../api/contract/common.ts";
import { OidcError } from "./errors.ts";
import { IdpUnreachable, idpRequest, parseJsonObject } from "./idp-http.ts";
import { parseJwks, type VerificationKey } from "./keys.ts";

export interface IssuerMetadata {
  issuer: string;
  jwks_uri: string | undefined;
  token_endpoint: string | undefined;
  introspection_endpoint: string | undefined;
}

export interface IssuerOptions {
  /** Milliseconds per IdP call. */
  timeoutMs: number;
  /** Minimum seconds between two key refreshes caused by unknown kids. */
  rediscoveryLifetime: number;
}

/** Seconds to wait before retrying after a failed fetch (Kong: min(5 s, lifetime)). */
const FAILURE_COOLDOWN_S = 5;

export function discoveryUrl(configured: string): string {
  if (/\/\.well-known\/(openid-configuration|oauth-authorization-server)$/.test(configured)) return configured;
  return `${configured.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

export class IssuerState {
  readonly identity: string;
  /**
   * Names the keys this state verifies with: the issuer identity, plus the JWKS override when
   * one is configured (the same issuer read through another JWKS is another verifier, and a
   * token verified by one must not count as verified by the other in the shared claims cache).
   */
  readonly verifierId: string;
  readonly discoveryUrl: string;
  /** Counters are read by tests and the benchmark; they never carry token material. */
  readonly stats = { discoveryFetches: 0, jwksFetches: 0 };
  private metadata: IssuerMetadata | undefined;
  private keys: VerificationKey[] = [];
  private keysLoaded = false;
  private lastKeyFetchAt = -Infinity;
  /** Last refresh caused by an unknown kid: the cool-down applies between these. */
  private lastUnknownKidRefreshAt = -Infinity;
  private lastKeyFetchFailed = false;
  private lastKeyError: OidcError | undefined;
  private lastDiscoveryFailureAt = -Infinity;
  private lastDiscoveryError: OidcError | undefined;
  private discovering: Promise<IssuerMetadata> | undefined;
  private fetchingKeys: Promise<void> | undefined;

  constructor(configuredIssuer: string, private readonly jwksOverride: string | undefined) {
    this.identity = issuerIdentity(configuredIssuer);
    this.verifierId = jwksOverride ? `${this.identity}|jwks=${jwksOverride}` : this.identity;
    this.discoveryUrl = discoveryUrl(configuredIssuer);
  }

  /** The discovered metadata, fetching it on first use (one fetch shared by concurrent callers). */
  async getMetadata(opts: IssuerOptions): Promise<IssuerMetadata> {
    if (this.metadata) return this.metadata;
    // Don't hammer an IdP that just failed; repeat the failure until the cool-down passes.
    if (this.lastDiscoveryError && Date.now() - this.lastDiscoveryFailureAt < this.cooldownMs(opts, true)) throw this.lastDiscoveryError;
    this.discovering ??= this.discover(opts).finally(() => { this.discovering = undefined; });
    return this.discovering;
  }

  /** The discovered issuer string exactly as the IdP spells it (what `iss` must equal). */
  discoveredIssuer(): string | undefined {
    return this.metadata?.issuer;
  }

  private async discover(opts: IssuerOptions): Promise<IssuerMetadata> {
    this.stats.discoveryFetches++;
    try {
      let res;
      try {
        res = await idpRequest(this.discoveryUrl, { timeoutMs: opts.timeoutMs, headers: { accept: "application/json" } });
      } catch (e) {
        throw new OidcError("OIDC_IDP_UNAVAILABLE", `discovery at ${this.discoveryUrl}: ${(e as Error).message}`, { cause: e });
      }
      if (res.status !== 200) throw new OidcError("OIDC_IDP_UNAVAILABLE", `discovery at ${this.discoveryUrl} answered HTTP ${res.status}`);
      const doc = parseJsonObject(res.text);
      if (!doc || typeof doc.issuer !== "string") throw new OidcError("OIDC_DISCOVERY_INVALID", `discovery at ${this.discoveryUrl} is not a JSON object with an issuer`);
      if (issuerIdentity(doc.issuer) !== this.identity) {
        throw new OidcError("OIDC_DISCOVERY_ISSUER_MISMATCH", `configured ${this.identity}, discovery document says ${doc.issuer}`);
      }
      const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
      const md: IssuerMetadata = {
        issuer: doc.issuer,
        jwks_uri: str(doc.jwks_uri),
        token_endpoint: str(doc.token_endpoint),
        introspection_endpoint: str(doc.introspection_endpoint),
      };
      this.metadata = md;
      this.lastDiscoveryError = undefined;
      return md;
    } catch (e) {
      this.lastDiscoveryFailureAt = Date.now();
      this.lastDiscoveryError = e instanceof OidcError ? e : new OidcError("OIDC_INTERNAL", (e as Error).message);
      throw this.lastDiscoveryError;
    }
  }

  private async rediscover(opts: IssuerOptions): Promise<IssuerMetadata> {
    try {
      this.discovering ??= this.discover(opts).finally(() => { this.discovering = undefined; });
      return await this.discovering;
    } catch {
      return this.metadata!;
    }
  }

  private cooldownMs(opts: IssuerOptions, failed: boolean): number {
    const life = Math.max(0, opts.rediscoveryLifetime) * 1000;
    return failed ? Math.min(FAILURE_COOLDOWN_S * 1000, life) : life;
  }

  /**
   * Keys that may verify a token with this `kid` (undefined = none in the header) and `alg`.
   * An unknown kid (or no candidate at all) triggers one refresh if the cool-down allows.
   */
  async keysFor(kid: string | undefined, alg: string, opts: IssuerOptions): Promise<VerificationKey[]> {
    if (!this.keysLoaded) {
      // Nothing cached yet: after a failed attempt, repeat that failure until the cool-down passes.
      if (this.lastKeyError && Date.now() - this.lastKeyFetchAt < this.cooldownMs(opts, true)) throw this.lastKeyError;
      await this.refreshKeys(opts, true);
    }
    let found = this.match(kid, alg);
    if (found.length === 0 && this.fetchingKeys) {
      // A refresh is already running (maybe for this very kid): wait for it rather than refuse.
      await this.fetchingKeys.catch(() => undefined);
      found = this.match(kid, alg);
    }
    if (found.length === 0 && Date.now() - this.lastUnknownKidRefreshAt >= this.cooldownMs(opts, this.lastKeyFetchFailed)) {
      this.lastUnknownKidRefreshAt = Date.now();
      await this.refreshKeys(opts, false);
      found = this.match(kid, alg);
    }
    return found;
  }

  private match(kid: string | undefined, alg: string): VerificationKey[] {
    return this.keys.filter((k) => k.algs.has(alg) && (kid === undefined || k.kid === kid));
  }

  /** Fetches the JWKS (single flight). Throws only when no keys were ever loaded. */
  private async refreshKeys(opts: IssuerOptions, initial: boolean): Promise<void> {
    this.fetchingKeys ??= this.fetchKeys(opts, !initial).finally(() => { this.fetchingKeys = undefined; });
    try {
      await this.fetchingKeys;
    } catch (e) {
      if (initial || !this.keysLoaded) throw e;
      // Keep the last good keys; the caller will report an unknown kid as a 401.
    }
  }

  private async fetchKeys(opts: IssuerOptions, rediscover: boolean): Promise<void> {
    this.lastKeyFetchAt = Date.now();
    try {
      let uri = this.jwksOverride;
      if (!uri) {
        // An unknown kid may mean the IdP moved its keys (a new jwks_uri): read discovery again,
        // as Kong's rediscovery does; if that fails, the metadata we have still applies.
        const md = rediscover && this.metadata ? await this.rediscover(opts) : await this.getMetadata(opts);
        uri = md.jwks_uri;
        if (!uri) throw new OidcError("OIDC_DISCOVERY_INVALID", "discovery document has no jwks_uri");
      }
      this.stats.jwksFetches++;
      let res;
      try {
        res = await idpRequest(uri, { timeoutMs: opts.timeoutMs, headers: { accept: "application/json" } });
      } catch (e) {
        throw new OidcError("OIDC_IDP_UNAVAILABLE", `JWKS: ${(e as Error).message}`, { cause: e });
      }
      if (res.status !== 200) throw new OidcError("OIDC_IDP_UNAVAILABLE", `JWKS answered HTTP ${res.status}`);
      let keys: VerificationKey[];
      try {
        keys = parseJwks(JSON.parse(res.text));
      } catch (e) {
        throw new OidcError("OIDC_DISCOVERY_INVALID", `JWKS: ${(e as Error).message}`);
      }
      this.keys = keys;
      this.keysLoaded = true;
      this.lastKeyFetchFailed = false;
      this.lastKeyError = undefined;
    } catch (e) {
      this.lastKeyFetchFailed = true;
      this.lastKeyError = e instanceof OidcError ? e : e instanceof IdpUnreachable ? new OidcError("OIDC_IDP_UNAVAILABLE", e.message) : new OidcError("OIDC_INTERNAL", (e as Error).message);
      throw this.lastKeyError;
    }
  }
}

const SHARED_PREFIX = "openid-connect:issuer:";

/** The process-wide state for an issuer (+ JWKS override), created on first use. */
export function issuerState(shared: Map<string, unknown>, configuredIssuer: string, jwksOverride?: string | null): IssuerState {
  const key = `${SHARED_PREFIX}${discoveryUrl(configuredIssuer)}|${jwksOverride ?? ""}`;
  let s = shared.get(key) as IssuerState | undefined;
  if (!s) {
    s = new IssuerState(configuredIssuer, jwksOverride ?? undefined);
    shared.set(key, s);
  }
  return s;
}
