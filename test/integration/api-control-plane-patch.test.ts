// PATCH /v2/control-planes/{id}: absent leaves a field alone, explicit null unsets it (description →
// null, labels → {}, auth_type → its default, proxy_urls → []), `name: null` leaves the name alone
// (the official provider always sends name, as null when unset). On SQLite and PostgreSQL.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ControlPlane } from "../../api/contract/index.ts";
import { rawClient, type Http } from "../support/api-http.ts";
import { startApi, storeProvider, type ApiServer, type StoreKind } from "../support/api-server.ts";

for (const kind of ["sqlite", "postgresql"] as StoreKind[]) {
  const provider = await storeProvider(kind);
  describe(`PATCH control plane nulls on ${kind}`, { skip: provider.skipReason ? `PostgreSQL unavailable: ${provider.skipReason}` : false }, () => {
    let api: ApiServer;
    let http: Http;
    let n = 0;
    /** A control plane with every PATCH-able field set away from its default. */
    const fullCp = async (): Promise<ControlPlane> => {
      const res = await http("POST", "/v2/control-planes", {
        body: {
          name: `patch-${kind}-${++n}-${Date.now()}`,
          description: "set",
          labels: { env: "prod", team: "edge" },
          auth_type: "pki_client_certs",
          proxy_urls: [{ host: "gw.example", port: 443, protocol: "https" }],
        },
      });
      assert.equal(res.status, 201, res.text);
      return ControlPlane.parse(res.json);
    };
    const patch = async (id: string, body: unknown): Promise<ControlPlane> => {
      const res = await http("PATCH", `/v2/control-planes/${id}`, { body });
      assert.equal(res.status, 200, res.text);
      const cp = ControlPlane.parse(res.json);
      const got = await http("GET", `/v2/control-planes/${id}`);
      assert.deepEqual(got.json, res.json, "GET returns what PATCH answered");
      return cp;
    };
    /** The fields PATCH can change, to compare "everything else unchanged". */
    const fields = (cp: ControlPlane) => ({ name: cp.name, description: cp.description, labels: cp.labels, auth_type: cp.config.auth_type, proxy_urls: cp.config.proxy_urls });

    before(async () => {
      api = await startApi(await provider.freshStore());
      http = rawClient(api.url, api.adminToken);
    });
    after(async () => {
      await api?.close();
      await provider.stop();
    });

    it("absent fields and name: null leave everything unchanged (the official provider's update body)", async () => {
      const cp = await fullCp();
      assert.deepEqual(fields(await patch(cp.id, {})), fields(cp));
      assert.deepEqual(fields(await patch(cp.id, { name: null })), fields(cp));
    });

    it("description: null clears the description (stored NULL) and nothing else", async () => {
      const cp = await fullCp();
      const after = await patch(cp.id, { name: null, description: null });
      assert.deepEqual(fields(after), { ...fields(cp), description: null });
      const row = await api.app.store.db.prisma.controlPlane.findUniqueOrThrow({ where: { id: cp.id } });
      assert.equal(row.description, null);
      const listed = await http("GET", `/v2/control-planes?filter[name][eq]=${encodeURIComponent(cp.name)}`);
      assert.equal(listed.json.data[0].description, null);
      // and a description can be set again afterwards
      assert.equal((await patch(cp.id, { description: "again" })).description, "again");
    });

    it("labels: null removes every label; a null value inside the map still drops only that key", async () => {
      const cp = await fullCp();
      assert.deepEqual(fields(await patch(cp.id, { labels: { team: null, env: "prod" } })), { ...fields(cp), labels: { env: "prod" } });
      const cleared = await patch(cp.id, { labels: null });
      assert.deepEqual(fields(cleared), { ...fields(cp), labels: {} });
      assert.equal(await api.app.store.db.prisma.controlPlaneLabel.count({ where: { controlPlaneId: cp.id } }), 0);
    });

    it("auth_type: null and proxy_urls: null go back to what create gives without them", async () => {
      const cp = await fullCp();
      const plain = ControlPlane.parse((await http("POST", "/v2/control-planes", { body: { name: `defaults-${kind}-${Date.now()}` } })).json);
      const auth = await patch(cp.id, { auth_type: null });
      assert.deepEqual(fields(auth), { ...fields(cp), auth_type: plain.config.auth_type });
      assert.equal(auth.config.auth_type, "pinned_client_certs");
      const urls = await patch(cp.id, { proxy_urls: null });
      assert.deepEqual(fields(urls), { ...fields(cp), auth_type: plain.config.auth_type, proxy_urls: plain.config.proxy_urls });
      assert.deepEqual(urls.config.proxy_urls, []);
    });

    it("all nullable fields null at once → the create defaults; name kept; cluster_type is still refused", async () => {
      const cp = await fullCp();
      const after = await patch(cp.id, { name: null, description: null, labels: null, auth_type: null, proxy_urls: null });
      assert.deepEqual(fields(after), { name: cp.name, description: null, labels: {}, auth_type: "pinned_client_certs", proxy_urls: [] });
      const refused = await http("PATCH", `/v2/control-planes/${cp.id}`, { body: { cluster_type: null } });
      assert.equal(refused.status, 400, refused.text);
      assert.ok(refused.json.invalid_parameters.some((p: { field: string }) => p.field === "cluster_type"), refused.text);
    });
  });
}
