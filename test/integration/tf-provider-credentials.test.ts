// server_url credentials (user:pass@) never reach a Terraform diagnostic. The REST client keeps them
// out of its own messages; the provider used to append the raw server_url to an unreachable-API
// diagnostic (the scrubbed message no longer contained it) and to its "not a Konnect API" message.
// Provider RPCs in-process, the real REST client, loopback servers: a closed port, and a stand-in that
// answers 404 to everything (a server_url that is not a Konnect API).
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { after, before, describe, it } from "node:test";
import { encodeMsgpack } from "../../cdktf/provider/cty/value.ts";
import { KonnectProvider } from "../../cdktf/provider/provider.ts";
import { deriveSchemas } from "../../cdktf/provider/registry.ts";
import { schemaType } from "../../cdktf/provider/schema/types.ts";

const schemas = deriveSchemas();
const CP = "0b8f3c9e-8d8f-4a53-9a49-0e0f2b8b3c11";
const SVC = "5a0c7c38-1c52-4f3e-9c9e-2f6a3f1f0b77";
const svcType = schemaType(schemas.resources.konnect_gateway_service);
const SECRET = "s3cretPassw0rd";

async function listen(handler: Parameters<typeof createServer>[1] & object): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, port: (server.address() as { port: number }).port };
}

async function readWith(serverUrl: string) {
  const p = new KonnectProvider(schemas, { KONNECT_MAX_RETRY_MS: "0" });
  const cfg = await p.ConfigureProvider({ config: { msgpack: encodeMsgpack({ server_url: serverUrl, personal_access_token: "kpat_x" } as never, schemaType(schemas.provider)) } });
  assert.deepEqual(cfg.diagnostics, []);
  const current = { msgpack: encodeMsgpack({ control_plane_id: CP, id: SVC, host: "h.internal" } as never, svcType) };
  return p.ReadResource({ type_name: "konnect_gateway_service", current_state: current });
}

describe("tf provider: server_url credentials stay out of diagnostics", () => {
  let notKonnect: Server;
  let notKonnectPort: number;
  let closedPort: number;
  before(async () => {
    ({ server: notKonnect, port: notKonnectPort } = await listen((req, res) => {
      req.resume();
      res.writeHead(404, { "content-type": "text/plain" }).end("no such page");
    }));
    // A port that was just free: listen, note it, close.
    const probe = await listen((_req, res) => res.end());
    closedPort = probe.port;
    await new Promise<void>((r) => probe.server.close(() => r()));
  });
  after(() => new Promise<void>((r) => notKonnect.close(() => r())));

  it("API unreachable: the diagnostic names the server without user:pass", async () => {
    const r = await readWith(`http://admin:${SECRET}@127.0.0.1:${closedPort}`);
    assert.equal(r.diagnostics.length, 1);
    const text = JSON.stringify(r.diagnostics);
    assert.match(text, /ERR_API_UNREACHABLE|cannot reach/);
    assert.match(text, new RegExp(`127\\.0\\.0\\.1:${closedPort}`));
    assert.ok(!text.includes(SECRET), text);
    assert.ok(!text.includes("admin:"), text);
  });

  it("server_url not a Konnect API (404 everywhere): the diagnostic names the server without user:pass", async () => {
    const r = await readWith(`http://admin:${SECRET}@127.0.0.1:${notKonnectPort}`);
    assert.ok(r.diagnostics.length >= 1);
    const text = JSON.stringify(r.diagnostics);
    assert.match(text, /ERR_INVALID_SERVER_URL|not a Konnect API/);
    assert.ok(!text.includes(SECRET), text);
  });

  it("an invalid server_url (attribute or KONNECT_SERVER_URL) is described without its user:pass", async () => {
    const providerType = schemaType(schemas.provider);
    for (const bad of [`http://admin:${SECRET}@127.0.0.1:1/?x=1`, `ftp://admin:${SECRET}@127.0.0.1:1`, `admin:${SECRET}@127.0.0.1:1`]) {
      const p = new KonnectProvider(schemas, {});
      const validated = p.ValidateProviderConfig({ config: { msgpack: encodeMsgpack({ server_url: bad, personal_access_token: "kpat_x" } as never, providerType) } });
      assert.equal(validated.diagnostics.length, 1, bad);
      const fromEnv = await new KonnectProvider(schemas, { KONNECT_SERVER_URL: bad }).ConfigureProvider({ config: { msgpack: encodeMsgpack({ personal_access_token: "kpat_x" } as never, providerType) } });
      assert.equal(fromEnv.diagnostics.length, 1, bad);
      for (const text of [JSON.stringify(validated.diagnostics), JSON.stringify(fromEnv.diagnostics)]) {
        assert.match(text, /ERR_INVALID_SERVER_URL|server_url/);
        assert.match(text, /127\.0\.0\.1:1/, "the rest of the URL is still shown");
        assert.ok(!text.includes(SECRET), text);
      }
    }
  });
});
