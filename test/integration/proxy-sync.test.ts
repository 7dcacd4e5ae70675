// Config sync end to end with the real API and the proxy as separate processes: first snapshot,
// changes arriving through the long-poll, the node heartbeat in GET …/nodes, the API going down
// (the proxy keeps serving), a proxy restart while the API is down (served from the encrypted
// cache, which holds no secret in clear), and recovery when the API is back.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { request } from "undici";
import { KonnectClient } from "../../api/client.ts";
import { startEchoUpstream, type EchoUpstream } from "../support/echo-upstream.ts";
import { startProcess, tsxArgs, type ManagedProcess } from "../support/processes.ts";
import { createControlPlane, currentVersion, startApiProcess, type ApiProcess, type ControlPlaneAccess } from "./proxy-api.ts";

let work: string;
let api: ApiProcess;
let access: ControlPlaneAccess;
let proxy: ManagedProcess | null = null;
let admin: KonnectClient;
let up: EchoUpstream;
let cpId: string;
let dpToken: string;
let serviceId: string;
const clientSecret = `oidc-client-secret-${randomUUID()}`;
let proxyPorts: { port: number; status_port: number };

async function startProxyProcess(): Promise<ManagedProcess> {
  const p = await startProcess({
    name: "proxy",
    ...tsxArgs("proxy/main.ts"),
    env: {
      KONNECT_SERVER_URL: api.url,
      KONNECT_CONTROL_PLANE_ID: cpId,
      KONNECT_DP_TOKEN: dpToken,
      PROXY_PORT: "0",
      PROXY_STATUS_PORT: "0",
      PROXY_LISTEN_HOST: "127.0.0.1",
      PROXY_CACHE_DIR: join(work, "proxy-cache"),
      PROXY_POLL_WAIT_SECONDS: "30",
      PROXY_SYNC_RETRY_INITIAL_MS: "100",
      PROXY_SYNC_RETRY_MAX_MS: "500",
    },
    ready: /"msg":"proxy listening"/,
  });
  proxyPorts = JSON.parse(p.readyLine) as { port: number; status_port: number };
  return p;
}

interface Status {
  ready: boolean;
  version: number | null;
  config_hash: string | null;
  source: string | null;
  node: { id: string; hostname: string; version: string };
  sync: { consecutive_failures: number; last_error: { code: string } | null };
}

async function status(): Promise<Status> {
  const res = await request(`http://127.0.0.1:${proxyPorts.status_port}/status`);
  return (await res.body.json()) as Status;
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const apiVersion = () => currentVersion(api, access);

async function get(path: string) {
  const res = await request(`http://127.0.0.1:${proxyPorts.port}${path}`);
  return { status: res.statusCode, body: await res.body.text() };
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), "proxy-sync-"));
  up = await startEchoUpstream();
  api = await startApiProcess(work);
  admin = api.admin;
  access = await createControlPlane(api);
  cpId = access.controlPlaneId;
  dpToken = access.dpToken;
  const svc = await admin.services.create(cpId, { name: "echo", url: up.url });
  serviceId = svc.id;
  await admin.routes.create(cpId, { name: "one", paths: ["/one"], service: { id: serviceId } });
  // A plugin whose config holds a client secret, on a route the tests never call: it must be in
  // the cached snapshot, encrypted.
  const oidcRoute = await admin.routes.create(cpId, { name: "oidc", paths: ["/oidc"], service: { id: serviceId } });
  await admin.plugins.create(cpId, {
    name: "openid-connect",
    route: { id: oidcRoute.id },
    config: { issuer: "http://127.0.0.1:9/realms/unused", client_id: ["proxy"], client_secret: [clientSecret], auth_methods: ["bearer"] },
  });
});

after(async () => {
  await proxy?.stop();
  await api?.close();
  await up?.close();
  await rm(work, { recursive: true, force: true });
});

test("the proxy loads the current snapshot and reports itself in GET /nodes", async () => {
  proxy = await startProxyProcess();
  const version = await apiVersion();
  const s = await until(status, (x) => x.version === version, `version ${version}`);
  assert.equal(s.source, "api");
  assert.equal((await get("/one/x")).status, 200);
  assert.equal(up.last().path, "/x");
  const node = await until(
    async () => (await admin.nodes.list(cpId)).items.find((n) => n.id === s.node.id),
    (n) => n?.config_hash === s.config_hash,
    "the node's heartbeat with the served config hash",
  );
  assert.equal(node!.hostname, s.node.hostname);
  assert.equal(node!.version, s.node.version);
  assert.ok(node!.last_ping > 0);
});

test("a change is picked up through the long-poll, well before the 30 s wait ends", async () => {
  const before = (await status()).version!;
  await admin.routes.create(cpId, { name: "two", paths: ["/two"], service: { id: serviceId }, strip_path: false });
  const version = await apiVersion();
  assert.ok(version > before);
  await until(status, (x) => x.version === version, `version ${version}`, 10_000);
  assert.equal((await get("/two/y")).status, 200);
  assert.equal(up.last().path, "/two/y");
});

test("API down: the proxy keeps serving and reports the sync failure", async () => {
  const served = (await status()).version;
  await api.stop();
  const s = await until(status, (x) => x.sync.consecutive_failures > 0, "a failed poll");
  assert.equal(s.sync.last_error?.code, "PROXY_SYNC_FAILED");
  assert.equal(s.version, served);
  assert.equal((await get("/one/z")).status, 200);
});

test("restart while the API is down: the encrypted cache is served; it holds no secret in clear", async () => {
  const before = await status();
  await proxy!.stop();
  proxy = await startProxyProcess();
  const s = await status();
  assert.equal(s.ready, true, "ready straight from the cache");
  assert.equal(s.source, "cache");
  assert.equal(s.version, before.version);
  assert.equal(s.config_hash, before.config_hash);
  assert.equal(s.node.id, before.node.id, "the node id is stable across restarts");
  assert.equal((await get("/two/again")).status, 200);

  const files = await readdir(join(work, "proxy-cache"));
  assert.ok(files.includes("snapshot.enc.json"));
  for (const f of files) {
    const raw = await readFile(join(work, "proxy-cache", f), "utf8");
    assert.ok(!raw.includes(clientSecret), `${f} must not contain the client secret`);
    assert.ok(!raw.includes(dpToken), `${f} must not contain the dp token`);
    assert.ok(!raw.includes("/oidc"), `${f} must not contain the config in clear`);
  }
});

test("API back: the proxy catches up with changes made meanwhile", async () => {
  await api.start();
  await admin.routes.create(cpId, { name: "three", paths: ["/three"], service: { id: serviceId } });
  const version = await apiVersion();
  const s = await until(status, (x) => x.version === version && x.sync.last_error === null, `version ${version} after recovery`, 20_000);
  assert.equal(s.source, "api");
  assert.equal((await get("/three")).status, 200);
});

test("no log line carries the dp token, the admin token or the client secret", async () => {
  const text = [...(proxy?.lines() ?? []), ...(api.process()?.lines() ?? [])].join("\n");
  assert.ok(text.length > 0);
  assert.ok(!text.includes(dpToken));
  assert.ok(!text.includes(api.adminToken));
  assert.ok(!text.includes(clientSecret));
});
