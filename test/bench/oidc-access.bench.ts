// In-process microbenchmark of the openid-connect warm path: the plugin runner's access phase
// with a warm exchange cache, as the proxy core drives it (PluginSet → RoutePlan → runAccess on a
// PluginRequest, then the flat upstream headers the core forwards). Less noisy than the wrk
// bench on a shared machine: no sockets, one process, CPU time measured with process.cpuUsage.
//
//   npx tsx test/bench/oidc-access.bench.ts [--iterations 200000] [--rounds 5] [--compare <dir>]
//
// --compare <dir>: a second copy of the project tree (e.g. the plugin files of an older commit
// under <dir>/proxy/plugins/, the rest symlinked) whose runner and plugin are measured in the
// same run, rounds alternating, so before/after figures share the machine's state.
// "core only" is the same loop with an empty plan (PluginRequest + flat headers, no plugin): the
// difference to it is what the plugin and the runner cost per request.
// IdPs A and B are real oidc-provider servers run in their own process (test/support/idp-server.ts):
// oidc-provider uses AsyncLocalStorage, which would turn on promise hooks in this process and
// make every promise dearer than in the proxy. The first request of each variant does the one
// real exchange; every timed request is a cache hit (checked: no exchange at B while timing).
import type { IncomingMessage, ServerResponse } from "node:http";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import pino from "pino";
import { OpenidConnectConfig } from "../../api/contract/plugins/openid-connect.ts";
import { PluginRequest } from "../../proxy/request.ts";
import type { CompiledRoute } from "../../proxy/router.ts";
import type { PluginModule, PluginServices } from "../../proxy/plugins/types.ts";
import type * as RunnerModule from "../../proxy/plugins/runner.ts";
import { startProcess, tsxArgs } from "../support/processes.ts";

const { values: args } = parseArgs({
  options: {
    iterations: { type: "string", default: "200000" },
    rounds: { type: "string", default: "5" },
    compare: { type: "string" },
  },
});
const iterations = Number(args.iterations);
const rounds = Number(args.rounds);
const loadLine = () => `load average ${loadavg().map((x) => x.toFixed(2)).join(" ")} (${cpus().length} cores)`;

interface Variant {
  name: string;
  runner: typeof RunnerModule;
  plugin: PluginModule;
}

async function loadVariant(name: string, root: string): Promise<Variant> {
  const runner = (await import(pathToFileURL(resolve(root, "proxy/plugins/runner.ts")).href)) as typeof RunnerModule;
  const oidc = (await import(pathToFileURL(resolve(root, "proxy/plugins/openid-connect/index.ts")).href)) as { openidConnect: PluginModule };
  return { name, runner, plugin: oidc.openidConnect };
}

const idpProc = await startProcess({ name: "idps", ...tsxArgs("test/support/idp-server.ts"), ready: /"ready":true/, timeoutMs: 30_000 });
try {
  const info = JSON.parse(idpProc.readyLine) as { issuerA: string; issuerB: string; control: string; clients: Record<string, { id: string; secret: string }> };
  const control = async (method: string, path: string, body?: object) => {
    const call = () => fetch(`${info.control}${path}`, { method, headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
    // The control server's keep-alive may have closed the pooled socket during a long run: retry once.
    const r = await call().catch(call);
    if (!r.ok) throw new Error(`IdP control ${path}: ${r.status}`);
    return (await r.json()) as Record<string, any>;
  };
  await control("POST", "/controls", { exchangeTtl: 3600 });
  const tokenA = (await control("POST", "/token", { sub: "bench-user", scope: "read" })).token as string;
  // The proxy's logger set-up (pino at info, so the plugin's debug lines cost what they cost
  // there), writing to a sink instead of stdout.
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const logger = pino({ level: "info", base: { service: "proxy" } }, sink);
  // Same plugin config as test/bench/proxy.bench.ts: subject issuer A, exchange at B.
  const config = OpenidConnectConfig.parse({
    issuer: info.issuerB,
    client_id: [info.clients.gatewayPost.id],
    client_secret: [info.clients.gatewayPost.secret],
    client_auth: ["client_secret_post"],
    auth_methods: ["bearer"],
    token_exchange: { subject_token_issuers: [{ issuer: info.issuerA }] },
  });
  const route = { id: "00000000-0000-4000-8000-000000000001", paths: ["/"], service: { id: "00000000-0000-4000-8000-000000000002" } };
  const service = { id: "00000000-0000-4000-8000-000000000002", host: "127.0.0.1" };
  const compiled = { id: route.id, route, service } as unknown as CompiledRoute;
  const plugin = { id: "00000000-0000-4000-8000-0000000000aa", name: "openid-connect", enabled: true, protocols: ["http", "https"], route: null, service: null, consumer: null };

  // What the core hands to PluginRequest for `GET /` with the bench's headers (wrk sends host + authorization).
  const clientHeaders = { host: "127.0.0.1:8000", authorization: `Bearer ${tokenA}` };
  const fakeReq = { headers: clientHeaders } as unknown as IncomingMessage;
  const fakeRes = { destroyed: false, once() {} } as unknown as ServerResponse;
  const flatFor = (id: string) => [
    "authorization", clientHeaders.authorization,
    "host", "127.0.0.1:44531",
    "x-forwarded-for", "127.0.0.1", "x-forwarded-proto", "http", "x-forwarded-host", "127.0.0.1",
    "x-forwarded-port", "8000", "x-forwarded-path", "/", "x-real-ip", "127.0.0.1",
    "via", "1.1 kong/3.14.0", "x-kong-request-id", id,
  ];

  const variants: Variant[] = [await loadVariant("current", resolve(import.meta.dirname, "../.."))];
  if (args.compare) variants.push(await loadVariant("compare", args.compare));

  const sets = variants.map((v) => {
    const services: PluginServices = { logger, shared: new Map() };
    const set = v.runner.PluginSet.build([{ plugin: plugin as never, config }], new Map([["openid-connect", v.plugin]]), services);
    const empty = v.runner.PluginSet.build([], new Map(), services);
    return { v, plan: set.planFor(compiled, "http"), emptyPlan: empty.planFor(compiled, "http") };
  });

  let n = 0;
  const makeReq = () => {
    const id = (++n).toString(16).padStart(32, "0");
    return new PluginRequest({ id, method: "GET", scheme: "http", host: "127.0.0.1", path: "/", query: "", clientIp: "127.0.0.1", route: route as never, service: service as never, upstream: flatFor(id), hasBody: false, req: fakeReq, res: fakeRes, log: logger });
  };

  // Prime: one real exchange per variant (separate shared state), then check the hit's output.
  for (const s of sets) {
    const req = makeReq();
    const r = await s.v.runner.runAccess(s.plan, req, []);
    if (r) throw new Error(`${s.v.name}: first request refused: ${JSON.stringify(r)}`);
    const up = req.flatUpstreamHeaders();
    const auth = up[up.indexOf("authorization") + 1];
    if (!auth?.startsWith("Bearer ") || auth === clientHeaders.authorization) throw new Error(`${s.v.name}: no exchanged token upstream`);
    if (up.some((x) => x.includes(tokenA))) throw new Error(`${s.v.name}: subject token would go upstream`);
  }
  await control("POST", "/reset");

  async function loop(plan: RunnerModule.RoutePlan, runner: typeof RunnerModule, count: number): Promise<number> {
    const t0 = process.cpuUsage();
    for (let i = 0; i < count; i++) {
      const req = makeReq();
      const r = await runner.runAccess(plan, req, []);
      if (r) throw new Error(`refused: ${JSON.stringify(r)}`);
      req.flatUpstreamHeaders();
    }
    const d = process.cpuUsage(t0);
    return ((d.user + d.system) * 1000) / count; // ns per request
  }

  console.log(`openid-connect warm access phase, in process: ${iterations} requests per run, ${rounds} rounds, node ${process.version}`);
  console.log(`${loadLine()} before`);
  // Warm-up (JIT) of every variant and of the empty plan.
  for (const s of sets) {
    await loop(s.plan, s.v.runner, Math.min(iterations, 50_000));
    await loop(s.emptyPlan, s.v.runner, Math.min(iterations, 50_000));
  }
  const results = new Map<string, number[]>();
  const add = (k: string, x: number) => results.set(k, [...(results.get(k) ?? []), x]);
  for (let round = 1; round <= rounds; round++) {
    const line: string[] = [];
    for (const s of sets) {
      const core = await loop(s.emptyPlan, s.v.runner, iterations);
      const full = await loop(s.plan, s.v.runner, iterations);
      add(`${s.v.name} core`, core);
      add(`${s.v.name} oidc`, full);
      line.push(`${s.v.name}: core only ${(core / 1000).toFixed(2)} µs, with openid-connect ${(full / 1000).toFixed(2)} µs (plugin ${((full - core) / 1000).toFixed(2)} µs)`);
    }
    console.log(`round ${round}: ${line.join("; ")}   [${loadLine()}]`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log("");
  for (const s of sets) {
    const core = median(results.get(`${s.v.name} core`)!);
    const full = median(results.get(`${s.v.name} oidc`)!);
    console.log(`median ${s.v.name.padEnd(8)} core only ${(core / 1000).toFixed(2)} µs/req, with openid-connect ${(full / 1000).toFixed(2)} µs/req → plugin + runner ${((full - core) / 1000).toFixed(2)} µs/req CPU (${(1e9 / full).toFixed(0)} access phases/s on one core)`);
  }
  if (sets.length === 2) {
    const a = median(results.get("current oidc")!) - median(results.get("current core")!);
    const b = median(results.get("compare oidc")!) - median(results.get("compare core")!);
    console.log(`plugin + runner cost, current ÷ compare: ${(a / b).toFixed(2)}`);
  }
  console.log(`exchange calls at B during the timed runs: ${(await control("GET", "/stats")).b.exchange} (0 expected: every request a cache hit)`);
  console.log(`${loadLine()} after`);
} finally {
  await idpProc.stop();
}
