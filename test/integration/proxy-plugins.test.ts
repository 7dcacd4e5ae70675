// The plugin runner over real HTTP, exercised with tiny test-only plugin modules registered in
// this test: priority order, Kong's scope precedence (including consumer scopes), enabled:false,
// protocols, short-circuit responses, header_filter/log, failures, declared upstream headers,
// body and query rewriting, and instance lifetime across snapshot swaps. Test-only plugins are
// not in the contract's registry, so their snapshots come from the control-plane stub rather
// than from the API (which would rightly refuse them).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { request } from "undici";
import { parsePluginInput, type Consumer, type Plugin, type Route, type Service } from "../../api/contract/index.ts";
import { PLUGIN_MODULES } from "../../proxy/plugins/index.ts";
import type { PluginModule } from "../../proxy/plugins/types.ts";
import type { PluginParser } from "../../proxy/sync/validate.ts";
import { receivedHeader, startEchoUpstream, type EchoUpstream } from "../support/echo-upstream.ts";
import { consumer, plugin, route, service, snapshot } from "../support/proxy-snapshot.ts";
import { startInProcessProxy, type InProcessProxy } from "./proxy-inprocess.ts";

interface TestConfig {
  tag: string;
  respond?: number;
  throwIn?: "access" | "headerFilter";
  /** test-auth: the consumer to identify when the request carries x-test-user. */
  consumer?: Consumer;
  declare?: string[];
  upperBody?: boolean;
  dropQueryParam?: string;
  readLimit?: number;
}

const events: string[] = [];
const closed: string[] = [];

function testModule(name: string, priority: number): PluginModule<TestConfig> {
  return {
    name,
    priority,
    create(config, entity) {
      return {
        upstreamHeaderNames: () => config.declare ?? [],
        async access(req) {
          events.push(`${name}:${config.tag}:access`);
          const prev = req.upstreamHeaders.get("x-trace");
          req.upstreamHeaders.set("x-trace", prev ? `${prev},${name}=${config.tag}` : `${name}=${config.tag}`);
          if (config.throwIn === "access") throw new Error("boom in access");
          if (config.consumer && req.headers["x-test-user"] === config.consumer.username) req.consumer = config.consumer;
          if (config.readLimit) await req.readBody(config.readLimit);
          if (config.upperBody) req.upstreamBody = Buffer.from((await req.readBody()).toString("utf8").toUpperCase());
          if (config.dropQueryParam) {
            const q = new URLSearchParams(req.upstreamQuery);
            q.delete(config.dropQueryParam);
            req.upstreamQuery = q.toString();
          }
          if (config.respond) return { status: config.respond, body: { message: `stopped by ${name}` } };
        },
        headerFilter(_req, res) {
          events.push(`${name}:${config.tag}:headerFilter`);
          if (config.throwIn === "headerFilter") throw new Error("boom in headerFilter");
          res.headers[`x-filter-${name}`] = config.tag;
        },
        log(_req, res) {
          events.push(`${name}:${config.tag}:log:${res.status}`);
        },
        close() {
          closed.push(entity.id);
        },
      };
    },
  };
}

const modules = new Map<string, PluginModule>([
  ...PLUGIN_MODULES,
  ["test-high", testModule("test-high", 2000) as PluginModule],
  ["test-auth", testModule("test-auth", 1500) as PluginModule],
  ["test-low", testModule("test-low", 100) as PluginModule],
]);
const parsePlugin: PluginParser = (body) => {
  const name = (body as { name?: string }).name ?? "";
  if (name.startsWith("test-")) return { success: true, data: { config: (body as { config: unknown }).config } };
  return parsePluginInput(body) as ReturnType<PluginParser>;
};

let proxy: InProcessProxy;
let up: EchoUpstream;
let version = 0;
let S1: Service, S2: Service;
let R1: Route, R2: Route, R3: Route;
let alice: Consumer;

before(async () => {
  up = await startEchoUpstream();
  proxy = await startInProcessProxy({ modules, parsePlugin });
  S1 = service({ url: up.url });
  S2 = service({ url: up.url });
  R1 = route({ name: "r1", paths: ["/r1"], service: { id: S1.id } });
  R2 = route({ name: "r2", paths: ["/r2"], service: { id: S1.id } });
  R3 = route({ name: "r3", paths: ["/r3"], service: { id: S2.id } });
  alice = consumer({ username: "alice" });
});
after(async () => {
  await proxy?.close();
  await up?.close();
});

async function publish(plugins: Plugin[], extra: { routes?: Route[] } = {}): Promise<void> {
  up.clear();
  up.respond = null;
  events.length = 0;
  await proxy.publish(snapshot(proxy.controlPlaneId, ++version, { services: [S1, S2], routes: [R1, R2, R3, ...(extra.routes ?? [])], consumers: [alice], plugins }));
}

async function call(path: string, headers: Record<string, string> = {}, init: { method?: string; body?: string } = {}) {
  const res = await request(`${proxy.base}${path}`, { method: (init.method ?? "GET") as "GET", headers, body: init.body });
  const body = await res.body.text();
  return { status: res.statusCode, headers: res.headers, body };
}

const tagFor = (name: string) => (receivedHeader(up.last(), "x-trace")[0] ?? "").split(",").find((t) => t.startsWith(`${name}=`))?.split("=")[1];

describe("order and precedence", () => {
  test("access phases run by priority, higher first; header_filter and log follow for those that ran", async () => {
    await publish([plugin({ name: "test-low", config: { tag: "g" } }), plugin({ name: "test-high", config: { tag: "g" } })]);
    const res = await call("/r1");
    assert.equal(res.status, 200);
    assert.deepEqual(receivedHeader(up.last(), "x-trace"), ["test-high=g,test-low=g"]);
    assert.equal(res.headers["x-filter-test-high"], "g");
    assert.equal(res.headers["x-filter-test-low"], "g");
    await waitFor(() => events.includes("test-low:g:log:200"));
    assert.deepEqual(events.filter((e) => e.endsWith(":access")), ["test-high:g:access", "test-low:g:access"]);
  });

  test("one instance per plugin name: route+service > route > service > global", async () => {
    const rs = plugin({ name: "test-low", route: { id: R1.id }, service: { id: S1.id }, config: { tag: "rs" } });
    const base = [
      plugin({ name: "test-low", config: { tag: "g" } }),
      plugin({ name: "test-low", service: { id: S1.id }, config: { tag: "s" } }),
      plugin({ name: "test-low", route: { id: R1.id }, config: { tag: "r" } }),
    ];
    await publish([...base, rs]);
    await call("/r1");
    assert.deepEqual(receivedHeader(up.last(), "x-trace"), ["test-low=rs"], "exactly one test-low instance ran");
    await call("/r2");
    assert.equal(tagFor("test-low"), "s");
    await call("/r3");
    assert.equal(tagFor("test-low"), "g");
    // enabled:false drops an instance: the next less specific one runs instead.
    await publish([...base, { ...rs, enabled: false }]);
    await call("/r1");
    assert.equal(tagFor("test-low"), "r");
  });

  test("consumer scopes: read when each plugin's turn comes, ranked as Kong's table", async () => {
    await publish([
      plugin({ name: "test-auth", config: { tag: "auth", consumer: alice } }),
      plugin({ name: "test-low", route: { id: R2.id }, config: { tag: "route" } }),
      plugin({ name: "test-low", consumer: { id: alice.id }, config: { tag: "consumer" } }),
      plugin({ name: "test-low", route: { id: R1.id }, service: { id: S1.id }, config: { tag: "route+service" } }),
      plugin({ name: "test-low", route: { id: R3.id }, consumer: { id: alice.id }, config: { tag: "route+consumer" } }),
      plugin({ name: "test-low", route: { id: R3.id }, service: { id: S2.id }, config: { tag: "r3+s2" } }),
      // higher priority than the auth plugin: its consumer-scoped instance can never apply
      plugin({ name: "test-high", config: { tag: "global" } }),
      plugin({ name: "test-high", consumer: { id: alice.id }, config: { tag: "consumer" } }),
    ]);
    await call("/r2", { "x-test-user": "alice" });
    assert.equal(tagFor("test-low"), "consumer", "consumer (5) beats route (6)");
    assert.equal(tagFor("test-high"), "global", "plugins running before auth do not see the consumer");
    await call("/r2");
    assert.equal(tagFor("test-low"), "route", "anonymous: the route instance");
    await call("/r1", { "x-test-user": "alice" });
    assert.equal(tagFor("test-low"), "route+service", "route+service (4) beats consumer (5)");
    await call("/r3", { "x-test-user": "alice" });
    assert.equal(tagFor("test-low"), "route+consumer", "route+consumer (2) beats route+service (4)");
    await call("/r3");
    assert.equal(tagFor("test-low"), "r3+s2");
  });

  test("protocols: an https-only instance does not run on plain http", async () => {
    await publish([plugin({ name: "test-low", protocols: ["https"], config: { tag: "tls" } }), plugin({ name: "test-high", config: { tag: "any" } })]);
    await call("/r1");
    assert.deepEqual(receivedHeader(up.last(), "x-trace"), ["test-high=any"]);
  });
});

describe("short-circuits and failures", () => {
  test("a PluginResponse stops the request: later plugins and the upstream are skipped, header_filter/log still run", async () => {
    await publish([plugin({ name: "test-high", route: { id: R1.id }, config: { tag: "stop", respond: 418 } }), plugin({ name: "test-low", config: { tag: "g" } })]);
    const res = await call("/r1");
    assert.equal(res.status, 418);
    assert.equal(res.body, '{"message":"stopped by test-high"}');
    assert.equal(res.headers["content-type"], "application/json; charset=utf-8");
    assert.equal(res.headers["x-filter-test-high"], "stop");
    assert.match(String(res.headers["x-kong-response-latency"]), /^\d+$/);
    assert.equal(up.records.length, 0);
    await waitFor(() => events.includes("test-high:stop:log:418"));
    assert.ok(!events.includes("test-low:g:access"));
  });

  test("a plugin that throws: 500 with request_id, logged with a code; the next request is served", async () => {
    await publish([plugin({ name: "test-low", route: { id: R1.id }, config: { tag: "bad", throwIn: "access" } })]);
    const res = await call("/r1");
    assert.equal(res.status, 500);
    assert.equal(res.body, `{\n  "message":"An unexpected error occurred",\n  "request_id":"${res.headers["x-kong-request-id"]}"\n}`);
    const line = proxy.logsWithCode("PROXY_PLUGIN_FAILED").at(-1);
    assert.equal(line?.plugin, "test-low");
    assert.equal(line?.phase, "access");
    assert.equal(line?.request_id, res.headers["x-kong-request-id"]);
    assert.equal((await call("/r2")).status, 200);
  });

  test("a proxy error raised through a plugin keeps its status (body over the readBody limit: 413)", async () => {
    await publish([plugin({ name: "test-low", route: { id: R1.id }, config: { tag: "limit", readLimit: 4 } })]);
    const res = await call("/r1", { "content-type": "text/plain" }, { method: "POST", body: "more than four bytes" });
    assert.equal(res.status, 413);
    assert.match(res.body, /"message":"Request Entity Too Large"/);
    assert.equal(proxy.logsWithCode("PROXY_BODY_TOO_LARGE").at(-1)?.plugin, "test-low");
    assert.equal(up.records.length, 0);
  });

  test("a header_filter that throws turns the upstream response into a 500", async () => {
    await publish([plugin({ name: "test-low", route: { id: R1.id }, config: { tag: "hf", throwIn: "headerFilter" } })]);
    const res = await call("/r1");
    assert.equal(res.status, 500);
    assert.equal(proxy.logsWithCode("PROXY_PLUGIN_FAILED").at(-1)?.phase, "headerFilter");
  });
});

describe("what plugins may change", () => {
  test("declared upstream header names are stripped from client input even when the plugin sets nothing", async () => {
    await publish([plugin({ name: "test-low", route: { id: R1.id }, config: { tag: "d", declare: ["X-User-Email"] } })]);
    await call("/r1", { "x-user-email": "ceo@example.com" });
    assert.deepEqual(receivedHeader(up.last(), "x-user-email"), []);
    await call("/r2", { "x-user-email": "kept@example.com" });
    assert.deepEqual(receivedHeader(up.last(), "x-user-email"), ["kept@example.com"], "only where the declaring instance applies");
  });

  test("body and query rewrites reach the upstream with a correct content-length", async () => {
    await publish([plugin({ name: "test-low", route: { id: R1.id }, config: { tag: "b", upperBody: true, dropQueryParam: "access_token" } })]);
    const res = await call("/r1?access_token=secret&keep=1", { "content-type": "text/plain" }, { method: "POST", body: "hello body" });
    assert.equal(res.status, 200);
    assert.equal(up.last().body.toString(), "HELLO BODY");
    assert.equal(up.last().headers["content-length"], "10");
    assert.equal(up.last().query, "keep=1");
  });
});

describe("snapshot swaps", () => {
  test("an in-flight request finishes on the old config; old instances close after it drains", async () => {
    const slowRoute = route({ name: "slow", paths: ["/slow"], service: { id: S1.id } });
    const oldInstance = plugin({ name: "test-low", route: { id: slowRoute.id }, config: { tag: "old" } });
    await publish([oldInstance], { routes: [slowRoute] });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    up.respond = async (_rec, _req, res) => {
      await gate;
      res.end("slow done");
    };
    const inflight = call("/slow");
    await waitFor(() => up.records.length === 1);
    await publish([plugin({ name: "test-low", config: { tag: "new" } })]); // route /slow is gone
    assert.equal((await call("/slow")).status, 404, "new requests see the new config");
    assert.ok(!closed.includes(oldInstance.id), "the old instance stays open while its request runs");
    release();
    const res = await inflight;
    assert.equal(res.status, 200);
    assert.equal(res.body, "slow done");
    await waitFor(() => closed.includes(oldInstance.id));
  });
});

async function waitFor(cond: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}
