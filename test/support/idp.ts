// Two real OpenID providers (oidc-provider 9.13.3) on loopback for tests, the demo and the benchmark.
//
//  A — the "subject" issuer: JWT access tokens (RS256 by default, ES256 on request) through
//      client_credentials and a test mint grant that lets the caller choose sub/scope/aud;
//      `mintToken()` signs in-process with A's real private key for chosen exp/nbf/iat/alg/kid.
//  B — the "target" issuer: RFC 8693 token exchange (registerGrantType with audience/resource
//      as repeatable params) that verifies the subject token against A's JWKS (or B's own for
//      same-issuer exchange) and issues an ES256 at+jwt with iss=B, sub=subject's sub, aud=the
//      requested audience(s). Client authentication: client_secret_basic/post, client_secret_jwt
//      and private_key_jwt, all verified by oidc-provider itself.
//
// Test controls: count requests per endpoint in the real server, fail endpoints (503, hang,
// reset), stop/start (connection refused), rotate keys (a new kid served at /jwks and used for
// signing), slow down or break the exchange. Usable in-process (`startIdps()`) or as a child
// process (test/support/idp-server.ts).
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { randomBytes, randomUUID } from "node:crypto";
import * as jose from "jose";
import { Provider, errors } from "oidc-provider";

// oidc-provider is untyped here (see oidc-provider.d.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type OidcProvider = any;

export const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
export const MINT_GRANT = "urn:test:params:oauth:grant-type:mint";
export const ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token";
const JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt";

/** Clients registered at A and B. Secrets are test-only values. */
export const CLIENTS = {
  a: { id: "client-a", secret: "secret-a-0123456789abcdef0123456789abcdef" },
  /** The gateway's client at B (client_secret_basic; oidc-provider 9 also accepts the same secret via post). */
  gateway: { id: "gateway", secret: "gateway-secret-0123456789abcdef0123456789" },
  gatewayPost: { id: "gateway-post", secret: "gateway-post-secret-0123456789abcdef0123" },
  gatewayJwt: { id: "gateway-jwt", secret: "gateway-jwt-secret-0123456789abcdef0123456789abcdef" },
  gatewayPkJwt: { id: "gateway-pkjwt" },
  /** A client that may not use token exchange (unauthorized_client). */
  noExchange: { id: "no-exchange", secret: "no-exchange-secret-0123456789abcdef01234" },
} as const;

export const DEFAULT_AUDIENCE = "urn:test:upstream";
/** Header B sends when it fetches a subject issuer's JWKS, so A's counters only count the gateway. */
const PEER_HEADER = "x-test-peer-idp";
/** Resource for which B issues opaque (introspectable) access tokens via client_credentials. */
export const OPAQUE_RESOURCE = "urn:test:opaque";
const B_SCOPES = ["openid", "read", "write", "admin", "profile", "email"];

type FailMode = "503" | "hang" | "reset";
export type Endpoint = "discovery" | "jwks" | "token" | "introspection" | "all";

export interface SigningKey {
  kid: string;
  alg: "RS256" | "ES256";
  privateJwk: jose.JWK;
  publicJwk: jose.JWK;
  privateKey: Parameters<jose.SignJWT["sign"]>[0];
}

export async function makeKey(alg: "RS256" | "ES256", kid = `${alg.toLowerCase()}-${randomBytes(4).toString("hex")}`): Promise<SigningKey> {
  const { privateKey, publicKey } = await jose.generateKeyPair(alg, { extractable: true, modulusLength: 2048 });
  const privateJwk = { ...(await jose.exportJWK(privateKey)), kid, alg, use: "sig" };
  const publicJwk = { ...(await jose.exportJWK(publicKey)), kid, alg, use: "sig" };
  return { kid, alg, privateJwk, publicJwk, privateKey };
}

/** Minimal storage adapter (oidc-provider's built-in one prints a warning per instance). */
function memoryAdapterClass() {
  const store = new Map<string, { payload: Record<string, unknown>; expiresAt: number }>();
  return class MemoryAdapter {
    constructor(private readonly model: string) {}
    private k(id: string) { return `${this.model}:${id}`; }
    async upsert(id: string, payload: Record<string, unknown>, expiresIn?: number) {
      store.set(this.k(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
    }
    async find(id: string) {
      const e = store.get(this.k(id));
      if (!e) return undefined;
      if (e.expiresAt <= Date.now()) { store.delete(this.k(id)); return undefined; }
      return e.payload;
    }
    async findByUserCode() { return undefined; }
    async findByUid() { return undefined; }
    async consume(id: string) { const e = store.get(this.k(id)); if (e) e.payload.consumed = Math.floor(Date.now() / 1000); }
    async destroy(id: string) { store.delete(this.k(id)); }
    async revokeByGrantId() {}
  };
}

export interface TokenRequestRecord {
  grantType: string | undefined;
  clientId: string | undefined;
  /** Names of the body params the server received (values omitted on purpose, except the ones below). */
  paramNames: string[];
  audience: string[];
  scope: string | undefined;
  subjectTokenType: string | undefined;
  /** Whether the Authorization header was used for client authentication. */
  basicAuth: boolean;
  /** SHA-less fingerprint for tests that must prove which subject token arrived (first 12 chars). */
  subjectTokenPrefix: string | undefined;
  status: number;
}

interface ServerBase {
  name: string;
  keys: SigningKey[];
  buildProvider(issuer: string, keys: SigningKey[]): OidcProvider;
}

export class TestIdp {
  readonly name: string;
  issuer = "";
  port = 0;
  /** Requests seen by the real HTTP server, per endpoint (counted before any failure injection). */
  readonly counts = { discovery: 0, jwks: 0, token: 0, exchange: 0, introspection: 0, other: 0, /** requests made by the other test IdP (B fetching A's JWKS), not counted above */ fromPeerIdp: 0 };
  /** Token endpoint requests as the provider parsed them (see TokenRequestRecord). */
  readonly tokenRequests: TokenRequestRecord[] = [];
  keys: SigningKey[];
  provider!: OidcProvider;
  private readonly server: http.Server;
  private readonly failures = new Map<Endpoint, FailMode>();
  private readonly hanging = new Set<http.ServerResponse>();
  private readonly sockets = new Set<Socket>();
  private running = false;

  constructor(private readonly base: ServerBase) {
    this.name = base.name;
    this.keys = base.keys;
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 5_000;
    this.server.on("connection", (s) => { this.sockets.add(s); s.on("close", () => this.sockets.delete(s)); });
  }

  /** Binds an ephemeral port first, then builds the Provider with the real issuer URL. */
  async listen(port = 0): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", () => { this.server.off("error", reject); resolve(); });
    });
    this.port = (this.server.address() as AddressInfo).port;
    if (!this.issuer) {
      this.issuer = `http://127.0.0.1:${this.port}`;
      this.provider = this.base.buildProvider(this.issuer, this.keys);
    }
    this.running = true;
  }

  private endpointOf(url: string): Endpoint | "other" {
    const path = url.split("?")[0];
    if (path.startsWith("/.well-known/")) return "discovery";
    if (path === "/jwks") return "jwks";
    if (path === "/token") return "token";
    if (path === "/token/introspection") return "introspection";
    return "other" as const;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const ep = this.endpointOf(req.url ?? "/");
    if (req.headers[PEER_HEADER]) this.counts.fromPeerIdp++;
    else if (ep === "other") this.counts.other++;
    else if (ep !== "all") this.counts[ep]++;
    const mode = (ep !== "other" && this.failures.get(ep)) || this.failures.get("all");
    if (mode === "503") {
      res.writeHead(503, { "content-type": "application/json" }).end('{"error":"temporarily_unavailable"}');
      return;
    }
    if (mode === "reset") {
      req.socket.destroy();
      return;
    }
    if (mode === "hang") {
      this.hanging.add(res);
      res.on("close", () => this.hanging.delete(res));
      return;
    }
    this.provider.callback()(req, res);
  }

  /** Makes an endpoint fail: "503" answers 503, "hang" never answers, "reset" drops the connection. */
  fail(endpoint: Endpoint, mode: FailMode): void {
    this.failures.set(endpoint, mode);
  }

  heal(endpoint?: Endpoint): void {
    if (endpoint) this.failures.delete(endpoint);
    else this.failures.clear();
    for (const r of this.hanging) r.destroy();
  }

  /** Stops listening (connections are refused) until start(). */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    for (const r of this.hanging) r.destroy();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
      for (const s of this.sockets) s.destroy();
    });
  }

  /** Listens again on the same port (and issuer). */
  async start(): Promise<void> {
    if (this.running) return;
    await this.listen(this.port);
  }

  /**
   * Key rotation: a new key (new kid) becomes the signing key; the JWKS serves it plus, unless
   * `dropOld`, the previous keys. The Provider is rebuilt with the new keystore.
   */
  async rotateKeys(opts: { dropOld?: boolean; alg?: "RS256" | "ES256" } = {}): Promise<SigningKey> {
    const key = await makeKey(opts.alg ?? this.keys[0].alg);
    this.keys = opts.dropOld ? [key, ...this.keys.filter((k) => k.alg !== key.alg)] : [key, ...this.keys];
    this.provider = this.base.buildProvider(this.issuer, this.keys);
    return key;
  }

  resetCounts(): void {
    for (const k of Object.keys(this.counts) as Array<keyof TestIdp["counts"]>) this.counts[k] = 0;
    this.tokenRequests.length = 0;
  }

  /** Public JWKS as served. */
  jwks(): { keys: jose.JWK[] } {
    return { keys: this.keys.map((k) => k.publicJwk) };
  }

  /**
   * Signs a JWT in-process with one of this issuer's real keys (default: the current signing
   * key of `alg`). Claims default to an at+jwt access token for `sub`, valid 300 s.
   */
  async mintToken(claims: Record<string, unknown> & { sub?: string }, opts: { alg?: "RS256" | "ES256"; kid?: string | null; typ?: string | null; key?: SigningKey; expiresIn?: number } = {}): Promise<string> {
    const key = opts.key ?? this.keys.find((k) => k.alg === (opts.alg ?? "RS256")) ?? this.keys[0];
    const now = Math.floor(Date.now() / 1000);
    const payload = { iss: this.issuer, sub: "alice", iat: now, exp: now + (opts.expiresIn ?? 300), jti: randomUUID(), client_id: CLIENTS.a.id, ...claims };
    for (const [k, v] of Object.entries(payload)) if (v === undefined) delete (payload as Record<string, unknown>)[k];
    const header: jose.JWTHeaderParameters = { alg: key.alg };
    if (opts.kid !== null) header.kid = opts.kid ?? key.kid;
    if (opts.typ !== null) header.typ = opts.typ ?? "at+jwt";
    return new jose.SignJWT(payload).setProtectedHeader(header).sign(key.privateKey);
  }

  async close(): Promise<void> {
    await this.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// A: the subject-token issuer

function baseConfig(keys: SigningKey[]) {
  return {
    adapter: memoryAdapterClass(),
    jwks: { keys: keys.map((k) => k.privateJwk) },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    responseTypes: ["none"],
    pkce: { required: () => false },
    features: {
      devInteractions: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      clientCredentials: { enabled: true },
      // Test servers: any authenticated client may introspect.
      introspection: { enabled: true, allowedPolicy: async () => true },
    },
    findAccount: async (_ctx: unknown, sub: string) => ({ accountId: sub, claims: async () => ({ sub }) }),
    ttl: {
      AccessToken: (_ctx: unknown, t: { resourceServer?: { accessTokenTTL?: number } }) => t.resourceServer?.accessTokenTTL ?? 600,
      ClientCredentials: (_ctx: unknown, t: { resourceServer?: { accessTokenTTL?: number } }) => t.resourceServer?.accessTokenTTL ?? 600,
      Grant: 600, Session: 600, Interaction: 600, IdToken: 600, AuthorizationCode: 60, RefreshToken: 600,
      BackchannelAuthenticationRequest: 60, DeviceCode: 60,
    },
  };
}

export interface IdpAOptions {
  /** Lifetime of tokens A issues over HTTP (seconds). */
  accessTokenTtl?: number;
  /** Fixed port (default: ephemeral). */
  port?: number;
}

export async function startIdpA(opts: IdpAOptions = {}): Promise<TestIdp> {
  const keys = [await makeKey("RS256"), await makeKey("ES256")];
  const ttl = opts.accessTokenTtl ?? 600;
  const resourceInfo = (resource: string, alg: string) => ({
    audience: resource,
    scope: "openid read write admin profile email",
    accessTokenFormat: "jwt" as const,
    accessTokenTTL: ttl,
    jwt: { sign: { alg } },
  });
  const idp = new TestIdp({
    name: "A",
    keys,
    buildProvider(issuer, currentKeys) {
      const p = new Provider(issuer, {
        ...baseConfig(currentKeys),
        clientDefaults: { id_token_signed_response_alg: "RS256" } as never,
        clients: [{
          client_id: CLIENTS.a.id,
          client_secret: CLIENTS.a.secret,
          grant_types: ["client_credentials", MINT_GRANT],
          response_types: [],
          redirect_uris: [],
          token_endpoint_auth_method: "client_secret_basic",
        }],
        features: {
          ...baseConfig(currentKeys).features,
          resourceIndicators: {
            enabled: true,
            defaultResource: async () => "urn:test:service-b",
            getResourceServerInfo: async (_ctx: unknown, resource: string) => resourceInfo(resource, "RS256"),
            useGrantedResource: async () => true,
          },
        },
      } as never);
      // Test grant: the (authenticated) client chooses sub, scope, resource (=aud) and alg.
      p.registerGrantType(MINT_GRANT, async (ctx: any) => {
        const { params, client } = ctx.oidc;
        const resource = params.resource ?? "urn:test:service-b";
        const alg = params.alg === "ES256" ? "ES256" : "RS256";
        const rs = new p.ResourceServer(resource, resourceInfo(resource, alg));
        const at = new p.AccessToken({ accountId: params.sub ?? "alice", client, gty: MINT_GRANT, scope: params.scope ?? "read", resourceServer: rs });
        ctx.oidc.entity("AccessToken", at);
        const value = await at.save();
        ctx.body = { access_token: value, token_type: "Bearer", expires_in: at.expiration, scope: at.scope };
      }, ["sub", "scope", "resource", "alg"]);
      return p;
    },
  });
  await idp.listen(opts.port ?? 0);
  return idp;
}

/** Gets a JWT access token from A over HTTP through the mint grant. */
export async function tokenFromA(a: TestIdp, opts: { sub: string; scope?: string; aud?: string; alg?: "RS256" | "ES256" }): Promise<string> {
  const body = new URLSearchParams({ grant_type: MINT_GRANT, sub: opts.sub, scope: opts.scope ?? "read", resource: opts.aud ?? "urn:test:service-b" });
  if (opts.alg) body.set("alg", opts.alg);
  const res = await fetch(`${a.issuer}/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from(`${CLIENTS.a.id}:${CLIENTS.a.secret}`).toString("base64")}` },
    body,
  });
  const json = (await res.json()) as { access_token?: string; error?: string };
  if (!res.ok || !json.access_token) throw new Error(`A mint grant failed: ${res.status} ${JSON.stringify(json)}`);
  return json.access_token;
}

// ---------------------------------------------------------------------------------------------
// B: the target issuer with RFC 8693 token exchange

export type ExchangeBehaviour =
  | { kind: "normal" }
  /** Returns a token whose signature does not verify (last char of the signature changed). */
  | { kind: "tamper" }
  /** Returns a token signed with a key B does not publish. */
  | { kind: "foreign-key" }
  /** Returns a token signed with B's real key whose exp passed two minutes ago. */
  | { kind: "expired" }
  /** Returns a token signed with B's real key that names another issuer (`iss`). */
  | { kind: "wrong-iss"; iss: string }
  /** Answers 200 without access_token. */
  | { kind: "no-access-token" }
  /** Answers with token_type "mac". */
  | { kind: "bad-token-type" }
  /** Answers with an RFC 6749 error. */
  | { kind: "error"; error: string; description?: string };

export interface IdpBControls {
  /** Lifetime (s) of exchanged tokens. Not bounded by the subject token on purpose (the gateway must bound its cache). */
  exchangeTtl: number;
  /** Delay (ms) before the exchange answers: lets concurrent requests pile up. */
  exchangeDelayMs: number;
  behaviour: ExchangeBehaviour;
  /** Audiences B refuses with invalid_target. */
  refusedAudiences: string[];
  /** Clock skew (s) B tolerates on subject tokens (IdPs commonly allow some; the gateway has its own leeway). */
  subjectClockToleranceS: number;
}

export interface IdpB extends TestIdp {
  controls: IdpBControls;
  /** The private JWK the gateway uses for private_key_jwt at B (its public half is registered). */
  gatewayClientJwk: jose.JWK;
}

export async function startIdpB(subjectIssuers: TestIdp[], opts: Partial<IdpBControls> & { port?: number } = {}): Promise<IdpB> {
  const keys = [await makeKey("ES256")];
  const clientKey = await makeKey("ES256", "gateway-client-key");
  const { port, ...overrides } = opts;
  const controls: IdpBControls = { exchangeTtl: 300, exchangeDelayMs: 0, behaviour: { kind: "normal" }, refusedAudiences: ["urn:test:refused"], subjectClockToleranceS: 60, ...overrides };
  let self: TestIdp;
  // JWKS of each trusted subject issuer, fetched over HTTP with no cool-down so rotations are seen.
  const remote = new Map<string, ReturnType<typeof jose.createRemoteJWKSet>>();
  const jwksFor = (iss: string) => {
    let j = remote.get(iss);
    if (!j) { j = jose.createRemoteJWKSet(new URL(`${iss}/jwks`), { cooldownDuration: 0, cacheMaxAge: 0, headers: { [PEER_HEADER]: "B" } }); remote.set(iss, j); }
    return j;
  };
  const foreignKey = await makeKey("ES256", keys[0].kid);

  const idp = new TestIdp({
    name: "B",
    keys,
    buildProvider(issuer, currentKeys) {
      const cfg = baseConfig(currentKeys);
      const p = new Provider(issuer, {
        ...cfg,
        clientDefaults: { id_token_signed_response_alg: "ES256" } as never,
        clientAuthMethods: ["client_secret_basic", "client_secret_post", "client_secret_jwt", "private_key_jwt"],
        clients: [
          { client_id: CLIENTS.gateway.id, client_secret: CLIENTS.gateway.secret, grant_types: [TOKEN_EXCHANGE_GRANT, "client_credentials"], response_types: [], redirect_uris: [], token_endpoint_auth_method: "client_secret_basic" },
          { client_id: CLIENTS.gatewayPost.id, client_secret: CLIENTS.gatewayPost.secret, grant_types: [TOKEN_EXCHANGE_GRANT], response_types: [], redirect_uris: [], token_endpoint_auth_method: "client_secret_post" },
          { client_id: CLIENTS.gatewayJwt.id, client_secret: CLIENTS.gatewayJwt.secret, grant_types: [TOKEN_EXCHANGE_GRANT], response_types: [], redirect_uris: [], token_endpoint_auth_method: "client_secret_jwt", token_endpoint_auth_signing_alg: "HS256" },
          { client_id: CLIENTS.gatewayPkJwt.id, grant_types: [TOKEN_EXCHANGE_GRANT], response_types: [], redirect_uris: [], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [clientKey.publicJwk] } },
          { client_id: CLIENTS.noExchange.id, client_secret: CLIENTS.noExchange.secret, grant_types: ["client_credentials"], response_types: [], redirect_uris: [], token_endpoint_auth_method: "client_secret_basic" },
        ],
        features: {
          ...cfg.features,
          resourceIndicators: {
            enabled: true,
            defaultResource: async () => DEFAULT_AUDIENCE,
            getResourceServerInfo: async (_ctx: unknown, resource: string) => resource === OPAQUE_RESOURCE
              ? { audience: resource, scope: B_SCOPES.join(" "), accessTokenFormat: "opaque", accessTokenTTL: controls.exchangeTtl }
              : { audience: resource, scope: B_SCOPES.join(" "), accessTokenFormat: "jwt", accessTokenTTL: controls.exchangeTtl, jwt: { sign: { alg: "ES256" } } },
            useGrantedResource: async () => true,
          },
        },
      } as never);

      // Records every token request as the provider parsed it (after client authentication).
      p.use(async (ctx: any, next: () => Promise<void>) => {
        await next();
        if (ctx.path !== "/token" || ctx.method !== "POST") return;
        const params = (ctx.oidc?.params ?? {}) as Record<string, unknown>;
        const raw = (ctx.oidc?.body ?? ctx.request?.body ?? {}) as Record<string, unknown>;
        const names = Object.keys(raw).sort();
        const aud = params.audience;
        self.tokenRequests.push({
          grantType: params.grant_type as string | undefined,
          clientId: ctx.oidc?.client?.clientId,
          paramNames: names,
          audience: aud === undefined ? [] : Array.isArray(aud) ? (aud as string[]) : [aud as string],
          scope: params.scope as string | undefined,
          subjectTokenType: params.subject_token_type as string | undefined,
          basicAuth: typeof ctx.headers.authorization === "string",
          subjectTokenPrefix: typeof params.subject_token === "string" ? (params.subject_token as string).slice(0, 12) : undefined,
          status: ctx.status,
        });
      });

      p.registerGrantType(TOKEN_EXCHANGE_GRANT, async (ctx: any) => {
        self.counts.exchange++;
        if (controls.exchangeDelayMs > 0) await new Promise((r) => setTimeout(r, controls.exchangeDelayMs));
        const { params, client } = ctx.oidc;
        const b = controls.behaviour;
        if (b.kind === "error") throw new errors.CustomOIDCProviderError(b.error, b.description ?? `test-induced ${b.error}`);
        if (params.subject_token_type !== ACCESS_TOKEN_TYPE && params.subject_token_type !== JWT_TOKEN_TYPE) {
          throw new errors.CustomOIDCProviderError("invalid_request", "unsupported subject_token_type");
        }
        if (params.actor_token) throw new errors.CustomOIDCProviderError("invalid_request", "actor_token is not supported");
        if (params.requested_token_type && params.requested_token_type !== ACCESS_TOKEN_TYPE) {
          throw new errors.CustomOIDCProviderError("invalid_request", "only access tokens can be requested");
        }
        let subject: jose.JWTPayload;
        try {
          const unverified = jose.decodeJwt(params.subject_token);
          const iss = String(unverified.iss);
          const trusted = [...subjectIssuers.map((s) => s.issuer), issuer];
          if (!trusted.includes(iss)) throw new Error("untrusted issuer");
          const keySet = iss === issuer ? jose.createLocalJWKSet({ keys: currentKeys.map((k) => k.publicJwk) }) : jwksFor(iss);
          ({ payload: subject } = await jose.jwtVerify(params.subject_token, keySet, { issuer: iss, algorithms: ["RS256", "ES256"], clockTolerance: controls.subjectClockToleranceS }));
        } catch (e) {
          throw new errors.CustomOIDCProviderError("invalid_grant", `subject_token rejected: ${(e as { code?: string }).code ?? (e as Error).message}`);
        }
        const requested = [params.audience ?? [], params.resource ?? []].flat() as string[];
        const audience = [...new Set(requested.length ? requested : [DEFAULT_AUDIENCE])];
        if (audience.some((a) => controls.refusedAudiences.includes(a))) throw new errors.InvalidTarget("requested audience is not allowed");
        let scope: string | undefined;
        if (params.scope) {
          const words = String(params.scope).split(" ").filter(Boolean);
          const bad = words.filter((w) => !B_SCOPES.includes(w));
          if (bad.length) throw new errors.InvalidScope("requested scope is not allowed", bad.join(" "));
          scope = words.join(" ");
        } else if (typeof subject.scope === "string") {
          scope = subject.scope.split(" ").filter((w) => B_SCOPES.includes(w)).join(" ") || undefined;
        }
        const rs = new p.ResourceServer(audience[0], { audience: audience[0], scope: B_SCOPES.join(" "), accessTokenFormat: "jwt", accessTokenTTL: controls.exchangeTtl, jwt: { sign: { alg: "ES256" } } });
        const at = new p.AccessToken({ accountId: String(subject.sub), client, gty: TOKEN_EXCHANGE_GRANT, scope, resourceServer: rs });
        // setAudience() accepts one value only; the JWT format copies `aud` as-is.
        if (audience.length > 1) (at as any).aud = audience;
        ctx.oidc.entity("AccessToken", at);
        let value: string = await at.save();
        if (b.kind === "tamper") value = value.slice(0, -2) + (value.endsWith("AA") ? "BB" : "AA");
        if (b.kind === "expired" || b.kind === "wrong-iss") {
          const claims = jose.decodeJwt(value);
          const now = Math.floor(Date.now() / 1000);
          const changed = b.kind === "expired" ? { ...claims, iat: now - 600, exp: now - 120 } : { ...claims, iss: b.iss };
          value = await new jose.SignJWT(changed).setProtectedHeader({ alg: "ES256", kid: currentKeys[0].kid, typ: "at+jwt" }).sign(currentKeys[0].privateKey);
        }
        if (b.kind === "foreign-key") {
          const claims = jose.decodeJwt(value);
          value = await new jose.SignJWT(claims).setProtectedHeader({ alg: "ES256", kid: foreignKey.kid, typ: "at+jwt" }).sign(foreignKey.privateKey);
        }
        const body: Record<string, unknown> = { access_token: value, issued_token_type: ACCESS_TOKEN_TYPE, token_type: "Bearer", expires_in: at.expiration };
        if (scope) body.scope = scope;
        if (b.kind === "no-access-token") delete body.access_token;
        if (b.kind === "bad-token-type") body.token_type = "mac";
        ctx.body = body;
      }, ["subject_token", "subject_token_type", "actor_token", "actor_token_type", "requested_token_type", "audience", "resource", "scope"], ["audience", "resource"]);
      return p;
    },
  });
  self = idp;
  await idp.listen(port ?? 0);
  const b = idp as IdpB;
  b.controls = controls;
  b.gatewayClientJwk = clientKey.privateJwk;
  return b;
}

/** An opaque access token from B (client_credentials for the gateway client, resource OPAQUE_RESOURCE). */
export async function opaqueTokenFromB(b: TestIdp, scope = "read"): Promise<string> {
  const res = await fetch(`${b.issuer}/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from(`${CLIENTS.gateway.id}:${CLIENTS.gateway.secret}`).toString("base64")}` },
    body: new URLSearchParams({ grant_type: "client_credentials", scope, resource: OPAQUE_RESOURCE }),
  });
  const json = (await res.json()) as { access_token?: string };
  if (!res.ok || !json.access_token) throw new Error(`B client_credentials failed: ${res.status} ${JSON.stringify(json)}`);
  return json.access_token;
}

export interface Idps {
  a: TestIdp;
  b: IdpB;
  close(): Promise<void>;
}

/** Starts A, then B trusting A. */
export async function startIdps(opts: { a?: IdpAOptions; b?: Partial<IdpBControls> & { port?: number } } = {}): Promise<Idps> {
  const a = await startIdpA(opts.a);
  const b = await startIdpB([a], opts.b);
  return { a, b, close: async () => { await Promise.all([a.close(), b.close()]); } };
}
