// The proxy's side of snapshot size and encoding, and what it says while it has nothing to serve.
//  - Against the control-plane stub (it can send what the API never would): gzip answers are
//    decoded; a snapshot over PROXY_MAX_SNAPSHOT_BYTES after decompression is refused as
//    PROXY_SNAPSHOT_TOO_LARGE and a corrupt gzip body as PROXY_SNAPSHOT_INVALID, both while the
//    last good config keeps serving.
//  - Against the real API (its own process): a token of another control plane (403) and a revoked
//    token (401) before any config: requests get 503 PROXY_NO_CONFIG and the log line and /status
//    say why (the sync error, the API's status, the settings to check), never the token.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { request } from "undici";
import type { ConfigSnapshot } from "../../api/contract/index.ts";
import { startEchoUpstream, type EchoUpstream } from "../support/echo-upstream.ts";
import { route, service, snapshot } from "../support/proxy-snapshot.ts";
import { createControlPlane, startApiProcess, type ApiProcess } from "./proxy-api.ts";
import { startInProcessProxy, type InProcessProxy } from "./proxy-inprocess.ts";

let up: EchoUpstream;
before(async () => {
  up = await startEchoUpstream();
});
after(async () => {
  await up?.close();
});

async function until(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A snapshot of `n` services with a route each (about 900 bytes of JSON per pair). */
function snapshotOf(cp: string, version: number, n: number): ConfigSnapshot {
  const services = [];
  const routes = [];
  for (let i = 0; i < n; i++) {
    const s = service({ name: `svc-${i}`, url: up.url });
    services.push(s);
    routes.push(route({ name: `r-${i}`, paths: [`/v${version}/${i}`], service: { id: s.id } }));
  }
  return snapshot(cp, version, { services, routes });
}

interface StatusBody {
  ready: boolean;
  version: number | null;
  not_ready: null | { code: string; sync_error: string | null; api_status?: number; settings?: string[] };
  sync: { last_error: null | { code: string; api_code?: string; api_status?: number; settings?: string[] } };
}

async function status(proxy: InProcessProxy): Promise<{ statusCode: number; body: StatusBody }> {
  const res = await request(`http://127.0.0.1:${proxy.app.statusPort}/status`);
  return { statusCode: res.statusCode, body: (await res.body.json()) as StatusBody };
}

describe("snapshot size and gzip (stub)", () => {
  const cap = 300_000;
  let proxy: InProcessProxy;
  before(async () => {
    proxy = await startInProcessProxy({ stub: { gzip: true }, settings: { maxSnapshotBytes: cap } });
    await proxy.publish(snapshotOf(proxy.controlPlaneId, 1, 3));
  });
  after(async () => {
    await proxy?.close();
  });

  test("polls ask for gzip and a gzip answer is served", async () => {
    assert.ok(proxy.cp.acceptEncodings.length > 0 && proxy.cp.acceptEncodings.every((a) => a === "gzip"), JSON.stringify(proxy.cp.acceptEncodings));
    assert.ok(proxy.cp.gzipped >= 1, "the snapshot went out gzip-encoded");
    const res = await request(`${proxy.base}/v1/2`);
    assert.equal(res.statusCode, 200);
    await res.body.text();
  });

  test("over PROXY_MAX_SNAPSHOT_BYTES after decompression: PROXY_SNAPSHOT_TOO_LARGE, version 1 keeps serving", async () => {
    const big = snapshotOf(proxy.controlPlaneId, 2, 600);
    const json = JSON.stringify(big);
    assert.ok(json.length > cap && gzipSync(json).length < cap, `raw ${json.length}, gzip ${gzipSync(json).length}: only the decoded size is over the cap`);
    const before = proxy.logsWithCode("PROXY_SNAPSHOT_TOO_LARGE").length;
    proxy.cp.set(big);
    await until(() => proxy.logsWithCode("PROXY_SNAPSHOT_TOO_LARGE").length > before, "PROXY_SNAPSHOT_TOO_LARGE");
    const line = proxy.logsWithCode("PROXY_SNAPSHOT_TOO_LARGE").at(-1)!;
    assert.equal(line.level, 40, "a warning");
    assert.equal(line.api_code, "API_RESPONSE_TOO_LARGE");
    assert.deepEqual(line.settings, ["PROXY_MAX_SNAPSHOT_BYTES"]);
    assert.equal(proxy.app.state.current?.version, 1);
    const res = await request(`${proxy.base}/v1/0`);
    assert.equal(res.statusCode, 200);
    await res.body.text();
    const s = await status(proxy);
    assert.equal(s.statusCode, 200);
    assert.equal(s.body.sync.last_error?.code, "PROXY_SNAPSHOT_TOO_LARGE");
  });

  test("a corrupt gzip body: PROXY_SNAPSHOT_INVALID (API_BAD_RESPONSE), version 1 keeps serving", async () => {
    const zipped = gzipSync(JSON.stringify(snapshotOf(proxy.controlPlaneId, 3, 2)));
    const before = proxy.logs.filter((l) => l.code === "PROXY_SNAPSHOT_INVALID" && l.api_code === "API_BAD_RESPONSE").length;
    proxy.cp.set({ gzipBytes: zipped.subarray(0, zipped.length - 20) });
    await until(() => proxy.logs.filter((l) => l.code === "PROXY_SNAPSHOT_INVALID" && l.api_code === "API_BAD_RESPONSE").length > before, "a rejected gzip body");
    assert.equal(proxy.app.state.current?.version, 1);
  });

  test("a snapshot under the cap afterwards is taken", async () => {
    await proxy.publish(snapshotOf(proxy.controlPlaneId, 4, 5));
    const res = await request(`${proxy.base}/v4/4`);
    assert.equal(res.statusCode, 200);
    await res.body.text();
    assert.equal(proxy.app.poller.status.lastError, null);
  });
});

describe("no configuration yet: the real API refuses the credential", () => {
  let work: string;
  let api: ApiProcess;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), "proxy-diag-"));
    api = await startApiProcess(work);
  });
  after(async () => {
    await api?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  async function refusedWith(controlPlaneId: string, dpToken: string, apiStatus: number): Promise<void> {
    const proxy = await startInProcessProxy({ controlPlane: { serverUrl: api.url, controlPlaneId, dpToken } });
    try {
      await until(() => proxy.logsWithCode("PROXY_SYNC_UNAUTHORIZED").length > 0, "PROXY_SYNC_UNAUTHORIZED");
      const sync = proxy.logsWithCode("PROXY_SYNC_UNAUTHORIZED")[0];
      assert.equal(sync.api_status, apiStatus);
      assert.deepEqual(sync.settings, ["KONNECT_DP_TOKEN", "KONNECT_CONTROL_PLANE_ID"]);
      assert.equal(typeof sync.hint, "string");

      for (let i = 0; i < 3; i++) {
        const res = await request(`${proxy.base}/anything`);
        assert.equal(res.statusCode, 503);
        await res.body.text();
      }
      const refusals = proxy.logsWithCode("PROXY_NO_CONFIG");
      assert.equal(refusals.length, 3);
      assert.equal(refusals[0].level, 40, "the first refusal is a warning");
      assert.ok(refusals.slice(1).every((l) => l.level === 20), "repeats of the same reason are debug");
      assert.equal(refusals[0].sync_error, "PROXY_SYNC_UNAUTHORIZED");
      assert.equal(refusals[0].api_status, apiStatus);
      assert.deepEqual(refusals[0].settings, ["KONNECT_DP_TOKEN", "KONNECT_CONTROL_PLANE_ID"]);

      const s = await status(proxy);
      assert.equal(s.statusCode, 503);
      assert.equal(s.body.not_ready?.code, "PROXY_NO_CONFIG");
      assert.equal(s.body.not_ready?.sync_error, "PROXY_SYNC_UNAUTHORIZED");
      assert.equal(s.body.not_ready?.api_status, apiStatus);
      assert.equal(s.body.sync.last_error?.api_status, apiStatus);
      assert.ok(!JSON.stringify(proxy.logs).includes(dpToken), "the token is never logged");
      assert.ok(!JSON.stringify(s.body).includes(dpToken), "nor shown in /status");
    } finally {
      await proxy.close();
    }
  }

  test("a token of another control plane: 403", async () => {
    const mine = await createControlPlane(api);
    const other = await createControlPlane(api);
    await refusedWith(mine.controlPlaneId, other.dpToken, 403);
  });

  test("a revoked token: 401", async () => {
    const cp = await createControlPlane(api);
    const tokens = await api.admin.dpTokens.list(cp.controlPlaneId);
    for (const t of tokens.items) await api.admin.dpTokens.revoke(cp.controlPlaneId, t.id);
    await refusedWith(cp.controlPlaneId, cp.dpToken, 401);
  });
});
