// Hot-path benchmark of the proxy core (match + forward, no plugins) against a bare Node
// pass-through measured in the same run.
//
//   npx tsx test/bench/proxy-core.bench.ts [--duration 8] [--connections 50] [--rounds 2] [--tool autocannon]
//
// Processes (all share the machine's cores, as in production-like single-box tests):
//   upstream  — node:http answering an 11-byte JSON body (its own process);
//   baseline  — node:http server + undici Pool (64 connections) piping requests through, no logic;
//   proxy     — `proxy/main.ts` as started in production, config from a control-plane stub
//               (same protocol as the API), 64 upstream connections, access log off.
// Load: wrk -t1 (or autocannon when wrk is missing), alternating baseline/proxy for --rounds
// rounds after a warm-up of each. Prints req/s and p99 per run, the medians, and the ratio.
// The harness is generic: `measure(url)` and `startRole()` can drive any target.
//
// Role mode (internal): --role upstream|baseline [--upstream <url>] prints "<role> listening <port>".
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Pool } from "undici";
import { startControlPlaneStub } from "../integration/proxy-control-plane-stub.ts";
import { startProcess, tsxArgs, type ManagedProcess } from "../support/processes.ts";
import { route, service, snapshot } from "../support/proxy-snapshot.ts";

const { values: args } = parseArgs({
  options: {
    role: { type: "string" },
    upstream: { type: "string" },
    duration: { type: "string", default: "8" },
    connections: { type: "string", default: "50" },
    rounds: { type: "string", default: "2" },
    tool: { type: "string" },
  },
});

// ---- roles --------------------------------------------------------------------------------------

function runUpstream(): void {
  const body = Buffer.from('{"ok":true}');
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => process.stdout.write(`upstream listening ${(server.address() as { port: number }).port}\n`));
}

/** The reference: the least a Node proxy does (copy headers minus hop-by-hop, pipe both ways). */
function runBaseline(upstream: string): void {
  const pool = new Pool(upstream, { connections: 64, pipelining: 1, keepAliveTimeout: 60_000 });
  const hop = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te", "trailer"]);
  const server = http.createServer((req, res) => {
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !hop.has(k)) headers[k] = v;
    const hasBody = req.headers["content-length"] !== undefined || req.headers["transfer-encoding"] !== undefined;
    pool
      .request({ method: req.method as "GET", path: req.url ?? "/", headers, body: hasBody ? req : null })
      .then(async (up) => {
        const out: Record<string, string | string[]> = {};
        for (const [k, v] of Object.entries(up.headers)) if (v !== undefined && !hop.has(k)) out[k] = v;
        res.writeHead(up.statusCode, out);
        for await (const chunk of up.body) res.write(chunk);
        res.end();
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => process.stdout.write(`baseline listening ${(server.address() as { port: number }).port}\n`));
}

// ---- harness ------------------------------------------------------------------------------------

const SELF = fileURLToPath(import.meta.url);

export async function startRole(role: "upstream" | "baseline", extra: string[] = []): Promise<{ proc: ManagedProcess; port: number }> {
  const proc = await startProcess({ name: role, ...tsxArgs(SELF), args: [...tsxArgs(SELF).args, "--role", role, ...extra], ready: new RegExp(`^${role} listening \\d+`) });
  return { proc, port: Number(proc.readyLine.split(" ").pop()) };
}

export interface Measurement {
  rps: number;
  p99Ms: number;
  non2xx: number;
  requests: number;
  tool: "wrk" | "autocannon";
}

/** CPU time (user + system, ms) a process has used so far; null where /proc is unavailable. */
export function cpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime in clock ticks (100 Hz)
  } catch {
    return null;
  }
}

const hasWrk = args.tool !== "autocannon" && spawnSync("wrk", ["--version"], { encoding: "utf8" }).error === undefined;

/** Runs load against `url` for `seconds` with `connections` (one wrk thread). */
export async function measure(url: string, seconds: number, connections: number): Promise<Measurement> {
  if (hasWrk) {
    const r = spawnSync("wrk", ["-t1", `-c${connections}`, `-d${seconds}s`, "--latency", url], { encoding: "utf8" });
    const out = r.stdout;
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
    const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out);
    const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
    const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
    if (!Number.isFinite(rps) || !p99) throw new Error(`could not parse wrk output:\n${out}\n${r.stderr}`);
    const unit = p99[2] === "us" ? 0.001 : p99[2] === "s" ? 1000 : 1;
    return { rps, p99Ms: Number(p99[1]) * unit, non2xx, requests, tool: "wrk" };
  }
  // autocannon ships no types; only the fields read here are declared.
  const mod = "autocannon";
  const { default: autocannon } = (await import(mod)) as {
    default: (o: object) => Promise<{ requests: { average: number; total: number }; latency: { p99: number }; non2xx: number }>;
  };
  const result = await autocannon({ url, connections, duration: seconds });
  return { rps: result.requests.average, p99Ms: result.latency.p99, non2xx: result.non2xx, requests: result.requests.total, tool: "autocannon" };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const seconds = Number(args.duration);
  const connections = Number(args.connections);
  const rounds = Number(args.rounds);
  const work = mkdtempSync(join(tmpdir(), "proxy-core-bench-"));
  const procs: ManagedProcess[] = [];
  try {
    const upstream = await startRole("upstream");
    procs.push(upstream.proc);
    const upstreamUrl = `http://127.0.0.1:${upstream.port}`;
    const baseline = await startRole("baseline", ["--upstream", upstreamUrl]);
    procs.push(baseline.proc);

    const cpId = randomUUID();
    const token = `kdp_${randomUUID().replace(/-/g, "")}`;
    const cp = await startControlPlaneStub(cpId, token);
    const svc = service({ url: upstreamUrl });
    // A few routes so matching does some work, the benchmarked one in the middle of the order.
    const routes = [
      route({ paths: ["/alpha"], service: { id: svc.id } }),
      route({ paths: ["/bench"], service: { id: svc.id }, strip_path: false }),
      route({ paths: ["~/items/\\d+$"], service: { id: svc.id } }),
      route({ hosts: ["*.example.test"], service: { id: svc.id } }),
    ];
    cp.set(snapshot(cpId, 1, { services: [svc], routes }));
    const proxy = await startProcess({
      name: "proxy",
      ...tsxArgs("proxy/main.ts"),
      env: {
        KONNECT_SERVER_URL: cp.url,
        KONNECT_CONTROL_PLANE_ID: cpId,
        KONNECT_DP_TOKEN: token,
        PROXY_PORT: "0",
        PROXY_STATUS_PORT: "0",
        PROXY_LISTEN_HOST: "127.0.0.1",
        PROXY_CACHE_DIR: join(work, "cache"),
        PROXY_UPSTREAM_CONNECTIONS: "64",
      },
      ready: /"msg":"proxy listening"/,
    });
    procs.push(proxy);
    const proxyPort = (JSON.parse(proxy.readyLine) as { port: number }).port;
    for (let i = 0; i < 200; i++) {
      const r = await fetch(`http://127.0.0.1:${proxyPort}/bench`).catch(() => null);
      if (r?.status === 200) break;
      await new Promise((res) => setTimeout(res, 25));
    }

    const targets = { baseline: `http://127.0.0.1:${baseline.port}/bench`, proxy: `http://127.0.0.1:${proxyPort}/bench` };
    const pids: Record<string, number> = { baseline: baseline.proc.child.pid!, proxy: proxy.child.pid! };
    console.log(`tool: ${hasWrk ? "wrk -t1" : "autocannon"}, ${connections} connections, ${seconds}s per run, ${rounds} rounds; node ${process.version}`);
    for (const [name, url] of Object.entries(targets)) await measure(url, 2, connections).then(() => console.log(`warm-up ${name} done`));
    const results: Record<string, Measurement[]> = { baseline: [], proxy: [] };
    const cpuPerReq: Record<string, number[]> = { baseline: [], proxy: [] };
    for (let round = 1; round <= rounds; round++) {
      for (const [name, url] of Object.entries(targets)) {
        const cpu0 = cpuMs(pids[name]);
        const m = await measure(url, seconds, connections);
        const cpu1 = cpuMs(pids[name]);
        results[name].push(m);
        // CPU per request is steadier than req/s when other work shares the machine.
        const us = cpu0 !== null && cpu1 !== null && m.requests > 0 ? ((cpu1 - cpu0) * 1000) / m.requests : NaN;
        if (Number.isFinite(us)) cpuPerReq[name].push(us);
        console.log(`round ${round} ${name.padEnd(8)} ${m.rps.toFixed(0).padStart(7)} req/s  p99 ${m.p99Ms.toFixed(2).padStart(7)} ms  ${Number.isFinite(us) ? `${us.toFixed(1)} µs CPU/req` : ""}${m.non2xx ? `  non-2xx ${m.non2xx}` : ""}`);
      }
    }
    const b = median(results.baseline.map((m) => m.rps));
    const p = median(results.proxy.map((m) => m.rps));
    const bp99 = median(results.baseline.map((m) => m.p99Ms));
    const pp99 = median(results.proxy.map((m) => m.p99Ms));
    console.log(`\nmedian baseline ${b.toFixed(0)} req/s (p99 ${bp99.toFixed(2)} ms)`);
    console.log(`median proxy    ${p.toFixed(0)} req/s (p99 ${pp99.toFixed(2)} ms)`);
    console.log(`ratio proxy/baseline: ${(p / b).toFixed(2)} req/s, ${(pp99 / bp99).toFixed(2)} p99`);
    if (cpuPerReq.baseline.length === rounds && cpuPerReq.proxy.length === rounds) {
      // Paired per round (same background load), then the median of the pairs.
      const pairs = cpuPerReq.baseline.map((b, i) => b / cpuPerReq.proxy[i]);
      const rpsPairs = results.baseline.map((b, i) => results.proxy[i].rps / b.rps);
      console.log(`CPU per request (median): baseline ${median(cpuPerReq.baseline).toFixed(1)} µs, proxy ${median(cpuPerReq.proxy).toFixed(1)} µs`);
      console.log(`paired per round: CPU efficiency baseline/proxy ${median(pairs).toFixed(2)} [${pairs.map((x) => x.toFixed(2)).join(" ")}], req/s proxy/baseline ${median(rpsPairs).toFixed(2)} [${rpsPairs.map((x) => x.toFixed(2)).join(" ")}]`);
    }
    await cp.close();
  } finally {
    for (const p of procs.reverse()) await p.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (args.role === "upstream") runUpstream();
else if (args.role === "baseline") runBaseline(String(args.upstream));
else await main();
