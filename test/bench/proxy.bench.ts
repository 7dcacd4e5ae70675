// Proxy benchmark, one run, ratios against a baseline measured in the same run.
//
//   npx tsx test/bench/proxy.bench.ts [--duration 5] [--rounds 3] [--connections 50] [--cached-tokens 100000] [--skip-rss]
//
// Measures (wrk -t1, or autocannon when wrk is missing; all processes share the machine's cores):
//  0. nginx `proxy_pass` (1 worker, upstream keepalive 64, HTTP/1.1 to the upstream) from a config
//     generated into a temp dir (test/bench/nginx.ts), when an nginx binary is found on PATH or at
//     /usr/sbin/nginx; every target's req/s is then also printed as a ratio to nginx's;
//  1. baseline: a bare pass-through (node:http server + undici Pool, 64 connections), its own process;
//  2. the proxy (`proxy/main.ts`, its own process) without plugins;
//  3. the proxy with openid-connect token exchange (seed config: issuer B, subject issuer A) and a
//     warm exchange cache (one A token, exchanged once, then served from the caches);
// then, against the openid-connect proxy:
//  4. exchange calls at B for 1,000 concurrent first requests carrying one new token (target 1);
//  5. proxy RSS after caching N distinct tokens (N A-tokens verified + N exchanged B-tokens cached).
// The upstream is a Node server answering an 11-byte JSON body; IdPs A and B are real
// oidc-provider servers (test/support/idp.ts); configuration reaches the proxy through the
// control-plane stub (the API's data-plane config protocol).
//
// Role mode (used internally): --role baseline --upstream <url> prints "baseline listening <port>".
import http from "node:http";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { Agent, Pool, request } from "undici";

const { values: args } = parseArgs({
  options: {
    role: { type: "string" },
    upstream: { type: "string" },
    duration: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
    "cached-tokens": { type: "string", default: "100000" },
    "skip-rss": { type: "boolean", default: false },
    /** Write a V8 CPU profile of each proxy process into this directory. */
    "cpu-prof-dir": { type: "string" },
  },
});

/** The reference point: what any Node proxy costs before doing anything. */
async function runBaseline(upstream: string): Promise<void> {
  const pool = new Pool(upstream, { connections: 64, pipelining: 1, keepAliveTimeout: 30_000 });
  const server = http.createServer((req, res) => {
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && k !== "connection" && k !== "keep-alive") headers[k] = v;
    pool.request({ method: req.method as "GET", path: req.url ?? "/", headers, body: req.method === "GET" || req.method === "HEAD" ? null : req })
      .then(async (up) => {
        const out: Record<string, string | string[]> = {};
        for (const [k, v] of Object.entries(up.headers)) if (v !== undefined && k !== "connection" && k !== "keep-alive" && k !== "transfer-encoding") out[k] = v;
        res.writeHead(up.statusCode, out);
        for await (const chunk of up.body) res.write(chunk);
        res.end();
      })
      .catch(() => { if (!res.headersSent) res.writeHead(502); res.end(); });
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, "127.0.0.1", () => {
    process.stdout.write(`baseline listening ${(server.address() as { port: number }).port}\n`);
  });
  process.on("SIGTERM", () => process.exit(0));
}

interface LoadResult {
  rps: number;
  p99Ms: number;
  non2xx: number;
  requests: number;
  tool: string;
}

/** utime+stime of a process in ms (Linux /proc), or NaN. CPU per request is robust against other load on the machine. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks, USER_HZ = 100
  } catch {
    return NaN;
  }
}

function parseDurationMs(s: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(s.trim());
  if (!m) return NaN;
  const v = Number(m[1]);
  return m[2] === "us" ? v / 1000 : m[2] === "ms" ? v : m[2] === "s" ? v * 1000 : v * 60_000;
}

const haveWrk = spawnSync("wrk", ["--version"]).error === undefined;

async function load(url: string, headers: Record<string, string>, seconds: number, connections: number): Promise<LoadResult> {
  if (haveWrk) {
    const hargs = Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}: ${v}`]);
    const out = await new Promise<string>((resolve, reject) => {
      const p = spawn("wrk", ["-t1", `-c${connections}`, `-d${seconds}s`, "--latency", ...hargs, url], { stdio: ["ignore", "pipe", "pipe"] });
      let text = "";
      p.stdout.on("data", (d) => (text += d));
      p.stderr.on("data", (d) => (text += d));
      p.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}: ${text}`))));
    });
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
    const p99 = parseDurationMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? "");
    const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
    const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN);
    return { rps, p99Ms: p99, non2xx, requests, tool: "wrk -t1" };
  }
  // autocannon ships no type declarations.
  const moduleName = "autocannon";
  const autocannon = ((await import(moduleName)) as { default: (o: object) => Promise<{ requests: { average: number; total: number }; latency: { p99: number }; non2xx: number }> }).default;
  const r = await autocannon({ url, connections, duration: seconds, headers });
  return { rps: r.requests.average, p99Ms: r.latency.p99, non2xx: r.non2xx, requests: r.requests.total, tool: "autocannon" };
}

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) * 1024 : NaN;
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const seconds = Number(args.duration);
  const rounds = Math.max(1, Number(args.rounds));
  const connections = Number(args.connections);
  const cachedTokens = Number(args["cached-tokens"]);
  const { startIdps, tokenFromA, CLIENTS } = await import("../support/idp.ts");
  const { startEchoUpstream } = await import("../support/echo-upstream.ts");
  const { startProcess, tsxArgs } = await import("../support/processes.ts");
  const { startControlPlaneStub } = await import("../integration/proxy-control-plane-stub.ts");
  const snap = await import("../support/proxy-snapshot.ts");
  const { findNginx, nginxVersion, startNginx } = await import("./nginx.ts");
  const loadLine = () => `${loadavg().map((x) => x.toFixed(2)).join(" ")} (${cpus().length} cores)`;
  const loadBefore = loadLine();

  const cleanups: Array<() => Promise<unknown>> = [];
  const cacheDir = mkdtempSync(join(tmpdir(), "proxy-bench-"));
  cleanups.push(async () => rmSync(cacheDir, { recursive: true, force: true }));
  try {
    const upstream = await startEchoUpstream({ record: false });
    cleanups.push(() => upstream.close());
    const idps = await startIdps({ a: { accessTokenTtl: 3600 }, b: { exchangeTtl: 3600 } });
    cleanups.push(() => idps.close());

    console.log(`proxy benchmark: ${seconds}s per measurement, ${connections} connections, load generator: ${haveWrk ? "wrk -t1" : "autocannon"}`);
    console.log(`upstream ${upstream.url} (11-byte JSON), IdP A ${idps.a.issuer}, IdP B ${idps.b.issuer}`);
    console.log(`load average before: ${loadBefore}`);

    // nginx, the reference performance.md asks for, proxying to the same upstream.
    const nginxBin = findNginx();
    let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
    if (!nginxBin) {
      console.log("nginx: not found on PATH or at /usr/sbin/nginx, so no ratio to nginx (install it with `apt-get install -y nginx`)");
    } else {
      nginx = await startNginx(nginxBin, upstream.url);
      cleanups.push(() => nginx!.stop());
      console.log(`nginx: ${nginxBin} (${await nginxVersion(nginxBin)}), 1 worker, upstream keepalive 64, on ${nginx.url}`);
    }
    console.log("");

    // Every run sends the same request: the A token the openid-connect run uses (so header sizes match).
    const tokenA = await tokenFromA(idps.a, { sub: "bench-user", scope: "read" });
    const auth = { authorization: `Bearer ${tokenA}` };

    // Proxies get their configuration from the control-plane stub.
    const dpToken = `kdp_${randomUUID().replace(/-/g, "")}`;
    async function startProxy(plugins: ReturnType<typeof snap.plugin>[], name: string) {
      const cpId = randomUUID();
      const stub = await startControlPlaneStub(cpId, dpToken);
      const svc = snap.service({ name: "echo", url: upstream.url });
      const rt = snap.route({ name: "all", paths: ["/"], service: { id: svc.id } });
      stub.set(snap.snapshot(cpId, 1, { services: [svc], routes: [rt], plugins }));
      const proc = await startProcess({
        name,
        command: process.execPath,
        args: [...(args["cpu-prof-dir"] ? ["--cpu-prof", `--cpu-prof-dir=${args["cpu-prof-dir"]}`] : []), ...tsxArgs("proxy/main.ts").args],
        env: {
          KONNECT_SERVER_URL: stub.url,
          KONNECT_CONTROL_PLANE_ID: cpId,
          KONNECT_DP_TOKEN: dpToken,
          PROXY_LISTEN_HOST: "127.0.0.1",
          PROXY_PORT: "0",
          PROXY_STATUS_PORT: "0",
          PROXY_CACHE_DIR: join(cacheDir, name),
          PROXY_LOG_LEVEL: "info",
          PROXY_REDIS_URL: undefined,
        },
        ready: /"msg":"proxy listening"/,
        timeoutMs: 30_000,
      });
      cleanups.push(async () => { await proc.stop(); await stub.close(); });
      const port = Number((JSON.parse(proc.readyLine) as { port: number }).port);
      // Wait until the route answers (configuration applied).
      for (let i = 0; i < 100; i++) {
        const r = await request(`http://127.0.0.1:${port}/`).catch(() => undefined);
        if (r) { await r.body.dump(); if (r.statusCode !== 404 && r.statusCode !== 503) break; }
        await new Promise((res) => setTimeout(res, 100));
      }
      return { proc, port, stub };
    }

    // The three targets run side by side; measurements alternate between them round by round so
    // background load on the machine hits all of them alike. Medians are reported.
    const baseline = await startProcess({ name: "baseline", command: process.execPath, args: [...tsxArgs("test/bench/proxy.bench.ts").args, "--role", "baseline", "--upstream", upstream.url], ready: /baseline listening/ });
    cleanups.push(() => baseline.stop());
    const basePort = Number(/listening (\d+)/.exec(baseline.readyLine)![1]);
    const bare = await startProxy([], "proxy-bare");
    const oidcConfig = {
      issuer: idps.b.issuer,
      client_id: [CLIENTS.gatewayPost.id],
      client_secret: [CLIENTS.gatewayPost.secret],
      client_auth: ["client_secret_post"],
      auth_methods: ["bearer"],
      token_exchange: { subject_token_issuers: [{ issuer: idps.a.issuer }] },
    };
    const oidc = await startProxy([snap.plugin({ name: "openid-connect", config: oidcConfig })], "proxy-oidc");
    idps.b.resetCounts();
    const first = await request(`http://127.0.0.1:${oidc.port}/`, { headers: auth });
    await first.body.dump();
    if (first.statusCode !== 200) throw new Error(`openid-connect proxy answered ${first.statusCode} to a valid token`);

    const targets = [
      ...(nginx ? [{ name: "nginx proxy_pass, 1 worker", url: nginx.url, pid: nginx.workerPid }] : []),
      { name: "baseline: node:http + undici Pool(64)", url: `http://127.0.0.1:${basePort}/`, pid: baseline.child.pid! },
      { name: "proxy, no plugins", url: `http://127.0.0.1:${bare.port}/`, pid: bare.proc.child.pid! },
      { name: "proxy, openid-connect, warm exchange cache", url: `http://127.0.0.1:${oidc.port}/`, pid: oidc.proc.child.pid! },
    ];
    for (const t of targets) await load(t.url, auth, 2, connections); // warm-up (JIT, pools, caches)
    const runs: Array<Array<LoadResult & { cpuUs: number; upstreamConnections: number }>> = targets.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < targets.length; i++) {
        const c0 = cpuMs(targets[i].pid);
        const conn0 = upstream.connections();
        const r = await load(targets[i].url, auth, seconds, connections);
        runs[i].push({ ...r, cpuUs: ((cpuMs(targets[i].pid) - c0) * 1000) / r.requests, upstreamConnections: upstream.connections() - conn0 });
      }
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const summary = runs.map((rs) => ({
      rps: median(rs.map((r) => r.rps)),
      p99Ms: median(rs.map((r) => r.p99Ms)),
      cpuUs: median(rs.map((r) => r.cpuUs)),
      non2xx: rs.reduce((n, r) => n + r.non2xx, 0),
      tool: rs[0].tool,
      all: rs.map((r) => r.rps.toFixed(0)).join("/"),
      newUpstreamConnections: rs.reduce((n, r) => n + r.upstreamConnections, 0),
    }));
    const offset = nginx ? 1 : 0;
    const ngx = nginx ? summary[0] : undefined;
    const [base, , warm] = summary.slice(offset);
    const warmExchanges = idps.b.counts.exchange;
    const loadAfter = loadLine();
    await nginx?.stop();
    await baseline.stop();
    await bare.proc.stop();

    // 4. 1,000 concurrent first requests with one new token.
    const fresh = await tokenFromA(idps.a, { sub: "burst-user", scope: "read" });
    idps.b.resetCounts();
    const agent = new Agent({ connections: 1000, pipelining: 1 });
    const statuses = await Promise.all(Array.from({ length: 1000 }, async () => {
      const r = await request(`http://127.0.0.1:${oidc.port}/`, { headers: { authorization: `Bearer ${fresh}` }, dispatcher: agent });
      await r.body.dump();
      return r.statusCode;
    }));
    await agent.close();
    const burstExchanges = idps.b.counts.exchange;
    const burstOk = statuses.filter((s) => s === 200).length;

    // 5. RSS with N cached tokens.
    let rssLine = "skipped (--skip-rss)";
    if (!args["skip-rss"] && cachedTokens > 0) {
      const pid = oidc.proc.child.pid!;
      const rssBefore = rssOf(pid);
      const started = Date.now();
      const pool = new Pool(`http://127.0.0.1:${oidc.port}`, { connections: 32 });
      let next = 0;
      let failed = 0;
      const worker = async () => {
        while (next < cachedTokens) {
          next++;
          const t = await idps.a.mintToken({ sub: `user-${next}`, aud: "urn:test:service-b", scope: "read" }, { alg: "ES256", expiresIn: 3600 });
          const r = await pool.request({ method: "GET", path: "/", headers: { authorization: `Bearer ${t}` } });
          await r.body.dump();
          if (r.statusCode !== 200) failed++;
        }
      };
      await Promise.all(Array.from({ length: 32 }, worker));
      await pool.close();
      const rssAfter = rssOf(pid);
      rssLine = `${mb(rssAfter)} after caching ${cachedTokens} tokens (was ${mb(rssBefore)} warm; +${((rssAfter - rssBefore) / cachedTokens).toFixed(0)} bytes/token; ${failed} failed; filled in ${((Date.now() - started) / 1000).toFixed(0)} s)`;
    }
    await oidc.proc.stop();

    const row = (name: string, r: (typeof summary)[number]) =>
      `${name.padEnd(44)} ${r.rps.toFixed(0).padStart(8)} req/s   p99 ${r.p99Ms.toFixed(2).padStart(7)} ms   ratio ${(r.rps / base.rps).toFixed(2)}${ngx ? `   ÷nginx ${(r.rps / ngx.rps).toFixed(2)}` : ""}   CPU ${r.cpuUs.toFixed(1).padStart(6)} µs/req (ratio ${(base.cpuUs / r.cpuUs).toFixed(2)})   (rounds: ${r.all}; new upstream connections: ${r.newUpstreamConnections})${r.non2xx ? `   (${r.non2xx} non-2xx!)` : ""}`;
    console.log(`results (${base.tool}, ${connections} connections, median of ${rounds} alternating rounds of ${seconds}s; "ratio" = req/s ÷ baseline's${ngx ? `, "÷nginx" = req/s ÷ nginx's` : "; no nginx, so no ratio to nginx"}; CPU ratio = baseline's CPU per request ÷ the target's):`);
    targets.forEach((t, i) => console.log(row(t.name, summary[i])));
    console.log(`  exchange calls at B during the warm run: ${warmExchanges} (1 expected: the priming request)`);
    console.log(`  target: warm openid-connect ≥ 0.70 × baseline req/s → ${(warm.rps / base.rps) >= 0.7 ? "met" : "NOT met"} (req/s ratio ${(warm.rps / base.rps).toFixed(2)}; CPU-per-request ratio ${(base.cpuUs / warm.cpuUs).toFixed(2)}, which other load on the machine disturbs less)`);
    console.log(`  load average before: ${loadBefore}; after the throughput rounds: ${loadAfter}`);
    console.log(`exchange calls at B for 1,000 concurrent first requests with one new token: ${burstExchanges} (target 1); ${burstOk}/1000 answered 200`);
    console.log(`proxy RSS: ${rssLine}`);
    console.log(`load average at the end: ${loadLine()}`);
  } finally {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  }
  process.exit(0);
}

if (args.role === "baseline") {
  await runBaseline(args.upstream!);
} else {
  await main();
}
