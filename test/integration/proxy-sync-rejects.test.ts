// What the proxy does with a control plane that misbehaves: garbage, truncated or invalid
// snapshots, snapshots of another control plane, a refused credential, no config yet, and the
// cheap 304 path. The real API never sends such answers, so they come from the control-plane
// stub (same protocol); the happy path and outages against the real API are in proxy-sync.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { request } from "undici";
import type { ConfigSnapshot } from "../../api/contract/index.ts";
import { startEchoUpstream, type EchoUpstream } from "../support/echo-upstream.ts";
import { plugin, route, service, snapshot } from "../support/proxy-snapshot.ts";
import { startInProcessProxy, type InProcessProxy } from "./proxy-inprocess.ts";

let up: EchoUpstream;
before(async () => {
  up = await startEchoUpstream();
});
after(async () => {
  await up?.close();
});

function goodSnapshot(cp: string, version: number, path = "/v"): ConfigSnapshot {
  const s = service({ url: up.url });
  return snapshot(cp, version, { services: [s], routes: [route({ paths: [path], service: { id: s.id } })] });
}

async function until(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("before the first snapshot", () => {
  test("503 with a JSON message, status 503; wrong credential logged as PROXY_SYNC_UNAUTHORIZED", async () => {
    const proxy = await startInProcessProxy();
    try {
      // The stub has no snapshot yet and answers 404.
      const res = await request(`${proxy.base}/anything`);
      assert.equal(res.statusCode, 503);
      assert.match(await res.body.text(), /"message":"no configuration received from the control plane yet"/);
      const status = await request(`http://127.0.0.1:${proxy.app.statusPort}/status`);
      assert.equal(status.statusCode, 503);
      const body = (await status.body.json()) as { ready: boolean; version: null };
      assert.equal(body.ready, false);
      assert.equal(body.version, null);
      await until(() => proxy.logsWithCode("PROXY_SYNC_FAILED").length > 0, "a sync failure log");
    } finally {
      await proxy.close();
    }
  });

  test("a refused credential", async () => {
    const proxy = await startInProcessProxy({ settings: { dpToken: `kdp_${randomUUID()}` } });
    try {
      await until(() => proxy.logsWithCode("PROXY_SYNC_UNAUTHORIZED").length > 0, "PROXY_SYNC_UNAUTHORIZED");
      assert.equal(proxy.app.poller.status.lastError?.code, "PROXY_SYNC_UNAUTHORIZED");
      assert.ok(!JSON.stringify(proxy.logs).includes("kdp_"), "the token is never logged");
    } finally {
      await proxy.close();
    }
  });
});

describe("bad snapshots never replace a good one", () => {
  let proxy: InProcessProxy;
  before(async () => {
    proxy = await startInProcessProxy();
    await proxy.publish(goodSnapshot(proxy.controlPlaneId, 1));
  });
  after(async () => {
    await proxy?.close();
  });

  const s = service({ url: "http://127.0.0.1:1" });
  const cases: [name: string, body: (cp: string) => string | { version: number }, reason: RegExp][] = [
    ["not JSON", () => "<html>oops</html>", /API_BAD_RESPONSE|not JSON/],
    ["truncated", (cp) => JSON.stringify(goodSnapshot(cp, 2)).slice(0, 80), /API_BAD_RESPONSE|not JSON/],
    ["schema violation", (cp) => ({ ...goodSnapshot(cp, 3), routes: [{ ...route({ paths: ["/x"] }), paths: ["no-slash"] }] }), /routes\.0\.paths\.0/],
    ["missing field", (cp) => ({ ...goodSnapshot(cp, 4), services: undefined }) as unknown as { version: number }, /services/],
    ["invalid plugin config", (cp) => ({ ...goodSnapshot(cp, 5), plugins: [plugin({ name: "openid-connect", config: { auth_methods: ["bearer"] } })] }), /plugins\.0\.config\.issuer/],
    ["unknown plugin", (cp) => ({ ...goodSnapshot(cp, 6), plugins: [plugin({ name: "no-such-plugin" })] }), /plugins\.0\.name.*unknown plugin/],
    ["dangling reference", (cp) => ({ ...snapshot(cp, 7, { services: [], routes: [route({ paths: ["/d"], service: { id: s.id } })] }) }), /routes\.0\.service/],
    ["other control plane", () => goodSnapshot(randomUUID(), 8), /control_plane_id/],
  ];
  for (const [name, body, reason] of cases) {
    test(name, async () => {
      const before = proxy.logsWithCode("PROXY_SNAPSHOT_INVALID").length;
      proxy.cp.set(body(proxy.controlPlaneId));
      await until(() => proxy.logsWithCode("PROXY_SNAPSHOT_INVALID").length > before, "a rejection");
      const line = proxy.logsWithCode("PROXY_SNAPSHOT_INVALID").at(-1)!;
      assert.match(String(line.reason), reason);
      assert.equal(proxy.app.state.current?.version, 1, "still serving version 1");
      const res = await request(`${proxy.base}/v/x`);
      assert.equal(res.statusCode, 200);
      await res.body.text();
      const status = (await (await request(`http://127.0.0.1:${proxy.app.statusPort}/status`)).body.json()) as { version: number; sync: { last_error: { code: string } } };
      assert.equal(status.version, 1);
      assert.equal(status.sync.last_error.code, "PROXY_SNAPSHOT_INVALID");
    });
  }

  test("a good snapshot after the bad ones is taken", async () => {
    await proxy.publish(goodSnapshot(proxy.controlPlaneId, 9, "/nine"));
    const res = await request(`${proxy.base}/nine`);
    assert.equal(res.statusCode, 200);
    await res.body.text();
    assert.equal(proxy.app.poller.status.lastError, null);
  });
});

test("304 is a no-op: the same generation keeps serving", async () => {
  const proxy = await startInProcessProxy({ settings: { pollWaitSeconds: 1 } });
  try {
    await proxy.publish(goodSnapshot(proxy.controlPlaneId, 1));
    const gen = proxy.app.state.current;
    const requestsBefore = proxy.cp.requests;
    await until(() => proxy.cp.requests >= requestsBefore + 2, "two more polls", 10_000);
    assert.equal(proxy.app.state.current, gen);
    assert.equal(proxy.logs.filter((l) => l.msg === "configuration loaded").length, 1);
    assert.ok(proxy.cp.heartbeats.slice(-2).every((h) => h.configHash === gen!.configHash), "each poll reports the served config hash");
  } finally {
    await proxy.close();
  }
});
