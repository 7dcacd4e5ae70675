// Provider RPC handlers in-process, for what the real API cannot be made to do: answer 429 (or hold an answer).
// The HTTP server below is a stand-in for a rate-limiting Konnect (our API has no rate limiter);
// everything else about these calls is the real provider code and the real REST client.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { after, before, describe, it } from "node:test";
import { UNKNOWN, decodeMsgpack, encodeMsgpack } from "../../cdktf/provider/cty/value.ts";
import { KonnectProvider } from "../../cdktf/provider/provider.ts";
import { deriveSchemas } from "../../cdktf/provider/registry.ts";
import { schemaType } from "../../cdktf/provider/schema/types.ts";

const schemas = deriveSchemas();
const CP = "0b8f3c9e-8d8f-4a53-9a49-0e0f2b8b3c11";
const SVC = "5a0c7c38-1c52-4f3e-9c9e-2f6a3f1f0b77";
const svcType = schemaType(schemas.resources.konnect_gateway_service);

describe("tf provider RPCs against a rate-limiting server", () => {
  let server: Server;
  let url: string;
  let limited = 0; // how many more requests get 429
  let seen = 0;
  before(async () => {
    server = createServer((req, res) => {
      seen++;
      if (limited > 0) {
        limited--;
        res.writeHead(429, { "content-type": "application/json", "retry-after": "0" }).end('{"message":"slow down","status":429}');
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({ id: SVC, name: "s", host: "h.internal", port: 80, protocol: "http", path: null, retries: 5, connect_timeout: 60000, read_timeout: 60000, write_timeout: 60000, enabled: true, tags: null, ca_certificates: null, client_certificate: null, tls_verify: null, tls_verify_depth: null, tls_sans: null, created_at: 1, updated_at: 2 }),
      );
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  async function provider(maxRetryMs: number) {
    const p = new KonnectProvider(schemas, { KONNECT_MAX_RETRY_MS: String(maxRetryMs) });
    const cfg = await p.ConfigureProvider({ config: { msgpack: encodeMsgpack({ server_url: url, personal_access_token: "kpat_x" } as never, schemaType(schemas.provider)) } });
    assert.deepEqual(cfg.diagnostics, []);
    return p;
  }
  const current = () => ({ msgpack: encodeMsgpack({ control_plane_id: CP, id: SVC, host: "h.internal" } as never, svcType) });

  it("retries 429 with backoff and succeeds", async () => {
    const p = await provider(30_000);
    limited = 2;
    seen = 0;
    const r = await p.ReadResource({ type_name: "konnect_gateway_service", current_state: current() });
    assert.deepEqual(r.diagnostics ?? [], []);
    assert.equal(seen, 3);
    assert.equal((decodeMsgpack(r.new_state.msgpack, svcType) as any).port, 80);
  });

  it("gives up after the retry budget with ERR_API_RATE_LIMITED and keeps the state", async () => {
    const p = await provider(300);
    limited = 1_000;
    const req = { type_name: "konnect_gateway_service", current_state: current() };
    const r = await p.ReadResource(req);
    limited = 0;
    assert.equal(r.diagnostics.length, 1);
    assert.match(r.diagnostics[0].detail, /\[ERR_API_RATE_LIMITED\]/);
    assert.equal(r.new_state, req.current_state, "a failed refresh returns the state it was given");
  });
});

describe("tf provider StopProvider (Ctrl-C) during API calls", () => {
  // Stand-in for a rate-limiting Konnect, as above: POSTs get 429 with a Retry-After, or are held
  // until released and then answered 201.
  let server: Server;
  let url: string;
  let mode: "limit" | "hold" = "limit";
  let posts = 0;
  let arrived: () => void = () => {};
  let release: () => void = () => {};
  const svc = { id: SVC, name: "s", host: "h.internal", port: 80, protocol: "http", path: null, retries: 5, connect_timeout: 60000, read_timeout: 60000, write_timeout: 60000, enabled: true, tags: null, ca_certificates: null, client_certificate: null, tls_verify: null, tls_verify_depth: null, tls_sans: null, created_at: 1, updated_at: 2 };
  before(async () => {
    server = createServer((req, res) => {
      req.resume();
      posts++;
      arrived();
      if (mode === "limit") {
        res.writeHead(429, { "content-type": "application/json", "retry-after": "2" }).end('{"message":"slow down","status":429}');
        return;
      }
      release = () => res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify(svc));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  async function configured() {
    // A retry budget of a minute: without the stop, the create would keep retrying for that long.
    const p = new KonnectProvider(schemas, { KONNECT_MAX_RETRY_MS: "60000" });
    await p.ConfigureProvider({ config: { msgpack: encodeMsgpack({ server_url: url, personal_access_token: "kpat_x" } as never, schemaType(schemas.provider)) } });
    return p;
  }
  const createReq = () => {
    const planned = { control_plane_id: CP, host: "h.internal", id: UNKNOWN } as never;
    return { type_name: "konnect_gateway_service", prior_state: { msgpack: Uint8Array.of(0xc0) }, planned_state: { msgpack: encodeMsgpack(planned, svcType) }, config: { msgpack: encodeMsgpack(planned, svcType) } };
  };
  const nextArrival = () => new Promise<void>((r) => (arrived = r));

  it("a create waiting out a 429 returns ERR_STOPPED at once, nothing created, and sends nothing more", async () => {
    const p = await configured();
    mode = "limit";
    posts = 0;
    const first = nextArrival();
    const applying = p.ApplyResourceChange(createReq());
    await first;
    p.StopProvider();
    const r = await applying; // without the stop: ~30 more POSTs over a minute, then ERR_API_RATE_LIMITED
    assert.equal(r.diagnostics.length, 1, JSON.stringify(r.diagnostics));
    assert.match(r.diagnostics[0].detail, /\[ERR_STOPPED\]/);
    assert.match(r.diagnostics[0].detail, /answered 429 \(rate limited\), so nothing was created/);
    assert.deepEqual([...r.new_state.msgpack], [0xc0], "no state for an object that was not created");
    // The client's pause (Retry-After: 2) ends after the RPC returned: its retry must not go out.
    await new Promise((res) => setTimeout(res, 2500));
    assert.equal(posts, 1, "no request after the stop");
  });

  it("a request already sent when the stop arrives is waited for, and its result is kept", async () => {
    const p = await configured();
    mode = "hold";
    posts = 0;
    const first = nextArrival();
    const applying = p.ApplyResourceChange(createReq());
    await first;
    p.StopProvider();
    release();
    const r = await applying;
    assert.deepEqual(r.diagnostics ?? [], []);
    assert.equal((decodeMsgpack(r.new_state.msgpack, svcType) as any).id, SVC, "the created object is in the new state");
    // …and the next call after the stop is refused without being sent.
    const read = await p.ReadResource({ type_name: "konnect_gateway_service", current_state: { msgpack: encodeMsgpack({ control_plane_id: CP, id: SVC, host: "h.internal" } as never, svcType) } });
    assert.match(read.diagnostics[0].detail, /\[ERR_STOPPED\]/);
    assert.equal(posts, 1);
  });
});
