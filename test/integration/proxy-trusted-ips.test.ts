// PROXY_TRUSTED_IPS over real loopback: two in-process proxies share one echo upstream and one
// snapshot. The peer is always 127.0.0.1 (loopback), so "trusting" lists 127.0.0.1 and
// "untrusting" lists 10.0.0.0/8, which the peer is not in: the second one must behave exactly as
// a proxy without the setting (a client spoofing X-Forwarded-* gains nothing). A settings error
// is checked through proxy/main.ts as a process (exit code 2, one line naming variable and entry).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { request } from "undici";
import { parsePluginInput, type Plugin, type Route, type Service } from "../../api/contract/index.ts";
import { PLUGIN_MODULES } from "../../proxy/plugins/index.ts";
import type { PluginModule } from "../../proxy/plugins/types.ts";
import type { PluginParser } from "../../proxy/sync/validate.ts";
import { receivedHeader, startEchoUpstream, type EchoUpstream } from "../support/echo-upstream.ts";
import { PROJECT_ROOT } from "../support/processes.ts";
import { plugin, route, service, snapshot } from "../support/proxy-snapshot.ts";
import { startInProcessProxy, type InProcessProxy } from "./proxy-inprocess.ts";

/** Records the scheme plugins see in an upstream header (test-only module, needs the stub). */
const schemeModule: PluginModule<{ tag: string }> = {
  name: "test-scheme",
  priority: 1000,
  create(config) {
    return {
      access(req) {
        req.upstreamHeaders.set("x-plugin-ran", `${config.tag}:${req.scheme}`);
      },
    };
  },
};
const modules = new Map<string, PluginModule>([...PLUGIN_MODULES, ["test-scheme", schemeModule as PluginModule]]);
const parsePlugin: PluginParser = (body) => {
  if ((body as { name?: string }).name === "test-scheme") return { success: true, data: { config: (body as { config: unknown }).config } };
  return parsePluginInput(body) as ReturnType<PluginParser>;
};

/** What a TLS-terminating load balancer in front of the proxy would send. */
const LB_HEADERS = {
  host: "internal.lb:8000",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "shop.example",
  "x-forwarded-port": "443",
  "x-forwarded-path": "/edge/secure/a",
  "x-forwarded-prefix": "/edge",
};

describe("PROXY_TRUSTED_IPS", () => {
  let up: EchoUpstream;
  let trusting: InProcessProxy;
  let untrusting: InProcessProxy;
  let S: Service;
  let version = 0;

  before(async () => {
    up = await startEchoUpstream();
    S = service({ url: up.url });
    trusting = await startInProcessProxy({ modules, parsePlugin, settings: { trustedIps: ["127.0.0.1"] } });
    untrusting = await startInProcessProxy({ modules, parsePlugin, settings: { trustedIps: ["10.0.0.0/8"] } });
  });
  after(async () => {
    await trusting?.close();
    await untrusting?.close();
    await up?.close();
  });

  async function publish(routes: Route[], plugins: Plugin[] = []): Promise<void> {
    version++;
    await trusting.publish(snapshot(trusting.controlPlaneId, version, { services: [S], routes, plugins }));
    await untrusting.publish(snapshot(untrusting.controlPlaneId, version, { services: [S], routes, plugins }));
    up.clear();
  }
  async function call(p: InProcessProxy, path: string, headers: Record<string, string> = {}) {
    const res = await request(`${p.base}${path}`, { headers });
    return { status: res.statusCode, headers: res.headers, body: await res.body.text() };
  }
  const one = (name: string) => {
    const v = receivedHeader(up.last(), name);
    assert.equal(v.length, 1, `${name} sent exactly once upstream: ${JSON.stringify(v)}`);
    return v[0];
  };

  test("trusted peer: the load balancer's X-Forwarded-Proto/-Host/-Port/-Path/-Prefix reach the upstream, and an https-only route is served over plain http", async () => {
    await publish([route({ paths: ["/secure"], protocols: ["https"], service: { id: S.id } })]);
    const res = await call(trusting, "/secure/a", LB_HEADERS);
    assert.equal(res.status, 200, res.body);
    assert.equal(up.last().path, "/a");
    assert.equal(one("x-forwarded-proto"), "https");
    assert.equal(one("x-forwarded-host"), "shop.example");
    assert.equal(one("x-forwarded-port"), "443");
    assert.equal(one("x-forwarded-path"), "/edge/secure/a");
    assert.equal(one("x-forwarded-prefix"), "/edge");
    assert.equal(one("x-real-ip"), "127.0.0.1");
  });

  test("untrusted peer spoofing the same headers: 426 on the https-only route, nothing reaches the upstream", async () => {
    await publish([route({ paths: ["/secure"], protocols: ["https"], service: { id: S.id } })]);
    const res = await call(untrusting, "/secure/a", LB_HEADERS);
    assert.equal(res.status, 426);
    assert.equal((JSON.parse(res.body) as { message: string }).message, "Please use HTTPS protocol");
    assert.equal(up.records.length, 0);
  });

  test("untrusted peer: its X-Forwarded-* are replaced by the proxy's own values (today's behaviour)", async () => {
    await publish([route({ paths: ["/open"], service: { id: S.id } })]);
    const res = await call(untrusting, "/open/b?q=1", { ...LB_HEADERS, host: "Api.Test:8000" });
    assert.equal(res.status, 200, res.body);
    assert.equal(one("x-forwarded-proto"), "http");
    assert.equal(one("x-forwarded-host"), "api.test", "the Host without port, not the client's X-Forwarded-Host");
    assert.equal(one("x-forwarded-port"), String(untrusting.app.port));
    assert.equal(one("x-forwarded-path"), "/open/b");
    assert.equal(one("x-forwarded-prefix"), "/open");
  });

  test("trusted peer that sends no X-Forwarded-*: the proxy's own values, as without the setting", async () => {
    await publish([route({ paths: ["/open"], strip_path: false, service: { id: S.id } }), route({ paths: ["/secure"], protocols: ["https"], service: { id: S.id } })]);
    const res = await call(trusting, "/open/b", { host: "api.test" });
    assert.equal(res.status, 200, res.body);
    assert.equal(one("x-forwarded-proto"), "http");
    assert.equal(one("x-forwarded-host"), "api.test");
    assert.equal(one("x-forwarded-port"), String(trusting.app.port));
    assert.equal(one("x-forwarded-path"), "/open/b");
    assert.deepEqual(receivedHeader(up.last(), "x-forwarded-prefix"), [], "nothing stripped, none sent");
    assert.equal((await call(trusting, "/secure/a", { host: "api.test" })).status, 426, "no X-Forwarded-Proto: the connection's scheme (http) decides");
    // A trusted load balancer that says the client used http gets the 426 too (Kong compares the forwarded proto).
    assert.equal((await call(trusting, "/secure/a", { host: "api.test", "x-forwarded-proto": "http" })).status, 426);
  });

  test("https redirect: Location uses the trusted X-Forwarded-Host; an untrusted peer's is ignored", async () => {
    await publish([route({ paths: ["/moved"], protocols: ["https"], https_redirect_status_code: 301, service: { id: S.id } })]);
    // The load balancer got plain http from the client: the proxy redirects to https on the public host.
    const viaLb = await call(trusting, "/moved/a?q=1", { ...LB_HEADERS, "x-forwarded-proto": "http" });
    assert.equal(viaLb.status, 301);
    assert.equal(viaLb.headers.location, "https://shop.example/moved/a?q=1");
    const spoofed = await call(untrusting, "/moved/a?q=1", { ...LB_HEADERS, host: "real.test" });
    assert.equal(spoofed.status, 301, "an untrusted https claim does not satisfy the https-only route");
    assert.equal(spoofed.headers.location, "https://real.test/moved/a?q=1", "the Host, not the spoofed X-Forwarded-Host");
    // Trusted and https: served, no redirect.
    assert.equal((await call(trusting, "/moved/a", LB_HEADERS)).status, 200);
    assert.equal(up.records.length, 1);
  });

  test("plugins' protocols see the trusted scheme: an https-only instance runs behind the load balancer and sees https; not for an untrusted peer", async () => {
    await publish([route({ paths: ["/p"], service: { id: S.id } })], [plugin({ name: "test-scheme", protocols: ["https"], config: { tag: "tls-only" } })]);
    await call(trusting, "/p", { "x-forwarded-proto": "https" });
    assert.deepEqual(receivedHeader(up.last(), "x-plugin-ran"), ["tls-only:https"]);
    await call(untrusting, "/p", { "x-forwarded-proto": "https" });
    assert.deepEqual(receivedHeader(up.last(), "x-plugin-ran"), [], "spoofed https does not select https-only plugins");
    await call(trusting, "/p");
    assert.deepEqual(receivedHeader(up.last(), "x-plugin-ran"), [], "no X-Forwarded-Proto: plain http");
    await publish([route({ paths: ["/p"], service: { id: S.id } })], [plugin({ name: "test-scheme", protocols: ["http"], config: { tag: "plain-only" } })]);
    await call(trusting, "/p", { "x-forwarded-proto": "HTTPS" });
    assert.deepEqual(receivedHeader(up.last(), "x-plugin-ran"), [], "an http-only instance does not run for https at the edge (compared case-insensitively)");
    await call(untrusting, "/p", { "x-forwarded-proto": "https" });
    assert.deepEqual(receivedHeader(up.last(), "x-plugin-ran"), ["plain-only:http"]);
  });
});

describe("PROXY_TRUSTED_IPS start errors", () => {
  test("an invalid entry: exit code 2, the variable and the entry named", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "proxy/main.ts"], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        KONNECT_SERVER_URL: "http://127.0.0.1:1",
        KONNECT_CONTROL_PLANE_ID: "3f1c9a52-5d7e-4a8b-9c0d-1e2f3a4b5c6d",
        KONNECT_DP_TOKEN: "kdp_0123456789abcdef0123",
        PROXY_TRUSTED_IPS: "10.0.0.0/8, 10.0.0.300 ,::/0",
      },
      encoding: "utf8",
      timeout: 30_000,
    });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /PROXY_TRUSTED_IPS \(--trusted-ips\) has "10\.0\.0\.300"/);
    assert.doesNotMatch(r.stderr, /"::\/0"|"10\.0\.0\.0\/8"/, "valid entries are not reported");
  });
});

describe("PROXY_REAL_IP_HEADER / PROXY_REAL_IP_RECURSIVE (nginx realip) behind a trusted peer", () => {
  let up: EchoUpstream;
  let byXff: InProcessProxy; // X-Forwarded-For, recursive, trusts 127.0.0.1 and 10.0.0.0/8
  let byXffLast: InProcessProxy; // X-Forwarded-For, not recursive
  let byXRealIp: InProcessProxy; // X-Real-IP
  let untrusting: InProcessProxy; // header set, but the peer is not trusted
  let S: Service;

  before(async () => {
    up = await startEchoUpstream();
    S = service({ url: up.url });
    [byXff, byXffLast, byXRealIp, untrusting] = await Promise.all([
      startInProcessProxy({ settings: { trustedIps: ["127.0.0.1", "10.0.0.0/8"], realIpHeader: "x-forwarded-for", realIpRecursive: true } }),
      startInProcessProxy({ settings: { trustedIps: ["127.0.0.1", "10.0.0.0/8"], realIpHeader: "x-forwarded-for", realIpRecursive: false } }),
      startInProcessProxy({ settings: { trustedIps: ["127.0.0.1"], realIpHeader: "x-real-ip" } }),
      startInProcessProxy({ settings: { trustedIps: ["10.0.0.0/8"], realIpHeader: "x-forwarded-for", realIpRecursive: true } }),
    ]);
    // Only clients from 203.0.113.0/24 reach /partner; everyone reaches /any.
    const routes = [route({ paths: ["/partner"], sources: [{ ip: "203.0.113.0/24", port: null }], service: { id: S.id } }), route({ paths: ["/any"], service: { id: S.id } })];
    for (const p of [byXff, byXffLast, byXRealIp, untrusting]) await p.publish(snapshot(p.controlPlaneId, 1, { services: [S], routes }));
  });
  after(async () => {
    await Promise.all([byXff, byXffLast, byXRealIp, untrusting].map((p) => p?.close()));
    await up?.close();
  });

  async function call(p: InProcessProxy, path: string, headers: Record<string, string> = {}) {
    const res = await request(`${p.base}${path}`, { headers });
    await res.body.text();
    return res.statusCode;
  }
  const sent = (name: string) => receivedHeader(up.last(), name);

  test("X-Forwarded-For, recursive: trusted hops are skipped from the right; the client address matches sources and is X-Real-IP; X-Forwarded-For gets the peer appended", async () => {
    assert.equal(await call(byXff, "/partner", { "x-forwarded-for": "198.51.100.1, 203.0.113.9, 10.1.1.1" }), 200);
    assert.deepEqual(sent("x-real-ip"), ["203.0.113.9"]);
    assert.deepEqual(sent("x-forwarded-for"), ["198.51.100.1, 203.0.113.9, 10.1.1.1, 127.0.0.1"], "Kong appends $realip_remote_addr, the peer");
    assert.equal(await call(byXff, "/partner", { "x-forwarded-for": "203.0.113.9, 198.51.100.1" }), 404, "the rightmost untrusted address is the client, not an earlier one it may have forged");
    assert.equal(await call(byXff, "/partner", { "x-forwarded-for": "203.0.113.9, garbage" }), 404, "an unreadable entry: the peer's address stays (nginx declines)");
    assert.equal(await call(byXff, "/any", { "x-forwarded-for": "unknown" }), 200);
    assert.deepEqual(sent("x-real-ip"), ["127.0.0.1"]);
    assert.equal(await call(byXff, "/any", { "x-forwarded-for": "[2001:db8::7]:4711" }), 200);
    assert.deepEqual(sent("x-real-ip"), ["2001:db8::7"], "bracketed IPv6 with a port");
  });

  test("X-Forwarded-For, not recursive: the last address, even when it is a trusted hop", async () => {
    assert.equal(await call(byXffLast, "/partner", { "x-forwarded-for": "10.9.9.9, 203.0.113.9" }), 200);
    assert.deepEqual(sent("x-real-ip"), ["203.0.113.9"]);
    assert.equal(await call(byXffLast, "/partner", { "x-forwarded-for": "203.0.113.9, 10.1.1.1" }), 404);
    assert.equal(await call(byXffLast, "/any", { "x-forwarded-for": "203.0.113.9, 10.1.1.1" }), 200);
    assert.deepEqual(sent("x-real-ip"), ["10.1.1.1"]);
  });

  test("X-Real-IP: the header's address is the client; without X-Forwarded-For it also becomes X-Forwarded-For", async () => {
    assert.equal(await call(byXRealIp, "/partner", { "x-real-ip": "203.0.113.50" }), 200);
    assert.deepEqual(sent("x-real-ip"), ["203.0.113.50"]);
    assert.deepEqual(sent("x-forwarded-for"), ["203.0.113.50"], "Kong: $remote_addr (after realip) when the client sent no X-Forwarded-For");
    assert.equal(await call(byXRealIp, "/partner", { "x-forwarded-for": "203.0.113.9" }), 404, "X-Forwarded-For is not the configured header");
  });

  test("untrusted peer: its X-Forwarded-For and X-Real-IP change nothing (sources see the peer)", async () => {
    assert.equal(await call(untrusting, "/partner", { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9" }), 404);
    assert.equal(await call(untrusting, "/any", { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9" }), 200);
    assert.deepEqual(sent("x-real-ip"), ["127.0.0.1"]);
    assert.deepEqual(sent("x-forwarded-for"), ["203.0.113.9, 127.0.0.1"]);
  });
});
