// The API endpoint suite, written once and run against each store (SQLite and PostgreSQL):
// test/integration/api-endpoints-sqlite.test.ts and api-endpoints-postgres.test.ts call it.
// One server per store; every test creates its own control planes, so tests do not depend on each other.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { ConfigSnapshot, ControlPlane, DpToken, Node, Plugin, Route, Service } from "../../api/contract/index.ts";
import { seedBody } from "../fixtures/seed-openid-connect.ts";
import { rawClient, type Http, type RawResponse } from "./api-http.ts";
import { startApi, storeProvider, type ApiServer, type StoreKind } from "./api-server.ts";
import { countNulls, providerOidcCreateBody, providerOidcUpdateBody } from "./konnect-provider-bodies.ts";

const PROBLEM_JSON = /^application\/problem\+json/;
const PLAIN_JSON = /^application\/json/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Asserts status, content type, our code and (optionally) one invalid parameter's field. */
function assertProblem(res: RawResponse, status: number, code: string, opts: { field?: string; rule?: string; problemJson?: boolean } = {}) {
  assert.equal(res.status, status, `expected ${status} ${code}, got ${res.status}: ${res.text.slice(0, 400)}`);
  assert.match(res.contentType, opts.problemJson === false ? PLAIN_JSON : opts.problemJson ? PROBLEM_JSON : /^application\/(problem\+)?json/);
  assert.equal(res.json?.code, code, res.text.slice(0, 400));
  assert.equal(res.json?.status, status);
  assert.equal(typeof res.json?.message, "string");
  if (opts.field !== undefined) {
    const fields = (res.json.invalid_parameters ?? []).map((p: { field: string }) => p.field);
    assert.ok(fields.includes(opts.field), `expected invalid_parameters to name ${opts.field}, got ${JSON.stringify(res.json.invalid_parameters)}`);
    if (opts.rule) {
      const p = res.json.invalid_parameters.find((x: { field: string }) => x.field === opts.field);
      assert.equal(p.rule, opts.rule, JSON.stringify(p));
    }
  }
}

const SEED = { issuer: "https://idp-b.example/realms/b", clientId: "gateway-client", clientSecret: "seed-client-secret-7f3a9c", subjectTokenIssuer: "https://idp-a.example/realms/a" };

export async function endpointSuite(kind: StoreKind): Promise<void> {
  const provider = await storeProvider(kind);
  const logLines: string[] = [];
  const logSink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(chunk.toString());
      cb();
    },
  });

  describe(`API endpoints on ${kind}`, { skip: provider.skipReason ? `PostgreSQL unavailable: ${provider.skipReason}` : false }, () => {
    let api: ApiServer;
    let http: Http;
    const cpPath = (id: string) => `/v2/control-planes/${id}`;
    const core = (id: string, rest: string) => `/v2/control-planes/${id}/core-entities/${rest}`;
    let cpCounter = 0;
    const newCp = async (extra: Record<string, unknown> = {}) => {
      const res = await http("POST", "/v2/control-planes", { body: { name: `${kind}-cp-${++cpCounter}-${Date.now()}`, ...extra } });
      assert.equal(res.status, 201, res.text);
      return res.json as ControlPlane;
    };
    const version = async (cpId: string) => (await api.app.store.db.prisma.controlPlane.findUniqueOrThrow({ where: { id: cpId } })).configVersion;

    before(async () => {
      const store = await provider.freshStore();
      api = await startApi({ ...store, logDestination: logSink, logLevel: "debug" });
      http = rawClient(api.url, api.adminToken);
    });
    after(async () => {
      await api?.close();
      await provider.stop();
    });

    // ---- authentication ---------------------------------------------------------------------------
    describe("authentication", () => {
      it("401 without a token: problem+json with message/status on control-plane paths", async () => {
        const res = await http("GET", "/v2/control-planes", { token: null });
        assertProblem(res, 401, "ERR_UNAUTHORIZED", { problemJson: true });
        assert.match(String(res.headers["www-authenticate"]), /^Bearer/);
      });

      it("401 on core-entity paths is plain application/json {message, status}", async () => {
        const cp = await newCp();
        for (const token of [null, "kpat_unknownunknownunknownunknown", "not-a-token"]) {
          const res = await http("GET", core(cp.id, "services"), { token });
          assertProblem(res, 401, "ERR_UNAUTHORIZED", { problemJson: false });
        }
        const basic = await http("GET", core(cp.id, "services"), { token: null, headers: { authorization: "Basic dXNlcjpwYXNz" } });
        assertProblem(basic, 401, "ERR_UNAUTHORIZED", { problemJson: false });
      });

      it("system-account tokens work; revoked admin tokens stop working at once", async () => {
        const { token } = await api.app.store.tokens.createAdmin("spat", "suite-spat");
        assert.match(token, /^spat_/);
        assert.equal((await http("GET", "/v2/control-planes", { token })).status, 200);
        assert.equal(await api.app.store.tokens.revokeAdmin("suite-spat"), 1);
        assertProblem(await http("GET", "/v2/control-planes", { token }), 401, "ERR_UNAUTHORIZED");
      });

      it("kdp tokens are refused on admin endpoints, admin tokens on the data-plane endpoint", async () => {
        const cp = await newCp();
        const dp = (await http("POST", `${cpPath(cp.id)}/dp-tokens`, { body: { name: "p" } })).json.item;
        assertProblem(await http("GET", "/v2/control-planes", { token: dp.token }), 403, "ERR_FORBIDDEN", { problemJson: true });
        assertProblem(await http("GET", core(cp.id, "services"), { token: dp.token }), 403, "ERR_FORBIDDEN", { problemJson: false });
        assertProblem(await http("POST", `${cpPath(cp.id)}/dp-tokens`, { token: dp.token, body: {} }), 403, "ERR_FORBIDDEN");
        assertProblem(await http("GET", `${cpPath(cp.id)}/data-plane/config`), 403, "ERR_FORBIDDEN");
      });
    });

    // ---- control planes -----------------------------------------------------------------------------
    describe("control planes", () => {
      it("create returns the contract shape (RFC 3339, null description, {} labels, our URL as endpoints)", async () => {
        const res = await http("POST", "/v2/control-planes", { body: { name: `shape-${kind}` } });
        assert.equal(res.status, 201);
        assert.match(res.contentType, PLAIN_JSON);
        const cp = ControlPlane.parse(res.json);
        assert.equal(cp.description, null);
        assert.deepEqual(cp.labels, {});
        assert.equal(cp.config.control_plane_endpoint, api.url);
        assert.equal(cp.config.telemetry_endpoint, api.url);
        assert.equal(cp.config.cluster_type, "CLUSTER_TYPE_CONTROL_PLANE");
        assert.ok(!Number.isNaN(Date.parse(cp.created_at)) && /T.*Z$/.test(cp.created_at));
        assert.deepEqual((await http("GET", cpPath(cp.id))).json, cp);
      });

      it("PATCH: a null name is left alone, labels replace, null label values drop", async () => {
        const cp = await newCp({ description: "d1", labels: { env: "dev", team: "a" } });
        const res = await http("PATCH", cpPath(cp.id), { body: { name: null, description: "d2", labels: { env: "prod", team: null } } });
        assert.equal(res.status, 200, res.text);
        assert.equal(res.json.name, cp.name);
        assert.equal(res.json.description, "d2");
        assert.deepEqual(res.json.labels, { env: "prod" });
      });

      it("duplicate names → 409 problem+json naming name (create and rename)", async () => {
        const a = await newCp();
        const b = await newCp();
        assertProblem(await http("POST", "/v2/control-planes", { body: { name: a.name } }), 409, "ERR_CONFLICT", { field: "name", problemJson: true });
        assertProblem(await http("PATCH", cpPath(b.id), { body: { name: a.name } }), 409, "ERR_CONFLICT", { field: "name", problemJson: true });
      });

      it("bad bodies → 400 problem+json with invalid_parameters", async () => {
        assertProblem(await http("POST", "/v2/control-planes", { body: { name: "x" } }), 400, "ERR_VALIDATION", { field: "name", rule: "min_length", problemJson: true });
        assertProblem(await http("POST", "/v2/control-planes", { body: { name: "okname", nmae: 1 } }), 400, "ERR_VALIDATION", { field: "nmae", rule: "unknown_property" });
        assertProblem(await http("POST", "/v2/control-planes", { body: { description: "no name" } }), 400, "ERR_VALIDATION", { field: "name", rule: "required" });
        assertProblem(await http("POST", "/v2/control-planes", { body: { name: 42 } }), 400, "ERR_VALIDATION", { field: "name", rule: "is_string" });
        const reserved = await http("POST", "/v2/control-planes", { body: { name: "labels-bad", labels: { konghq: "x" } } });
        assertProblem(reserved, 400, "ERR_VALIDATION");
        assert.ok(reserved.json.invalid_parameters.some((p: { field: string }) => p.field.startsWith("labels")), reserved.text);
        assertProblem(await http("POST", "/v2/control-planes", { body: { name: "labels-bad", labels: { env: "-bad-" } } }), 400, "ERR_VALIDATION", { field: "labels.env" });
        assertProblem(await http("POST", "/v2/control-planes", { body: { name: "ct", cluster_type: "CLUSTER_TYPE_NOPE" } }), 400, "ERR_VALIDATION", { field: "cluster_type", rule: "enum" });
      });

      it("list: paging, filters, labels, sort, and every parameter validated", async () => {
        const tag = `lst${kind}${Date.now()}`;
        const made = [];
        for (const [i, env] of ["dev", "prod", "dev"].entries()) made.push(await newCp({ name: `${tag}-${i}`, labels: { env, suite: tag } }));
        const page1 = await http("GET", `/v2/control-planes?page[size]=2&page[number]=1&filter[name][contains]=${tag}&sort=name`);
        assert.equal(page1.status, 200, page1.text);
        assert.deepEqual(page1.json.meta.page, { number: 1, size: 2, total: 3 });
        assert.deepEqual(page1.json.data.map((c: ControlPlane) => c.name), [`${tag}-0`, `${tag}-1`]);
        const page2 = await http("GET", `/v2/control-planes?page[size]=2&page[number]=2&filter[name][contains]=${tag}&sort=name`);
        assert.deepEqual(page2.json.data.map((c: ControlPlane) => c.name), [`${tag}-2`]);
        const desc = await http("GET", `/v2/control-planes?filter[name][contains]=${tag}&sort=-created_at`);
        assert.deepEqual(desc.json.data.map((c: ControlPlane) => c.name), [`${tag}-2`, `${tag}-1`, `${tag}-0`]);
        const eq = await http("GET", `/v2/control-planes?filter[name][eq]=${tag}-1`);
        assert.deepEqual(eq.json.data.map((c: ControlPlane) => c.id), [made[1].id]);
        const neq = await http("GET", `/v2/control-planes?filter[name][contains]=${tag}&filter[name][neq]=${tag}-1`);
        assert.equal(neq.json.meta.page.total, 2);
        const labelled = await http("GET", `/v2/control-planes?labels=${encodeURIComponent(`suite:${tag},env:dev`)}&sort=name`);
        assert.deepEqual(labelled.json.data.map((c: ControlPlane) => c.name), [`${tag}-0`, `${tag}-2`]);
        const exists = await http("GET", `/v2/control-planes?labels=${encodeURIComponent(`suite:${tag},env`)}`);
        assert.equal(exists.json.meta.page.total, 3);
        // LIKE wildcards in a contains filter are literal characters.
        assert.equal((await http("GET", `/v2/control-planes?filter[name][contains]=${encodeURIComponent("%")}`)).json.meta.page.total, 0);
        assert.equal((await http("GET", `/v2/control-planes?filter[name][contains]=${tag}_`)).json.meta.page.total, 0);

        assertProblem(await http("GET", "/v2/control-planes?page[size]=0"), 400, "ERR_INVALID_PARAMETER", { field: "page[size]", problemJson: true });
        assertProblem(await http("GET", "/v2/control-planes?page[size]=101"), 400, "ERR_INVALID_PARAMETER", { field: "page[size]" });
        assertProblem(await http("GET", "/v2/control-planes?page[size]=abc"), 400, "ERR_INVALID_PARAMETER", { field: "page[size]" });
        assertProblem(await http("GET", "/v2/control-planes?page[number]=0"), 400, "ERR_INVALID_PARAMETER", { field: "page[number]" });
        assertProblem(await http("GET", "/v2/control-planes?sort=bogus"), 400, "ERR_INVALID_PARAMETER", { field: "sort" });
        assertProblem(await http("GET", "/v2/control-planes?filter[nmae][eq]=x"), 400, "ERR_INVALID_PARAMETER", { field: "filter[nmae][eq]", rule: "unknown_property" });
        assertProblem(await http("GET", "/v2/control-planes?filter[id][eq]=nope"), 400, "ERR_INVALID_PARAMETER", { field: "filter[id][eq]" });
      });

      it("invalid UUID in the path → 400 naming controlPlaneId; unknown id → 404 problem+json", async () => {
        assertProblem(await http("GET", "/v2/control-planes/not-a-uuid"), 400, "ERR_INVALID_PARAMETER", { field: "controlPlaneId", problemJson: true });
        assertProblem(await http("GET", core("not-a-uuid", "services")), 400, "ERR_INVALID_PARAMETER", { field: "controlPlaneId", problemJson: false });
        assertProblem(await http("GET", cpPath("00000000-0000-4000-8000-000000000000")), 404, "ERR_NOT_FOUND", { problemJson: true });
        assertProblem(await http("DELETE", cpPath("00000000-0000-4000-8000-000000000000")), 404, "ERR_NOT_FOUND", { problemJson: true });
        assertProblem(await http("GET", core("00000000-0000-4000-8000-000000000000", "services")), 404, "ERR_NOT_FOUND", { problemJson: false });
      });

      // Were 404 "no route": PATCH on an existing service read as "this service does not exist".
      it("an unsupported method on an existing path → 405 with Allow, in the path family's content type; PATCH on core entities points to PUT", async () => {
        const cp = await newCp();
        const svc = (await http("POST", core(cp.id, "services"), { body: { name: "m", host: "a.example" } })).json;
        const patch = await http("PATCH", core(cp.id, `services/${svc.id}`), { body: { host: "b.example" } });
        assertProblem(patch, 405, "ERR_METHOD_NOT_ALLOWED", { problemJson: false });
        assert.equal(patch.headers.allow, "DELETE, GET, HEAD, PUT");
        assert.match(patch.json.message, /\bPUT\b/, "says what to use instead");
        assert.equal((await http("GET", core(cp.id, `services/${svc.id}`))).json.host, "a.example", "nothing changed");
        assert.equal((await http("PATCH", core(cp.id, `services/${svc.id}/`), { body: {} })).status, 405, "trailing slash as the router treats it");
        const post = await http("POST", core(cp.id, `services/${svc.id}`), { body: {} });
        assertProblem(post, 405, "ERR_METHOD_NOT_ALLOWED", { problemJson: false });
        assert.equal(post.headers.allow, "DELETE, GET, HEAD, PUT");
        assert.equal((await http("DELETE", core(cp.id, "services"))).headers.allow, "GET, HEAD, POST");
        const cps = await http("PATCH", "/v2/control-planes", { body: {} });
        assertProblem(cps, 405, "ERR_METHOD_NOT_ALLOWED", { problemJson: true });
        assert.equal(cps.headers.allow, "GET, HEAD, POST");
        const put = await http("PUT", cpPath(cp.id), { body: { name: "x" } });
        assertProblem(put, 405, "ERR_METHOD_NOT_ALLOWED", { problemJson: true });
        assert.equal(put.headers.allow, "DELETE, GET, HEAD, PATCH");
        assertProblem(await http("POST", `${cpPath(cp.id)}/data-plane/config`, { body: {} }), 405, "ERR_METHOD_NOT_ALLOWED", { problemJson: true });
        assertProblem(await http("OPTIONS", `${cpPath(cp.id)}/dp-tokens`), 405, "ERR_METHOD_NOT_ALLOWED", { problemJson: true });
        // Paths that do not exist stay 404.
        assertProblem(await http("PATCH", core(cp.id, `servics/${svc.id}`), { body: {} }), 404, "ERR_NOT_FOUND", { problemJson: false });
        assertProblem(await http("GET", "/v2/nothing-here"), 404, "ERR_NOT_FOUND");
      });

      it("malformed JSON → 400, oversized body → 413, wrong media type → 415", async () => {
        assertProblem(await http("POST", "/v2/control-planes", { body: '{"name": "x",' }), 400, "ERR_INVALID_JSON", { problemJson: true });
        // Valid JSON with a prototype-polluting key: refused, naming the key's path.
        assertProblem(await http("POST", "/v2/control-planes", { body: '{"__proto__": {"x": 1}, "name": "abc"}' }), 400, "ERR_VALIDATION", { field: "__proto__", rule: "invalid" });
        assertProblem(await http("POST", "/v2/control-planes", { body: '{"name": "abc", "labels": {"__proto__": "x"}}' }), 400, "ERR_VALIDATION", { field: "labels.__proto__", problemJson: true });
        assertProblem(await http("POST", "/v2/control-planes", { body: '{"name": "abc", "labels": {"constructor": {"prototype": {}}}}' }), 400, "ERR_VALIDATION", { field: "labels.constructor.prototype" });
        const big = JSON.stringify({ name: "big", description: "x".repeat(2 * 1024 * 1024) });
        assertProblem(await http("POST", "/v2/control-planes", { body: big }), 413, "ERR_PAYLOAD_TOO_LARGE", { problemJson: true });
        assertProblem(await http("POST", "/v2/control-planes", { body: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415, "ERR_UNSUPPORTED_MEDIA_TYPE");
        const cp = await newCp();
        assertProblem(await http("POST", core(cp.id, "services"), { body: "[1," }), 400, "ERR_INVALID_JSON", { problemJson: false });
        assertProblem(await http("POST", core(cp.id, "services"), { body: '{"name": "s", "host": "a.example", "tags": ["t"], "x": [{"__proto__": 1}]}' }), 400, "ERR_VALIDATION", { field: "x.0.__proto__", problemJson: false });
        // "constructor" alone is an ordinary key (an unknown field here, refused by the contract as such).
        assertProblem(await http("POST", core(cp.id, "services"), { body: '{"name": "s2", "host": "a.example", "constructor": 1}' }), 400, "ERR_VALIDATION", { field: "constructor" });
      });

      it("deleting a control plane removes everything under it", async () => {
        const cp = await newCp();
        const svc = (await http("POST", core(cp.id, "services"), { body: { name: "s", host: "a.example" } })).json;
        await http("POST", core(cp.id, "routes"), { body: { paths: ["/x"], service: { id: svc.id } } });
        await http("POST", core(cp.id, "plugins"), { body: JSON.parse(seedBody(SEED)) });
        const dp = (await http("POST", `${cpPath(cp.id)}/dp-tokens`, { body: {} })).json.item;
        assert.equal((await http("DELETE", cpPath(cp.id))).status, 204);
        assertProblem(await http("GET", cpPath(cp.id)), 404, "ERR_NOT_FOUND", { problemJson: true });
        const prisma = api.app.store.db.prisma;
        const counts = await Promise.all([prisma.service.count({ where: { controlPlaneId: cp.id } }), prisma.route.count({ where: { controlPlaneId: cp.id } }), prisma.plugin.count({ where: { controlPlaneId: cp.id } }), prisma.dpToken.count({ where: { controlPlaneId: cp.id } })]);
        assert.deepEqual(counts, [0, 0, 0, 0]);
        const poll = await http("GET", `${cpPath(cp.id)}/data-plane/config`, { token: dp.token });
        assert.ok([401, 404].includes(poll.status), `${poll.status} ${poll.text}`);
      });
    });

    // ---- core entities ------------------------------------------------------------------------------
    describe("core entities", () => {
      it("services: POST 201 bare entity with defaults and integer timestamps; GET; PUT replaces; DELETE 204", async () => {
        const cp = await newCp();
        const res = await http("POST", core(cp.id, "services"), { body: { name: "svc-a", url: "https://api.internal:8443/v1" } });
        assert.equal(res.status, 201, res.text);
        const svc = Service.parse(res.json);
        assert.deepEqual([svc.protocol, svc.host, svc.port, svc.path, svc.retries, svc.enabled, svc.tags], ["https", "api.internal", 8443, "/v1", 5, true, null]);
        assert.ok(Number.isInteger(svc.created_at) && svc.created_at > 1_600_000_000);
        assert.ok(!("url" in res.json), "url is write-only");
        assert.deepEqual((await http("GET", core(cp.id, `services/${svc.id}`))).json, res.json);
        // Full replace: what the PUT leaves out goes back to its default; explicit null = unset.
        const put = await http("PUT", core(cp.id, `services/${svc.id}`), { body: { name: "svc-a", host: "other.internal", path: null, port: null, retries: 2 } });
        assert.equal(put.status, 200, put.text);
        assert.deepEqual([put.json.protocol, put.json.host, put.json.port, put.json.path, put.json.retries], ["http", "other.internal", 80, null, 2]);
        assert.equal(put.json.created_at, svc.created_at);
        assert.equal((await http("DELETE", core(cp.id, `services/${svc.id}`))).status, 204);
        assertProblem(await http("GET", core(cp.id, `services/${svc.id}`)), 404, "ERR_NOT_FOUND", { problemJson: false });
        assertProblem(await http("DELETE", core(cp.id, `services/${svc.id}`)), 404, "ERR_NOT_FOUND", { problemJson: false });
      });

      it("PUT to an unknown id creates the entity with that id (Kong semantics); body id must match", async () => {
        const cp = await newCp();
        const id = "3f0e8a52-3c55-4b7a-9a57-0b9a1c1f2a11";
        const res = await http("PUT", core(cp.id, `consumers/${id}`), { body: { username: "put-created" } });
        assert.equal(res.status, 200, res.text);
        assert.equal(res.json.id, id);
        assert.equal((await http("GET", core(cp.id, `consumers/${id}`))).json.username, "put-created");
        assertProblem(await http("PUT", core(cp.id, `consumers/${id}`), { body: { id: "6c8a5cd7-6f0c-4a53-8a8e-9b1e53b59c2e", username: "x" } }), 400, "ERR_VALIDATION", { field: "id" });
      });

      // Were stored as given: PUT …/{UPPER} made a second entity beside the lower-case one, and GET with
      // the upper-case id of an existing entity answered 404 (Terraform imports with upper-case ids).
      it("UUIDs in any case address one entity: path ids, body ids and references are stored and returned lower-case", async () => {
        const cp = await newCp();
        const CP = cp.id.toUpperCase();
        const id = "5A1C2B3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D";
        const created = await http("PUT", core(CP, `services/${id}`), { body: { id, name: "upper", host: "a.example" } });
        assert.equal(created.status, 200, created.text);
        assert.equal(created.json.id, id.toLowerCase());
        for (const spelled of [id, id.toLowerCase(), "5a1c2b3d-4E5F-4a6b-8C7D-9e0f1a2b3c4d"]) {
          const got = await http("GET", core(cp.id, `services/${spelled}`));
          assert.equal(got.status, 200, `GET ${spelled}: ${got.text}`);
          assert.equal(got.json.id, id.toLowerCase());
        }
        // The lower-case spelling updates the same entity instead of creating a twin.
        const again = await http("PUT", core(cp.id, `services/${id.toLowerCase()}`), { body: { name: "upper", host: "b.example" } });
        assert.equal(again.status, 200, again.text);
        assert.equal(again.json.created_at, created.json.created_at);
        assert.deepEqual((await http("GET", core(cp.id, "services"))).json.data.map((x: Service) => x.id), [id.toLowerCase()]);
        assertProblem(await http("POST", core(cp.id, "services"), { body: { id: id.toLowerCase(), host: "c.example" } }), 409, "ERR_CONFLICT", { field: "id" });
        // References: stored lower-case, so the route belongs to the service whatever the spelling.
        const route = await http("POST", core(CP, "routes"), { body: { name: "r", paths: ["/u"], service: { id } } });
        assert.equal(route.status, 201, route.text);
        assert.deepEqual(route.json.service, { id: id.toLowerCase() });
        const nested = await http("POST", core(cp.id, `services/${id}/routes`), { body: { name: "r2", paths: ["/v"], service: { id: id.toLowerCase() } } });
        assert.equal(nested.status, 201, nested.text);
        assert.deepEqual(nested.json.service, { id: id.toLowerCase() });
        const listed = await http("GET", core(cp.id, `services/${id.toLowerCase()}/routes`));
        assert.deepEqual(listed.json.data.map((r: Route) => r.name).sort(), ["r", "r2"]);
        const plugin = JSON.parse(seedBody(SEED));
        plugin.route = { id: route.json.id.toUpperCase() };
        const scoped = await http("POST", core(cp.id, "plugins"), { body: plugin });
        assert.equal(scoped.status, 201, scoped.text);
        assert.deepEqual(scoped.json.route, { id: route.json.id });
        assert.equal((await http("GET", core(cp.id, `routes/${route.json.id}/plugins`))).json.data.length, 1);
        // Control planes, filters, dp tokens and the data-plane endpoint take any case as well.
        assert.equal((await http("GET", cpPath(CP))).json.id, cp.id);
        assert.deepEqual((await http("GET", `/v2/control-planes?filter[id][eq]=${CP}`)).json.data.map((c: ControlPlane) => c.id), [cp.id]);
        const dp = (await http("POST", `${cpPath(CP)}/dp-tokens`, { body: {} })).json.item;
        const snap = await http("GET", `${cpPath(CP)}/data-plane/config`, { token: dp.token });
        assert.equal(snap.status, 200, snap.text);
        assert.equal(snap.json.control_plane_id, cp.id);
        assert.deepEqual(snap.json.services.map((x: Service) => x.id), [id.toLowerCase()]);
        assert.equal((await http("DELETE", `${cpPath(CP)}/dp-tokens/${dp.id.toUpperCase()}`)).status, 204);
        for (const r of [route.json, nested.json]) assert.equal((await http("DELETE", core(CP, `routes/${r.id.toUpperCase()}`))).status, 204);
        assert.equal((await http("DELETE", core(cp.id, `services/${id}`))).status, 204);
        assert.equal((await http("GET", core(cp.id, "services"))).json.data.length, 0);
      });

      it("bad entity input names the field: unknown fields, wrong types, ranges, invalid UUIDs", async () => {
        const cp = await newCp();
        const post = (body: unknown) => http("POST", core(cp.id, "services"), { body });
        assertProblem(await post({ host: "a.example", prot: "http" }), 400, "ERR_VALIDATION", { field: "prot", rule: "unknown_property", problemJson: false });
        assertProblem(await post({ host: "a.example", port: "80" }), 400, "ERR_VALIDATION", { field: "port", rule: "is_number" });
        assertProblem(await post({ host: "a.example", port: 70000 }), 400, "ERR_VALIDATION", { field: "port", rule: "max" });
        assertProblem(await post({ host: "a.example", protocol: "ftp" }), 400, "ERR_VALIDATION", { field: "protocol", rule: "enum" });
        assertProblem(await post({ name: "no-host" }), 400, "ERR_VALIDATION", { field: "host" });
        assertProblem(await post({ host: "a.example", tls_sans: { dnsnames: ["a"], extra: 1 } }), 400, "ERR_VALIDATION", { field: "tls_sans.extra", rule: "unknown_property" });
        assertProblem(await http("POST", core(cp.id, "routes"), { body: { paths: ["/a"], service: { id: "nope" } } }), 400, "ERR_VALIDATION", { field: "service.id", rule: "is_uuid" });
        assertProblem(await http("GET", core(cp.id, "services/not-a-uuid")), 400, "ERR_INVALID_PARAMETER", { field: "ServiceId", problemJson: false });
        assertProblem(await http("DELETE", core(cp.id, "plugins/123")), 400, "ERR_INVALID_PARAMETER", { field: "PluginId" });
        assertProblem(await http("POST", core(cp.id, "consumers"), { body: { tags: ["a"] } }), 400, "ERR_VALIDATION", { field: "username" });
      });

      it("Kong rules: unique names (409), references must exist (400 service.id), routes block service deletion", async () => {
        const cp = await newCp();
        const svc = (await http("POST", core(cp.id, "services"), { body: { name: "dup", host: "a.example" } })).json;
        assertProblem(await http("POST", core(cp.id, "services"), { body: { name: "dup", host: "b.example" } }), 409, "ERR_CONFLICT", { field: "name", problemJson: false });
        assertProblem(await http("POST", core(cp.id, "services"), { body: { id: svc.id, host: "b.example" } }), 409, "ERR_CONFLICT", { field: "id" });
        assertProblem(
          await http("POST", core(cp.id, "routes"), { body: { paths: ["/a"], service: { id: "5d2b0f8e-8a43-4f0e-b9a1-0d6c5b8f7e21" } } }),
          400, "ERR_REFERENCE_NOT_FOUND", { field: "service.id", rule: "missing_reference" },
        );
        const route = (await http("POST", core(cp.id, "routes"), { body: { name: "r", paths: ["/a"], service: { id: svc.id } } })).json;
        assertProblem(await http("DELETE", core(cp.id, `services/${svc.id}`)), 400, "ERR_ENTITY_IN_USE");
        assert.equal((await http("GET", core(cp.id, `services/${svc.id}`))).status, 200);
        const u1 = await http("POST", core(cp.id, "consumers"), { body: { username: "alice", custom_id: "c-1" } });
        assert.equal(u1.status, 201);
        assertProblem(await http("POST", core(cp.id, "consumers"), { body: { username: "alice" } }), 409, "ERR_CONFLICT", { field: "username" });
        assertProblem(await http("POST", core(cp.id, "consumers"), { body: { username: "bob", custom_id: "c-1" } }), 409, "ERR_CONFLICT", { field: "custom_id" });
        // Plugins scoped to a route go with it.
        const p = await http("POST", core(cp.id, `routes/${route.id}/plugins`), { body: JSON.parse(seedBody(SEED)) });
        assert.equal(p.status, 201, p.text);
        assert.equal((await http("DELETE", core(cp.id, `routes/${route.id}`))).status, 204);
        assertProblem(await http("GET", core(cp.id, `plugins/${p.json.id}`)), 404, "ERR_NOT_FOUND");
        assert.equal((await http("DELETE", core(cp.id, `services/${svc.id}`))).status, 204);
      });

      it("the seed page's body is accepted as written: global, service-scoped and route-scoped", async () => {
        const cp = await newCp();
        const body = seedBody(SEED);
        const global = await http("POST", core(cp.id, "plugins"), { body });
        assert.equal(global.status, 201, global.text);
        const plugin = Plugin.parse(global.json);
        assert.equal(plugin.service, null);
        const cfg = plugin.config as Record<string, any>;
        assert.deepEqual(cfg.client_secret, [SEED.clientSecret], "secrets come back decrypted");
        assert.deepEqual(cfg.auth_methods, ["bearer"]);
        assert.equal(cfg.token_exchange.subject_token_issuers[0].issuer, SEED.subjectTokenIssuer);
        assert.equal(cfg.token_exchange.request.empty_scopes, false);
        assert.equal(cfg.token_exchange.subject_token_issuers[0].conditions.has_audience, null);
        assert.equal(cfg.cache_ttl, 3600, "defaults are filled");
        assert.deepEqual(plugin.protocols, ["grpc", "grpcs", "http", "https"]);
        assert.deepEqual(plugin.tags, []);
        const svc = (await http("POST", core(cp.id, "services"), { body: { name: "upstream", host: "httpbin.internal" } })).json;
        const route = (await http("POST", core(cp.id, "routes"), { body: { name: "r", paths: ["/anything"], service: { id: svc.id } } })).json;
        const scoped = await http("POST", core(cp.id, `services/${svc.id}/plugins`), { body });
        assert.equal(scoped.status, 201, scoped.text);
        assert.deepEqual(scoped.json.service, { id: svc.id });
        const routed = await http("POST", core(cp.id, `routes/${route.id}/plugins`), { body });
        assert.equal(routed.status, 201, routed.text);
        assert.deepEqual(routed.json.route, { id: route.id });
        // The same scope twice is a conflict; the body's scope is used on the flat path.
        assertProblem(await http("POST", core(cp.id, "plugins"), { body }), 409, "ERR_CONFLICT", { field: "name", problemJson: false });
        const viaBody = JSON.parse(body);
        viaBody.service = { id: svc.id };
        assertProblem(await http("POST", core(cp.id, "plugins"), { body: viaBody }), 409, "ERR_CONFLICT", { field: "name" });
        const list = await http("GET", core(cp.id, `services/${svc.id}/plugins`));
        assert.deepEqual(list.json.data.map((p: Plugin) => p.id), [scoped.json.id]);
      });

      it("plugin validation: unknown names, unknown config fields, cross-field rules, consumer scope", async () => {
        const cp = await newCp();
        const seed = JSON.parse(seedBody(SEED));
        assertProblem(await http("POST", core(cp.id, "plugins"), { body: { ...seed, name: "rate-limiting" } }), 400, "ERR_VALIDATION", { field: "name" });
        assertProblem(await http("POST", core(cp.id, "plugins"), { body: { config: seed.config } }), 400, "ERR_VALIDATION", { field: "name" });
        assertProblem(await http("POST", core(cp.id, "plugins"), { body: { ...seed, config: { ...seed.config, isuser: "x" } } }), 400, "ERR_VALIDATION", { field: "config.isuser", rule: "unknown_property" });
        assertProblem(await http("POST", core(cp.id, "plugins"), { body: { ...seed, config: { ...seed.config, cache_ttl: "long" } } }), 400, "ERR_VALIDATION", { field: "config.cache_ttl" });
        const noSecret = structuredClone(seed);
        noSecret.config.client_secret = null;
        assertProblem(await http("POST", core(cp.id, "plugins"), { body: noSecret }), 400, "ERR_VALIDATION", { field: "config.client_secret" });
        assertProblem(await http("POST", core(cp.id, "plugins"), { body: { ...seed, protocols: ["http", "tcp"] } }), 400, "ERR_VALIDATION", { field: "protocols.1" });
        const consumer = (await http("POST", core(cp.id, "consumers"), { body: { username: "c" } })).json;
        assertProblem(await http("POST", core(cp.id, `consumers/${consumer.id}/plugins`), { body: seed }), 400, "ERR_VALIDATION", { field: "consumer" });
        assertProblem(await http("POST", core(cp.id, "plugins"), { body: { ...seed, route: { id: "5d2b0f8e-8a43-4f0e-b9a1-0d6c5b8f7e21" } } }), 400, "ERR_REFERENCE_NOT_FOUND", { field: "route.id" });
      });

      it("the official provider's request style: explicit nulls, PUT with id/created_at/updated_at, stable repeats", async () => {
        const cp = await newCp();
        const set = {
          issuer: "https://idp-b.example/realms/b",
          client_id: ["gw"],
          client_secret: ["provider-style-secret-1"],
          client_auth: ["client_secret_post"],
          auth_methods: ["bearer"],
          token_exchange: { subject_token_issuers: [{ issuer: "https://idp-a.example/realms/a", conditions: null }], request: null, cache: null },
        };
        const createBody = providerOidcCreateBody(set);
        assert.ok(countNulls(createBody) >= 100, `a realistic provider body carries dozens of nulls (${countNulls(createBody)})`);
        const created = await http("POST", core(cp.id, "plugins"), { body: createBody });
        assert.equal(created.status, 201, created.text);
        const state = created.json as Plugin;
        assert.equal(state.config.hide_credentials, false, "the provider's explicit default is kept");
        assert.equal((state.config.token_exchange as any).subject_token_issuers[0].conditions, null);
        const put = providerOidcUpdateBody(state, { ...set, client_secret: ["provider-style-secret-2"] });
        const updated = await http("PUT", core(cp.id, `plugins/${state.id}`), { body: put });
        assert.equal(updated.status, 200, updated.text);
        assert.deepEqual(updated.json.config.client_secret, ["provider-style-secret-2"]);
        const v1 = await version(cp.id);
        const get1 = await http("GET", core(cp.id, `plugins/${state.id}`));
        // terraform apply again with nothing changed: the same PUT, with state from the last response
        const again = await http("PUT", core(cp.id, `plugins/${state.id}`), { body: providerOidcUpdateBody(updated.json, { ...set, client_secret: ["provider-style-secret-2"] }) });
        assert.equal(again.status, 200, again.text);
        const get2 = await http("GET", core(cp.id, `plugins/${state.id}`));
        assert.deepEqual(get2.json, get1.json, "repeated PUT yields an identical GET");
        assert.equal(await version(cp.id), v1, "an unchanged PUT does not bump the config version");
        // the provider's service resource style too
        const svcBody = { name: "svc-p", host: "a.example", port: 443, protocol: "https", path: null, retries: 5, connect_timeout: 60000, read_timeout: 60000, write_timeout: 60000, enabled: true, tags: null, ca_certificates: null, client_certificate: null, tls_verify: null, tls_verify_depth: null, tls_sans: null };
        const svc = (await http("POST", core(cp.id, "services"), { body: svcBody })).json;
        const svcPut = await http("PUT", core(cp.id, `services/${svc.id}`), { body: { ...svcBody, id: svc.id, created_at: svc.created_at, updated_at: svc.updated_at } });
        assert.equal(svcPut.status, 200, svcPut.text);
        assert.deepEqual(svcPut.json, svc);
      });

      it("lists: size/offset paging, tags AND/OR, name filters, every parameter validated", async () => {
        const cp = await newCp();
        const names = ["alpha", "beta", "gamma", "delta", "a_b"];
        const tags = [["t1", "t2"], ["t1"], ["t2"], [], ["x_y"]];
        for (const [i, name] of names.entries()) {
          assert.equal((await http("POST", core(cp.id, "services"), { body: { name, host: `${name.replace("_", "-")}.example`, tags: tags[i] } })).status, 201);
        }
        const seen: string[] = [];
        let path = core(cp.id, "services?size=2");
        let pages = 0;
        for (;;) {
          const res = await http("GET", path);
          assert.equal(res.status, 200, res.text);
          assert.ok(res.json.data.length <= 2);
          seen.push(...res.json.data.map((s: Service) => s.name));
          pages++;
          if (!res.json.offset) {
            assert.equal(res.json.next, null);
            break;
          }
          assert.ok(res.json.next.includes(`offset=${res.json.offset}`));
          path = core(cp.id, `services?size=2&offset=${res.json.offset}`);
        }
        assert.equal(pages, 3);
        assert.deepEqual([...seen].sort(), [...names].sort());
        const byTags = async (q: string) => (await http("GET", core(cp.id, `services?tags=${encodeURIComponent(q)}`))).json.data.map((s: Service) => s.name).sort();
        assert.deepEqual(await byTags("t1,t2"), ["alpha"]);
        assert.deepEqual(await byTags("t1/t2"), ["alpha", "beta", "gamma"]);
        assert.deepEqual(await byTags("x_y"), ["a_b"]);
        assert.deepEqual(await byTags("xzy"), []);
        const byName = async (q: string) => (await http("GET", core(cp.id, `services?${q}`))).json.data.map((s: Service) => s.name).sort();
        assert.deepEqual(await byName("filter[name][eq]=beta"), ["beta"]);
        assert.deepEqual(await byName("filter[name][contains]=lt"), ["delta"]);
        assert.deepEqual(await byName("filter[name][contains]=a_"), ["a_b"], "_ is not a wildcard");
        assert.deepEqual(await byName("filter[name][contains]=ALPHA"), [], "contains is case-sensitive on every store");
        // A wildcard needle with a small page: the exact re-check has to fetch further batches.
        assert.deepEqual(await byName("filter[name][contains]=a_&size=1"), ["a_b"]);
        for (const bad of ["size=0", "size=1001", "size=abc", "size=1.5", "size=1&size=2"]) {
          assertProblem(await http("GET", core(cp.id, `services?${bad}`)), 400, "ERR_INVALID_PARAMETER", { field: "size", problemJson: false });
        }
        assertProblem(await http("GET", core(cp.id, "services?offset=garbage")), 400, "ERR_INVALID_PARAMETER", { field: "offset" });
        assertProblem(await http("GET", core(cp.id, "services?tags=a,b/c")), 400, "ERR_INVALID_PARAMETER", { field: "tags" });
        assertProblem(await http("GET", core(cp.id, "services?sise=2")), 400, "ERR_INVALID_PARAMETER", { field: "sise", rule: "unknown_property" });
        assertProblem(await http("GET", core(cp.id, "services?custom_id=x")), 400, "ERR_INVALID_PARAMETER", { field: "custom_id" });
        const consumers = await http("GET", core(cp.id, "consumers?custom_id=x"));
        assert.equal(consumers.status, 200);
      });

      it("nested paths force the parent and only see its children", async () => {
        const cp = await newCp();
        const s1 = (await http("POST", core(cp.id, "services"), { body: { name: "s1", host: "a.example" } })).json;
        const s2 = (await http("POST", core(cp.id, "services"), { body: { name: "s2", host: "b.example" } })).json;
        const r1 = await http("POST", core(cp.id, `services/${s1.id}/routes`), { body: { name: "r1", paths: ["/one"] } });
        assert.equal(r1.status, 201, r1.text);
        assert.deepEqual(r1.json.service, { id: s1.id });
        await http("POST", core(cp.id, `services/${s2.id}/routes`), { body: { name: "r2", paths: ["/two"] } });
        assert.deepEqual((await http("GET", core(cp.id, `services/${s1.id}/routes`))).json.data.map((r: Route) => r.name), ["r1"]);
        assert.equal((await http("GET", core(cp.id, `services/${s1.id}/routes/${r1.json.id}`))).status, 200);
        assertProblem(await http("GET", core(cp.id, `services/${s2.id}/routes/${r1.json.id}`)), 404, "ERR_NOT_FOUND");
        assertProblem(await http("POST", core(cp.id, `services/${s1.id}/routes`), { body: { paths: ["/x"], service: { id: s2.id } } }), 400, "ERR_VALIDATION", { field: "service.id" });
        assertProblem(await http("GET", core(cp.id, `services/5d2b0f8e-8a43-4f0e-b9a1-0d6c5b8f7e21/routes`)), 404, "ERR_NOT_FOUND");
        const put = await http("PUT", core(cp.id, `services/${s1.id}/routes/${r1.json.id}`), { body: { name: "r1", paths: ["/one", "/uno"] } });
        assert.equal(put.status, 200, put.text);
        assert.deepEqual(put.json.service, { id: s1.id });
        assert.equal((await http("DELETE", core(cp.id, `services/${s2.id}/routes/${r1.json.id}`))).status, 404);
        assert.equal((await http("DELETE", core(cp.id, `services/${s1.id}/routes/${r1.json.id}`))).status, 204);
      });

      it("control planes are isolated: no reading, modifying or referencing another's entities", async () => {
        const cp1 = await newCp();
        const cp2 = await newCp();
        const svc = (await http("POST", core(cp1.id, "services"), { body: { name: "mine", host: "a.example" } })).json;
        assertProblem(await http("GET", core(cp2.id, `services/${svc.id}`)), 404, "ERR_NOT_FOUND");
        assertProblem(await http("DELETE", core(cp2.id, `services/${svc.id}`)), 404, "ERR_NOT_FOUND");
        assertProblem(await http("POST", core(cp2.id, "routes"), { body: { paths: ["/x"], service: { id: svc.id } } }), 400, "ERR_REFERENCE_NOT_FOUND", { field: "service.id" });
        assertProblem(await http("POST", core(cp2.id, `services/${svc.id}/plugins`), { body: JSON.parse(seedBody(SEED)) }), 404, "ERR_NOT_FOUND");
        // A PUT with the same id in cp2 creates cp2's own entity and leaves cp1's alone.
        const put = await http("PUT", core(cp2.id, `services/${svc.id}`), { body: { name: "theirs", host: "b.example" } });
        assert.equal(put.status, 200, put.text);
        assert.equal((await http("GET", core(cp1.id, `services/${svc.id}`))).json.host, "a.example");
        assert.deepEqual((await http("GET", core(cp2.id, "services"))).json.data.map((s: Service) => s.name), ["theirs"]);
        assert.deepEqual((await http("GET", core(cp1.id, "services"))).json.data.map((s: Service) => s.name), ["mine"]);
      });

      it("concurrent writes: one name / one plugin scope wins exactly once, each success bumps the version once", async () => {
        const cp = await newCp();
        const v0 = await version(cp.id);
        const services = await Promise.all(Array.from({ length: 8 }, (_, i) => http("POST", core(cp.id, "services"), { body: { name: "race", host: `h${i}.example` } })));
        assert.deepEqual(services.map((r) => r.status).sort(), [201, 409, 409, 409, 409, 409, 409, 409], services.map((r) => r.text.slice(0, 120)).join("\n"));
        const plugins = await Promise.all(Array.from({ length: 6 }, () => http("POST", core(cp.id, "plugins"), { body: seedBody(SEED) })));
        assert.deepEqual(plugins.map((r) => r.status).sort(), [201, 409, 409, 409, 409, 409]);
        const mixed = await Promise.all(Array.from({ length: 10 }, (_, i) => http("POST", core(cp.id, "consumers"), { body: { username: `c${i}` } })));
        assert.ok(mixed.every((r) => r.status === 201));
        assert.equal(await version(cp.id), v0 + 1 + 1 + 10);
        assert.equal((await http("GET", core(cp.id, "consumers"))).json.data.length, 10);
      });

      it("a rejected write leaves nothing behind and does not bump the version", async () => {
        const cp = await newCp();
        const v0 = await version(cp.id);
        await http("POST", core(cp.id, "routes"), { body: { name: "orphan", paths: ["/a"], service: { id: "5d2b0f8e-8a43-4f0e-b9a1-0d6c5b8f7e21" } } });
        await http("PUT", core(cp.id, "routes/6c8a5cd7-6f0c-4a53-8a8e-9b1e53b59c2e"), { body: { name: "orphan", paths: ["/a"], service: { id: "5d2b0f8e-8a43-4f0e-b9a1-0d6c5b8f7e21" } } });
        assert.equal((await http("GET", core(cp.id, "routes"))).json.data.length, 0);
        assert.equal(await version(cp.id), v0);
      });

      it("schemas/plugins/{name} serves the config JSON schema with secret markers", async () => {
        const cp = await newCp();
        const res = await http("GET", core(cp.id, "schemas/plugins/openid-connect"));
        assert.equal(res.status, 200);
        assert.equal(res.json.type, "object");
        assert.equal(res.json.properties.client_secret.secret, true);
        assert.equal(res.json.properties.issuer.type, "string");
        assertProblem(await http("GET", core(cp.id, "schemas/plugins/rate-limiting")), 404, "ERR_NOT_FOUND", { problemJson: false });
      });
    });

    // ---- timestamps past 2038 -------------------------------------------------------------------------
    // Core-entity timestamps were INTEGER columns (Prisma Int, PostgreSQL int4): every core-entity write
    // failed once the clock passed 2038-01-19 (2^31 s). Now BIGINT columns, returned as JSON numbers.
    describe("timestamps past 2038", () => {
      const Y2100 = 4_102_444_800; // 2100-01-01T00:00:00Z

      it("an entity written when the clock is past 2^31 s round-trips as a JSON number (GET, list, PUT, snapshot)", async (t) => {
        const cp = await newCp();
        // The server runs in this process: a faked Date.now is the server's clock.
        const clock = t.mock.method(Date, "now", () => Y2100 * 1000);
        let created: RawResponse;
        try {
          created = await http("POST", core(cp.id, "services"), { body: { name: "future", host: "a.example" } });
        } finally {
          clock.mock.restore();
        }
        assert.equal(created.status, 201, created.text);
        assert.equal(created.json.created_at, Y2100);
        assert.equal(created.json.updated_at, Y2100);
        assert.match(created.text, new RegExp(`"created_at":${Y2100}[,}]`), "a plain JSON number, not a string");
        const id = created.json.id;
        assert.equal((await http("GET", core(cp.id, `services/${id}`))).json.created_at, Y2100);
        assert.equal((await http("GET", core(cp.id, "services"))).json.data[0].updated_at, Y2100);
        // Back at today's clock an update keeps updated_at >= created_at, so it writes a value past 2^31 too.
        const put = await http("PUT", core(cp.id, `services/${id}`), { body: { name: "future", host: "b.example" } });
        assert.equal(put.status, 200, put.text);
        assert.deepEqual([put.json.created_at, put.json.updated_at, put.json.host], [Y2100, Y2100, "b.example"]);
        const dp = (await http("POST", `${cpPath(cp.id)}/dp-tokens`, { body: {} })).json.item;
        const snap = await http("GET", `${cpPath(cp.id)}/data-plane/config`, { token: dp.token });
        assert.equal(snap.status, 200, snap.text);
        assert.equal(ConfigSnapshot.parse(snap.json).services[0].created_at, Y2100);
      });

      it("rows written directly with seconds far past 2^31 are read back exactly; dp-token expiry in 2100 works", async () => {
        const cp = await newCp();
        const consumer = (await http("POST", core(cp.id, "consumers"), { body: { username: "c" } })).json;
        const far = 2 ** 40; // year ~36812: past int4 and past 2^32, still exact as a JSON number
        const prisma = api.app.store.db.prisma;
        assert.equal(await prisma.$executeRaw`UPDATE consumers SET created_at = ${far}, updated_at = ${far + 1} WHERE id = ${consumer.id}`, 1);
        const got = await http("GET", core(cp.id, `consumers/${consumer.id}`));
        assert.deepEqual([got.json.created_at, got.json.updated_at], [far, far + 1]);
        const token = await http("POST", `${cpPath(cp.id)}/dp-tokens`, { body: { name: "long-lived", expires_at: Y2100 } });
        assert.equal(token.status, 201, token.text);
        assert.equal(token.json.item.expires_at, Y2100);
        assert.equal((await http("GET", `${cpPath(cp.id)}/dp-tokens`)).json.items[0].expires_at, Y2100);
        assert.equal((await http("GET", `${cpPath(cp.id)}/data-plane/config`, { token: token.json.item.token })).status, 200);
      });
    });

    // ---- secrets at rest ----------------------------------------------------------------------------
    describe("secrets", () => {
      it("plugin secrets are encrypted in the database, decrypted in responses, absent from logs", async () => {
        const cp = await newCp();
        const secret = `at-rest-secret-${kind}-9d1f2e`;
        const session = `session-secret-${kind}-5a7c`;
        const body = JSON.parse(seedBody({ ...SEED, clientSecret: secret }));
        body.config.session_secret = session;
        body.config.redis = { password: `redis-pw-${kind}-31c` };
        const res = await http("POST", core(cp.id, "plugins"), { body });
        assert.equal(res.status, 201, res.text);
        assert.deepEqual(res.json.config.client_secret, [secret]);
        assert.equal(res.json.config.redis.password, `redis-pw-${kind}-31c`);
        const dp = (await http("POST", `${cpPath(cp.id)}/dp-tokens`, { body: {} })).json.item;
        const snap = await http("GET", `${cpPath(cp.id)}/data-plane/config`, { token: dp.token });
        assert.deepEqual(snap.json.plugins[0].config.client_secret, [secret], "the data plane gets them decrypted");

        let stored: string;
        if (kind === "sqlite") {
          stored = ["konnect.db", "konnect.db-wal"].map((f) => join(api.dataDir, f)).filter(existsSync).map((f) => readFileSync(f).toString("latin1")).join("");
        } else {
          const client = new pg.Client({ connectionString: api.databaseUrl });
          await client.connect();
          const rows = await Promise.all(["plugins", "dp_tokens", "api_tokens"].map((t) => client.query(`SELECT * FROM ${t}`)));
          await client.end();
          stored = JSON.stringify(rows.map((r) => r.rows));
        }
        assert.ok(stored.includes("enc:v1:"), "sealed values are stored");
        for (const clear of [secret, session, `redis-pw-${kind}-31c`, SEED.clientId, dp.token, api.adminToken]) {
          assert.ok(!stored.includes(clear), `"${clear.slice(0, 12)}…" is stored in clear`);
        }
        const logs = logLines.join("");
        assert.ok(logs.includes("request completed"), "logs were captured");
        for (const clear of [secret, session, dp.token, api.adminToken]) assert.ok(!logs.includes(clear), `"${clear.slice(0, 12)}…" appears in the logs`);
      });
    });

    // ---- data plane ---------------------------------------------------------------------------------
    describe("data plane", () => {
      it("dp-tokens: token shown once, listed without it, revoked with DELETE", async () => {
        const cp = await newCp();
        const created = await http("POST", `${cpPath(cp.id)}/dp-tokens`, { body: { name: "edge-1", expires_at: Math.floor(Date.now() / 1000) + 3600 } });
        assert.equal(created.status, 201, created.text);
        const item = DpToken.parse(created.json.item);
        assert.match(item.token!, /^kdp_[A-Za-z0-9_-]{43}$/);
        assert.match(item.id, UUID_RE);
        const list = await http("GET", `${cpPath(cp.id)}/dp-tokens`);
        assert.equal(list.json.page.total_count, 1);
        assert.equal(list.json.items[0].id, item.id);
        assert.ok(!("token" in list.json.items[0]));
        assert.equal((await http("GET", `${cpPath(cp.id)}/data-plane/config`, { token: item.token })).status, 200);
        assert.equal((await http("DELETE", `${cpPath(cp.id)}/dp-tokens/${item.id}`)).status, 204);
        assertProblem(await http("GET", `${cpPath(cp.id)}/data-plane/config`, { token: item.token }), 401, "ERR_UNAUTHORIZED", { problemJson: true });
        assertProblem(await http("DELETE", `${cpPath(cp.id)}/dp-tokens/${item.id}`), 404, "ERR_NOT_FOUND", { problemJson: true });
        assertProblem(await http("POST", `${cpPath(cp.id)}/dp-tokens`, { body: { name: "x", ttl: 3 } }), 400, "ERR_VALIDATION", { field: "ttl" });
        assertProblem(await http("POST", `${cpPath(cp.id)}/dp-tokens`, { body: { expires_at: 1000 } }), 400, "ERR_VALIDATION", { field: "expires_at" });
        const expiring = (await http("POST", `${cpPath(cp.id)}/dp-tokens`, { body: { expires_at: Math.floor(Date.now() / 1000) + 60 } })).json.item;
        await api.app.store.db.prisma.dpToken.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
        assertProblem(await http("GET", `${cpPath(cp.id)}/data-plane/config`, { token: expiring.token }), 401, "ERR_UNAUTHORIZED");
      });

      it("snapshot, ETag, 304, version bump on write, long-poll wake-up and timeout", async () => {
        const cp = await newCp();
        const dp = (await http("POST", `${cpPath(cp.id)}/dp-tokens`, { body: {} })).json.item;
        const poll = (headers: Record<string, string> = {}, query = "") => http("GET", `${cpPath(cp.id)}/data-plane/config${query}`, { token: dp.token, headers });
        await http("POST", core(cp.id, "plugins"), { body: JSON.parse(seedBody(SEED)) });
        const first = await poll();
        assert.equal(first.status, 200, first.text);
        const snap = ConfigSnapshot.parse(first.json);
        assert.equal(first.headers.etag, `"${snap.version}"`);
        assert.equal(snap.control_plane_id, cp.id);
        assert.equal((snap.plugins[0].config as any).cache_ttl, 3600);
        assert.equal(first.headers["cache-control"], "no-store");
        const unchanged = await poll({ "if-none-match": `"${snap.version}"` });
        assert.equal(unchanged.status, 304);
        assert.equal(unchanged.text, "");
        assert.equal(unchanged.headers.etag, `"${snap.version}"`);
        assert.equal((await poll({ "if-none-match": `W/"${snap.version}"` })).status, 304);
        assert.equal((await poll({ "if-none-match": `"${snap.version - 1}"` })).status, 200);
        // a write bumps the version in its transaction
        await http("POST", core(cp.id, "consumers"), { body: { username: "u" } });
        const bumped = await poll({ "if-none-match": `"${snap.version}"` });
        assert.equal(bumped.status, 200);
        assert.equal(bumped.json.version, snap.version + 1);
        assert.notEqual(bumped.json.config_hash, snap.config_hash);
        // config_hash is SHA-256 of the canonical JSON (sorted keys) of the four lists, recomputed here independently.
        const { services, routes, consumers, plugins } = bumped.json;
        assert.equal(bumped.json.config_hash, createHash("sha256").update(canonical({ services, routes, consumers, plugins })).digest("hex"));
        assert.equal(bumped.json.consumers[0].username, "u", "an incremental rebuild includes the new entity");
        assert.deepEqual(bumped.json.plugins, snap.plugins, "unchanged entities are carried over unchanged");
        const etag = String(bumped.headers.etag);
        // long-poll: held until a write, then answered with the new snapshot
        const held = poll({ "if-none-match": etag }, "?wait=30");
        await waitUntil(() => api.app.store.versions.waiting(cp.id) === 1);
        await http("POST", core(cp.id, "consumers"), { body: { username: "v" } });
        const woken = await held;
        assert.equal(woken.status, 200, "woken by the write, not timed out");
        assert.equal(woken.json.version, snap.version + 2);
        // no change within the wait → 304
        const timedOut = await poll({ "if-none-match": String(woken.headers.etag) }, "?wait=1");
        assert.equal(timedOut.status, 304);
        for (const bad of ["wait=61", "wait=-1", "wait=abc", "wat=1"]) {
          const res = await poll({}, `?${bad}`);
          assertProblem(res, 400, "ERR_INVALID_PARAMETER", { field: bad.split("=")[0], problemJson: true });
        }
        const expected = await http("GET", `${cpPath(cp.id)}/expected-config-hash`);
        assert.equal(expected.json.expected_hash, woken.json.config_hash);
        assert.ok(Number.isInteger(expected.json.updated_at));
      });

      it("a data-plane token reads only its own control plane", async () => {
        const cp1 = await newCp();
        const cp2 = await newCp();
        const dp1 = (await http("POST", `${cpPath(cp1.id)}/dp-tokens`, { body: {} })).json.item;
        assertProblem(await http("GET", `${cpPath(cp2.id)}/data-plane/config`, { token: dp1.token }), 403, "ERR_FORBIDDEN");
        assertProblem(await http("GET", `${cpPath(cp2.id)}/nodes`, { token: dp1.token }), 403, "ERR_FORBIDDEN");
        assertProblem(await http("GET", `${cpPath("00000000-0000-4000-8000-000000000000")}/data-plane/config`, { token: dp1.token }), 403, "ERR_FORBIDDEN");
      });

      it("polls record nodes (coalesced writes); nodes list, get, delete", async () => {
        const cp = await newCp();
        const dp = (await http("POST", `${cpPath(cp.id)}/dp-tokens`, { body: {} })).json.item;
        const headers = { "x-node-id": "node-a", "x-node-hostname": "edge-a.local", "x-node-version": "0.1.0", "x-node-config-hash": "ab".repeat(32) };
        const writesBefore = api.app.store.nodes.stats.writes;
        for (let i = 0; i < 20; i++) assert.equal((await http("GET", `${cpPath(cp.id)}/data-plane/config`, { token: dp.token, headers })).status, 200);
        await http("GET", `${cpPath(cp.id)}/data-plane/config`, { token: dp.token, headers: { ...headers, "x-node-id": "node-b" } });
        await waitUntil(async () => (await http("GET", `${cpPath(cp.id)}/nodes`)).json.items.length === 2);
        assert.equal(api.app.store.nodes.stats.writes - writesBefore, 2, "one write per node, not one per poll");
        const list = await http("GET", `${cpPath(cp.id)}/nodes`);
        assert.equal(list.json.page.total_count, 2);
        const node = Node.parse(list.json.items.find((n: Node) => n.id === "node-a"));
        assert.deepEqual([node.hostname, node.version, node.config_hash], ["edge-a.local", "0.1.0", "ab".repeat(32)]);
        assert.ok(Math.abs(node.last_ping - Date.now() / 1000) < 120);
        assert.equal((await http("GET", `${cpPath(cp.id)}/nodes/node-a`)).json.item.id, "node-a");
        const paged = await http("GET", `${cpPath(cp.id)}/nodes?page[size]=1`);
        assert.equal(paged.json.items.length, 1);
        assert.ok(paged.json.page.next);
        assert.equal((await http("GET", `${cpPath(cp.id)}/nodes?page[size]=1&page[after]=${paged.json.page.next}`)).json.items.length, 1);
        assert.equal((await http("DELETE", `${cpPath(cp.id)}/nodes/node-a`)).status, 204);
        assertProblem(await http("GET", `${cpPath(cp.id)}/nodes/node-a`), 404, "ERR_NOT_FOUND", { problemJson: true });
        assertProblem(await http("GET", `${cpPath(cp.id)}/nodes?page[size]=0`), 400, "ERR_INVALID_PARAMETER", { field: "page[size]" });
        assertProblem(await http("GET", `${cpPath(cp.id)}/data-plane/config`, { token: dp.token, headers: { ...headers, "x-node-config-hash": "not hex!" } }), 400, "ERR_INVALID_PARAMETER", { field: "x-node-config-hash" });
      });
    });

    describe("OpenAPI", () => {
      it("/openapi.json is generated from the contract", async () => {
        const res = await http("GET", "/openapi.json", { token: null });
        assert.equal(res.status, 200);
        const doc = res.json;
        assert.equal(doc.openapi, "3.1.0");
        for (const p of ["/v2/control-planes", "/v2/control-planes/{controlPlaneId}", "/v2/control-planes/{controlPlaneId}/core-entities/plugins", "/v2/control-planes/{controlPlaneId}/data-plane/config"]) {
          assert.ok(doc.paths[p], `missing ${p}`);
        }
        const deref = (s: { $ref?: string }) => (s.$ref ? doc.components.schemas[s.$ref.replace("#/components/schemas/", "")] : s);
        const servicesPost = doc.paths["/v2/control-planes/{controlPlaneId}/core-entities/services"].post;
        const svcBody = deref(servicesPost.requestBody.content["application/json"].schema);
        assert.ok(svcBody.properties.host && svcBody.properties.url, "request bodies come from the input schemas");
        const svcResp = deref(servicesPost.responses["201"].content["application/json"].schema);
        assert.ok(svcResp.properties.created_at && !svcResp.properties.url, "responses come from the output schemas");
        assert.ok(deref(servicesPost.responses["409"].content["application/json"].schema).properties.invalid_parameters, "core-entity errors are documented as JSON");
        const cpErr = doc.paths["/v2/control-planes"].post.responses["409"].content["application/problem+json"].schema;
        assert.ok(deref(cpErr).properties.instance, "control-plane errors are documented as problem+json");
        const pluginBody = doc.paths["/v2/control-planes/{controlPlaneId}/core-entities/plugins"].post.requestBody.content["application/json"].schema;
        const pluginConfig = deref(pluginBody.properties.config);
        assert.ok(pluginConfig.properties.token_exchange && pluginConfig.properties.client_secret.secret, "plugin bodies document the registered plugins' configs");
      });
    });
  });
}

/** Independent canonical JSON (sorted keys) for the hash oracle. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(",")}}`;
  return JSON.stringify(v);
}

async function waitUntil(cond: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}
