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
import { seedBody } from "../fixtures/seed-openid-connect.ts";
import { rawClient, type Http } from "../support/api-http.ts";
import { startApi, storeProvider, type ApiServer, type StoreKind } from "../support/api-server.ts";

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
      api = await startApi(await provider.freshStore());
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
    });
  });
}
