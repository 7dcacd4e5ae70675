// The data-plane snapshot endpoint beyond the endpoint suite, on SQLite and PostgreSQL:
//  - gzip: Accept-Encoding negotiation, the gzip body decodes to exactly the identity body, same ETag,
//    304 unchanged, one compression per version however many pollers ask at once;
//  - the node table: bounded per control plane (oldest last_ping evicted, the poll is still served),
//    old nodes expire from the listing, the in-memory write-coalescing map is bounded.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { request } from "undici";
import type { ControlPlane } from "../../api/contract/index.ts";
import { NodeRepository } from "../../api/store/nodes.ts";
import { seedBody } from "../fixtures/seed-openid-connect.ts";
import { rawClient, type Http } from "../support/api-http.ts";
import { startApi, storeProvider, type ApiServer, type StoreKind } from "../support/api-server.ts";

/** The node bound the test server runs with (small, so the bound is reached with a few polls). */
const MAX_NODES = 3;
const RETENTION_MS = 3600_000;
const SEED = { issuer: "https://idp-b.example/realms/b", clientId: "gateway-client", clientSecret: "gzip-test-secret-1", subjectTokenIssuer: "https://idp-a.example/realms/a" };

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

for (const kind of ["sqlite", "postgresql"] as StoreKind[]) {
  const provider = await storeProvider(kind);
  describe(`data-plane snapshot and nodes on ${kind}`, { skip: provider.skipReason ? `PostgreSQL unavailable: ${provider.skipReason}` : false }, () => {
    let api: ApiServer;
    let http: Http;
    let n = 0;
    const newCp = async () => {
      const res = await http("POST", "/v2/control-planes", { body: { name: `dp-${kind}-${++n}-${Date.now()}` } });
      assert.equal(res.status, 201, res.text);
      return res.json as ControlPlane;
    };
    const dpToken = async (cpId: string) => (await http("POST", `/v2/control-planes/${cpId}/dp-tokens`, { body: {} })).json.item.token as string;
    /** Raw bytes as sent (undici's request does not decode Content-Encoding). */
    const poll = async (cpId: string, token: string, headers: Record<string, string> = {}): Promise<Raw> => {
      const res = await request(`${api.url}/v2/control-planes/${cpId}/data-plane/config`, { headers: { authorization: `Bearer ${token}`, ...headers } });
      return { status: res.statusCode, headers: res.headers, body: Buffer.from(await res.body.arrayBuffer()) };
    };

    before(async () => {
      api = await startApi({ ...(await provider.freshStore()), maxNodesPerControlPlane: MAX_NODES, nodeRetentionMs: RETENTION_MS });
      http = rawClient(api.url, api.adminToken);
    });
    after(async () => {
      await api?.close();
      await provider.stop();
    });

    describe("gzip", () => {
      it("Accept-Encoding: gzip → Content-Encoding: gzip, Vary, same ETag; the body decodes to exactly the identity body", async () => {
        const cp = await newCp();
        const token = await dpToken(cp.id);
        await http("POST", `/v2/control-planes/${cp.id}/core-entities/plugins`, { body: JSON.parse(seedBody(SEED)) });
        const plain = await poll(cp.id, token);
        assert.equal(plain.status, 200);
        assert.equal(plain.headers["content-encoding"], undefined, "no Accept-Encoding: identity, as older proxies expect");
        assert.equal(plain.headers.vary, "Accept-Encoding");
        const zipped = await poll(cp.id, token, { "accept-encoding": "gzip" });
        assert.equal(zipped.status, 200);
        assert.equal(zipped.headers["content-encoding"], "gzip");
        assert.equal(zipped.headers.vary, "Accept-Encoding");
        assert.equal(zipped.headers.etag, plain.headers.etag);
        assert.equal(zipped.headers["content-type"], plain.headers["content-type"]);
        assert.equal(zipped.headers["cache-control"], "no-store");
        assert.equal(Number(zipped.headers["content-length"]), zipped.body.length);
        assert.ok(zipped.body.length < plain.body.length, `gzip ${zipped.body.length} B vs identity ${plain.body.length} B`);
        assert.ok(gunzipSync(zipped.body).equals(plain.body), "gzip body decodes to the identity body byte for byte");
        assert.equal(JSON.parse(plain.body.toString("utf8")).plugins.length, 1);
      });

      it("q-values: gzip;q=0 and identity ranked higher refuse gzip; *, x-gzip and lists accept it", async () => {
        const cp = await newCp();
        const token = await dpToken(cp.id);
        const cases: [string, boolean][] = [
          ["gzip;q=0", false],
          ["gzip; q=0.000, deflate", false],
          ["br, deflate", false],
          ["identity", false],
          ["*;q=0", false],
          ["gzip;q=0, *", false],
          ["identity;q=1, gzip;q=0.5", false],
          ["gzip", true],
          ["GZIP;Q=0.5", true],
          ["deflate, gzip;q=1.0, br", true],
          ["x-gzip", true],
          ["*", true],
          ["gzip;q=0.001", true],
        ];
        for (const [header, gz] of cases) {
          const res = await poll(cp.id, token, { "accept-encoding": header });
          assert.equal(res.status, 200, header);
          assert.equal(res.headers["content-encoding"], gz ? "gzip" : undefined, `Accept-Encoding: ${header}`);
          const text = gz ? gunzipSync(res.body).toString("utf8") : res.body.toString("utf8");
          assert.equal(JSON.parse(text).control_plane_id, cp.id, header);
        }
      });

      it("ETag/304 unchanged with gzip: If-None-Match on the gzip ETag → 304 without a body", async () => {
        const cp = await newCp();
        const token = await dpToken(cp.id);
        const first = await poll(cp.id, token, { "accept-encoding": "gzip" });
        const etag = String(first.headers.etag);
        for (const enc of ["gzip", "identity", undefined]) {
          const res = await poll(cp.id, token, { "if-none-match": etag, ...(enc ? { "accept-encoding": enc } : {}) });
          assert.equal(res.status, 304, String(enc));
          assert.equal(res.body.length, 0);
          assert.equal(res.headers.etag, etag);
          assert.equal(res.headers["content-encoding"], undefined);
        }
      });

      it("concurrent pollers of a new version trigger one compression; a new version is compressed again", async () => {
        const cp = await newCp();
        const token = await dpToken(cp.id);
        const stats = api.app.store.snapshots.stats;
        const first = await poll(cp.id, token, { "accept-encoding": "gzip" });
        await http("POST", `/v2/control-planes/${cp.id}/core-entities/consumers`, { body: { username: "after" } });
        const before = stats.compressions;
        const polls = await Promise.all(Array.from({ length: 24 }, () => poll(cp.id, token, { "accept-encoding": "gzip", "if-none-match": String(first.headers.etag) })));
        assert.equal(stats.compressions - before, 1, "one compression for 24 concurrent pollers");
        for (const p of polls) {
          assert.equal(p.status, 200);
          assert.equal(p.headers["content-encoding"], "gzip");
          assert.ok(p.body.equals(polls[0].body), "every poller got the same bytes");
        }
        const snap = JSON.parse(gunzipSync(polls[0].body).toString("utf8"));
        assert.equal(`"${snap.version}"`, polls[0].headers.etag);
        assert.equal(snap.consumers[0].username, "after");
        // Identity pollers do not compress; a repeat gzip poll reuses the bytes.
        await poll(cp.id, token);
        await poll(cp.id, token, { "accept-encoding": "gzip" });
        assert.equal(stats.compressions - before, 1);
        await http("POST", `/v2/control-planes/${cp.id}/core-entities/consumers`, { body: { username: "later" } });
        const next = await poll(cp.id, token, { "accept-encoding": "gzip" });
        assert.equal(stats.compressions - before, 2);
        assert.equal(JSON.parse(gunzipSync(next.body).toString("utf8")).consumers.length, 2);
      });

      it("with the version cache off (NOTIFY channel down), every fetch rebuilds but a version is still compressed once", async (t) => {
        const cp = await newCp();
        const token = await dpToken(cp.id);
        const versions = api.app.store.versions;
        versions.trustCache = false;
        t.after(() => {
          versions.trustCache = true;
        });
        const stats = api.app.store.snapshots.stats;
        const before = stats.compressions;
        const a = await poll(cp.id, token, { "accept-encoding": "gzip" });
        const b = await poll(cp.id, token, { "accept-encoding": "gzip" });
        assert.equal(a.headers.etag, b.headers.etag);
        assert.ok(a.body.equals(b.body));
        assert.equal(stats.compressions - before, 1);
        await http("POST", `/v2/control-planes/${cp.id}/core-entities/consumers`, { body: { username: "uncached" } });
        const c = await poll(cp.id, token, { "accept-encoding": "gzip" });
        assert.notEqual(c.headers.etag, a.headers.etag);
        assert.equal(JSON.parse(gunzipSync(c.body).toString("utf8")).consumers[0].username, "uncached");
        assert.equal(stats.compressions - before, 2);
      });
    });

    describe("node table bounds", () => {
      const prisma = () => api.app.store.db.prisma;
      const nodeHeaders = (id: string) => ({ "x-node-id": id, "x-node-hostname": `host-${id}`, "x-node-version": "0.1.0" });
      const listIds = async (cpId: string) => {
        const res = await http("GET", `/v2/control-planes/${cpId}/nodes`);
        assert.equal(res.status, 200, res.text);
        return { ids: (res.json.items as { id: string }[]).map((n) => n.id).sort(), total: res.json.page.total_count as number };
      };
      /** Polls as a node and waits for its row (heartbeats are written after the answer). */
      const pollAs = async (cpId: string, token: string, id: string) => {
        const res = await poll(cpId, token, nodeHeaders(id));
        assert.equal(res.status, 200, "the poll is served whatever the node table holds");
        assert.equal(JSON.parse(res.body.toString("utf8")).control_plane_id, cpId);
        await waitUntil(async () => (await prisma().node.count({ where: { controlPlaneId: cpId, id } })) === 1);
      };
      const setLastPing = (cpId: string, id: string, at: Date) => prisma().node.update({ where: { controlPlaneId_id: { controlPlaneId: cpId, id } }, data: { lastPing: at } });

      it("a new node past the bound evicts the one with the oldest last_ping; other control planes are untouched", async () => {
        const [cp, other] = [await newCp(), await newCp()];
        const [token, otherToken] = [await dpToken(cp.id), await dpToken(other.id)];
        for (const id of ["n1", "n2", "n3"]) await pollAs(cp.id, token, id);
        await pollAs(other.id, otherToken, "o1");
        const now = Date.now();
        await setLastPing(cp.id, "n1", new Date(now - 20_000));
        await setLastPing(cp.id, "n2", new Date(now - 60_000)); // the oldest
        await setLastPing(cp.id, "n3", new Date(now - 40_000));
        const evictedBefore = api.app.store.nodes.stats.evicted;
        await pollAs(cp.id, token, "n4");
        // The eviction runs in its own transaction after the insert: wait for it.
        await waitUntil(() => api.app.store.nodes.stats.evicted - evictedBefore >= 1);
        assert.deepEqual(await listIds(cp.id), { ids: ["n1", "n3", "n4"], total: MAX_NODES });
        assert.equal(api.app.store.nodes.stats.evicted - evictedBefore, 1);
        assertStatus(await http("GET", `/v2/control-planes/${cp.id}/nodes/n2`), 404);
        assert.deepEqual(await listIds(other.id), { ids: ["o1"], total: 1 });
        // An existing node's heartbeat never evicts: n1 polls again (new hostname → a write), count unchanged.
        await poll(cp.id, token, { ...nodeHeaders("n1"), "x-node-hostname": "moved" });
        await waitUntil(async () => (await http("GET", `/v2/control-planes/${cp.id}/nodes/n1`)).json?.item?.hostname === "moved");
        assert.deepEqual(await listIds(cp.id), { ids: ["n1", "n3", "n4"], total: MAX_NODES });
      });

      it("a flood of new node ids keeps the table at the bound and every poll is answered", async () => {
        const cp = await newCp();
        const token = await dpToken(cp.id);
        const evictedBefore = api.app.store.nodes.stats.evicted;
        const polls = await Promise.all(Array.from({ length: 30 }, (_, i) => poll(cp.id, token, nodeHeaders(`flood-${i}`))));
        for (const p of polls) assert.equal(p.status, 200);
        // Heartbeats are written after the answers: wait for all 30 (27 evictions), then the table is exactly at the bound.
        await waitUntil(() => api.app.store.nodes.stats.evicted - evictedBefore >= 27);
        await new Promise((r) => setTimeout(r, 200));
        const rows = await prisma().node.count({ where: { controlPlaneId: cp.id } });
        assert.equal(rows, MAX_NODES, `${rows} rows for 30 node ids, bound ${MAX_NODES} (neither above it nor emptied by concurrent evictions)`);
        assert.equal((await listIds(cp.id)).total, MAX_NODES);
      });

      it("nodes not seen within the retention are hidden (list, get, delete → 404) and purged when a new node arrives", async () => {
        const cp = await newCp();
        const token = await dpToken(cp.id);
        const old = new Date(Date.now() - RETENTION_MS - 60_000);
        await prisma().node.create({ data: { controlPlaneId: cp.id, id: "stale", hostname: "h", version: "0.0.1", type: "kong-proxy", configHash: "", lastPing: old, createdAt: old, updatedAt: old } });
        const expiredBefore = api.app.store.nodes.stats.expired;
        await pollAs(cp.id, token, "fresh");
        // "fresh" was new: the prune after its insert purges the expired row.
        await waitUntil(() => api.app.store.nodes.stats.expired - expiredBefore >= 1);
        assert.equal(api.app.store.nodes.stats.expired - expiredBefore, 1);
        assert.equal(await prisma().node.count({ where: { controlPlaneId: cp.id, id: "stale" } }), 0);
        await prisma().node.create({ data: { controlPlaneId: cp.id, id: "stale2", hostname: "h", version: "0.0.1", type: "kong-proxy", configHash: "", lastPing: old, createdAt: old, updatedAt: old } });
        assert.deepEqual(await listIds(cp.id), { ids: ["fresh"], total: 1 });
        assertStatus(await http("GET", `/v2/control-planes/${cp.id}/nodes/stale2`), 404);
        assertStatus(await http("DELETE", `/v2/control-planes/${cp.id}/nodes/stale2`), 404);
        assert.equal(await prisma().node.count({ where: { controlPlaneId: cp.id, id: "stale2" } }), 0, "the expired row is removed by the DELETE");
        assertStatus(await http("DELETE", `/v2/control-planes/${cp.id}/nodes/fresh`), 204);
      });

      it("the write-coalescing memory is bounded (LRU); a forgotten node costs one more write", async () => {
        const cp = await newCp();
        const nodes = new NodeRepository(api.app.store.context, { resolutionMs: 60_000, maxPerControlPlane: MAX_NODES, memoryMax: 4 });
        for (let i = 0; i < 12; i++) await nodes.heartbeat(cp.id, { id: `m${i}`, hostname: "h", version: "1", configHash: "" });
        assert.equal(nodes.remembered, 4);
        assert.equal(nodes.stats.writes, 12);
        assert.equal(await prisma().node.count({ where: { controlPlaneId: cp.id } }), MAX_NODES);
        await nodes.heartbeat(cp.id, { id: "m11", hostname: "h", version: "1", configHash: "" });
        assert.equal(nodes.stats.writes, 12, "a remembered node within the resolution is not written again");
        await nodes.heartbeat(cp.id, { id: "m0", hostname: "h", version: "1", configHash: "" });
        assert.equal(nodes.stats.writes, 13, "a forgotten node is written again");
        assert.equal(nodes.remembered, 4);
      });

      it("limits are validated", () => {
        assert.throws(() => new NodeRepository(api.app.store.context, { maxPerControlPlane: 0 }), /maxPerControlPlane/);
        assert.throws(() => new NodeRepository(api.app.store.context, { retentionMs: Number.NaN }), /retentionMs/);
      });
    });
  });
}

function assertStatus(res: { status: number; text: string }, status: number): void {
  assert.equal(res.status, status, res.text.slice(0, 300));
}

async function waitUntil(cond: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}
