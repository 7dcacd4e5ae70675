// API benchmark: the API as a separate process (`tsx api/main.ts`, as `npm start` runs it), load
// from this process over loopback with undici. Every figure is printed next to a baseline measured
// in the same run: a trivial authenticated GET /v2/control-planes/{id} (auth + one row read).
//
//   npx tsx test/bench/api.bench.ts [--store sqlite|postgresql] [--entities 10000] [--plugins 2000]
//                                   [--duration 8] [--proxies 100] [--samples 300]
//
// Measures
//   1. baseline: GET control plane — req/s at 16 connections, and p50/p99 one request at a time;
//   2. writes: service creates/s (seeding --entities services) and openid-connect plugin creates/s
//      (each scoped to its own service; full zod validation + secret sealing + version bump);
//   3. list latency with --entities services in the control plane: a page of 100 (walking offsets),
//      a filtered page (filter[name][contains]), a tag-filtered page, vs the baseline's latency;
//   4. conditional polls: --proxies simulated proxies, each with its own node id, looping
//      GET data-plane/config with If-None-Match = current ETag (304s), vs the baseline at the same
//      concurrency; run with node-row writes coalesced (default) and with a write on every poll;
//   5. snapshot compression: size identity vs gzip (Accept-Encoding: gzip), and the first fetch after
//      a write (build + compress + send) with gzip against the same without (build + send).
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { Pool } from "undici";
import { seedBody } from "../fixtures/seed-openid-connect.ts";
import { startPostgres } from "../support/postgres.ts";
import { startProcess, tsxArgs, type ManagedProcess } from "../support/processes.ts";

const { values: opt } = parseArgs({
  options: {
    store: { type: "string", default: "sqlite" },
    entities: { type: "string", default: "10000" },
    plugins: { type: "string", default: "2000" },
    duration: { type: "string", default: "8" },
    proxies: { type: "string", default: "100" },
    samples: { type: "string", default: "300" },
  },
});
const ENTITIES = Number(opt.entities);
const PLUGINS = Math.min(Number(opt.plugins), ENTITIES);
const DURATION_MS = Number(opt.duration) * 1000;
const PROXIES = Number(opt.proxies);
const SAMPLES = Number(opt.samples);

interface Req {
  path: string;
  method?: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

async function send(pool: Pool, r: Req): Promise<{ status: number; body: string; bytes: Buffer; headers: Record<string, string | string[] | undefined> }> {
  const res = await pool.request({ path: r.path, method: r.method ?? "GET", body: r.body, headers: r.headers });
  // Bytes as sent (undici does not decode Content-Encoding); `body` is their UTF-8 reading.
  const bytes = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, body: bytes.toString("utf8"), bytes, headers: res.headers };
}

/** `concurrency` loops issuing `next(worker)` until the deadline; counts statuses, keeps latencies. */
async function load(pool: Pool, concurrency: number, durationMs: number, next: (worker: number) => Req, expect: number[]) {
  const latencies: number[] = [];
  let ok = 0;
  let bad = 0;
  const deadline = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      while (performance.now() < deadline) {
        const t = performance.now();
        const res = await send(pool, next(w));
        latencies.push(performance.now() - t);
        if (expect.includes(res.status)) ok++;
        else if (bad++ === 0) console.error(`  unexpected ${res.status}: ${res.body.slice(0, 200)}`);
      }
    }),
  );
  const secs = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: ok / secs, ok, bad, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}

/** A fixed amount of work at `concurrency`: items/s. */
async function batch(pool: Pool, concurrency: number, items: Req[], expect: number) {
  let i = 0;
  let bad = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (i < items.length) {
        const res = await send(pool, items[i++]);
        if (res.status !== expect && bad++ < 3) console.error(`  unexpected ${res.status}: ${res.body.slice(0, 300)}`);
      }
    }),
  );
  return { perSec: items.length / ((performance.now() - started) / 1000), bad };
}

/** One request at a time: latency distribution. */
async function sequential(pool: Pool, n: number, next: (i: number) => Req) {
  const lat: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await send(pool, next(i));
    lat.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`${next(i).path}: ${res.status} ${res.body.slice(0, 200)}`);
  }
  lat.sort((a, b) => a - b);
  return { p50: quantile(lat, 0.5), p99: quantile(lat, 0.99) };
}

async function startApi(env: Record<string, string>): Promise<{ proc: ManagedProcess; url: string }> {
  const { command, args } = tsxArgs("api/main.ts");
  // Request logging off (LOG_REQUESTS=false) for the baseline and the measured calls alike.
  const proc = await startProcess({ name: "api", command, args, env: { PORT: "0", HOST: "127.0.0.1", LOG_REQUESTS: "false", ...env }, ready: /API listening/, timeoutMs: 60_000 });
  return { proc, url: JSON.parse(proc.readyLine).address };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "api-bench-"));
  const admin = "kpat_" + randomBytes(24).toString("base64url");
  let stopPg: (() => Promise<void>) | undefined;
  let databaseUrl = "";
  if (opt.store === "postgresql") {
    const h = await startPostgres();
    if (!h.server) throw new Error(`PostgreSQL unavailable: ${h.skipReason}`);
    databaseUrl = await h.server.createDatabase("bench");
    stopPg = () => h.server.stop();
  }
  const baseEnv = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, KONNECT_BOOTSTRAP_TOKEN: admin, KONNECT_ENCRYPTION_KEY: randomBytes(32).toString("base64"), LOG_LEVEL: "info" };
  let api = await startApi(baseEnv);
  let pool = new Pool(api.url, { connections: Math.max(PROXIES, 16), pipelining: 1 });
  const auth = { authorization: `Bearer ${admin}`, "content-type": "application/json" };
  const rows: string[][] = [];
  const note = (what: string, value: string, baseline: string, ratio: string) => {
    rows.push([what, value, baseline, ratio]);
    console.log(`  ${what}: ${value}   (baseline ${baseline}; ratio ${ratio})`);
  };

  try {
    console.log(`API benchmark — store ${opt.store}, ${ENTITIES} services, ${PLUGINS} plugins, ${PROXIES} proxies, ${DURATION_MS / 1000}s runs, Node ${process.version}`);
    const cp = JSON.parse((await send(pool, { path: "/v2/control-planes", method: "POST", headers: auth, body: JSON.stringify({ name: "bench" }) })).body);
    const cpGet: Req = { path: `/v2/control-planes/${cp.id}`, headers: { authorization: `Bearer ${admin}` } };

    // 1. baseline
    await load(pool, 16, 1500, () => cpGet, [200]); // warm-up
    const base16 = await load(pool, 16, DURATION_MS, () => cpGet, [200]);
    const baseSeq = await sequential(pool, SAMPLES, () => cpGet);
    console.log(`baseline GET /v2/control-planes/{id}: ${fmt(base16.rps)} req/s at 16 connections; one at a time p50 ${fmt(baseSeq.p50, 2)} ms, p99 ${fmt(baseSeq.p99, 2)} ms`);

    // 2. writes
    const services: Req[] = Array.from({ length: ENTITIES }, (_, i) => ({
      path: `/v2/control-planes/${cp.id}/core-entities/services`,
      method: "POST",
      headers: auth,
      body: JSON.stringify({ name: `svc-${i}`, host: `upstream-${i}.internal`, tags: [`t${i % 10}`, `g${i % 100}`] }),
    }));
    const svcWrites = await batch(pool, 16, services, 201);
    note("service creates/s (16 conn)", fmt(svcWrites.perSec), `${fmt(base16.rps)} GET/s`, fmt(svcWrites.perSec / base16.rps, 3));
    const ids: string[] = [];
    let offset: string | undefined;
    do {
      const page = JSON.parse((await send(pool, { path: `/v2/control-planes/${cp.id}/core-entities/services?size=1000${offset ? `&offset=${offset}` : ""}`, headers: auth })).body);
      ids.push(...page.data.map((s: { id: string }) => s.id));
      offset = page.offset;
    } while (offset);
    if (ids.length !== ENTITIES) throw new Error(`expected ${ENTITIES} services, listed ${ids.length}`);
    const plugin = seedBody({ issuer: "https://idp-b.example/realms/b", clientId: "gw", clientSecret: "bench-secret", subjectTokenIssuer: "https://idp-a.example/realms/a" });
    const plugins: Req[] = ids.slice(0, PLUGINS).map((id) => ({ path: `/v2/control-planes/${cp.id}/core-entities/services/${id}/plugins`, method: "POST", headers: auth, body: plugin }));
    const pluginWrites = await batch(pool, 16, plugins, 201);
    note("openid-connect plugin creates/s (16 conn)", fmt(pluginWrites.perSec), `${fmt(base16.rps)} GET/s; ${fmt(svcWrites.perSec)} service creates/s`, `${fmt(pluginWrites.perSec / base16.rps, 3)} of GET; ${fmt(pluginWrites.perSec / svcWrites.perSec, 2)} of service creates`);

    // 3. list latency at ENTITIES entities
    const offsets: (string | undefined)[] = [undefined];
    for (let i = 0; i < 20 && offsets.length < 20; i++) {
      const page = JSON.parse((await send(pool, { path: `/v2/control-planes/${cp.id}/core-entities/services?size=100${offsets[i] ? `&offset=${offsets[i]}` : ""}`, headers: auth })).body);
      if (page.offset) offsets.push(page.offset);
    }
    const listPage = await sequential(pool, SAMPLES, (i) => ({ path: `/v2/control-planes/${cp.id}/core-entities/services?size=100${offsets[i % offsets.length] ? `&offset=${offsets[i % offsets.length]}` : ""}`, headers: auth }));
    note(`list page of 100 (of ${ENTITIES}) p50/p99`, `${fmt(listPage.p50, 2)} / ${fmt(listPage.p99, 2)} ms`, `${fmt(baseSeq.p50, 2)} / ${fmt(baseSeq.p99, 2)} ms`, `${fmt(listPage.p50 / baseSeq.p50, 1)}x p50`);
    const filtered = await sequential(pool, SAMPLES, (i) => ({ path: `/v2/control-planes/${cp.id}/core-entities/services?size=100&filter[name][contains]=svc-${(i % 9) + 1}`, headers: auth }));
    note("filter[name][contains] page of 100 p50/p99", `${fmt(filtered.p50, 2)} / ${fmt(filtered.p99, 2)} ms`, `${fmt(baseSeq.p50, 2)} / ${fmt(baseSeq.p99, 2)} ms`, `${fmt(filtered.p50 / baseSeq.p50, 1)}x p50`);
    const tagged = await sequential(pool, SAMPLES, (i) => ({ path: `/v2/control-planes/${cp.id}/core-entities/services?size=100&tags=g${i % 100}`, headers: auth }));
    note("tags=<tag> (100 of 10k match) p50/p99", `${fmt(tagged.p50, 2)} / ${fmt(tagged.p99, 2)} ms`, `${fmt(baseSeq.p50, 2)} / ${fmt(baseSeq.p99, 2)} ms`, `${fmt(tagged.p50 / baseSeq.p50, 1)}x p50`);
    const pluginPage = await sequential(pool, Math.min(SAMPLES, 100), () => ({ path: `/v2/control-planes/${cp.id}/core-entities/plugins?size=100`, headers: auth }));
    note("plugins page of 100 (decrypt + full configs) p50/p99", `${fmt(pluginPage.p50, 2)} / ${fmt(pluginPage.p99, 2)} ms`, `${fmt(baseSeq.p50, 2)} / ${fmt(baseSeq.p99, 2)} ms`, `${fmt(pluginPage.p50 / baseSeq.p50, 1)}x p50`);

    // 4. conditional polls from PROXIES proxies
    const dp = JSON.parse((await send(pool, { path: `/v2/control-planes/${cp.id}/dp-tokens`, method: "POST", headers: auth, body: "{}" })).body).item.token;
    const full = await send(pool, { path: `/v2/control-planes/${cp.id}/data-plane/config`, headers: { authorization: `Bearer ${dp}` } });
    console.log(`snapshot: ${fmt(full.body.length / 1024 / 1024, 1)} MiB (${ENTITIES} services, ${PLUGINS} plugins), ETag ${String(full.headers.etag)}`);
    // A changed version costs one snapshot build, shared by every poller: time the first fetch after
    // a write (build + send) against a repeat fetch of the same version (cached, send only).
    const rebuild: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < 10; i++) {
      await send(pool, { path: `/v2/control-planes/${cp.id}/core-entities/consumers`, method: "POST", headers: auth, body: JSON.stringify({ username: `bench-${i}` }) });
      for (const into of [rebuild, cached]) {
        const t = performance.now();
        const r = await send(pool, { path: `/v2/control-planes/${cp.id}/data-plane/config`, headers: { authorization: `Bearer ${dp}` } });
        if (r.status !== 200) throw new Error(`config: ${r.status}`);
        into.push(performance.now() - t);
      }
    }
    rebuild.sort((a, b) => a - b);
    cached.sort((a, b) => a - b);
    note("full snapshot after a write (build + send) p50", `${fmt(quantile(rebuild, 0.5), 1)} ms`, `${fmt(quantile(cached, 0.5), 1)} ms same version again (cached)`, `${fmt(quantile(rebuild, 0.5) / quantile(cached, 0.5), 1)}x`);

    // 5. compression: sizes, and the first fetch after a write with gzip vs identity.
    const dpGet = (gzip: boolean): Req => ({ path: `/v2/control-planes/${cp.id}/data-plane/config`, headers: { authorization: `Bearer ${dp}`, ...(gzip ? { "accept-encoding": "gzip" } : {}) } });
    const identityNow = await send(pool, dpGet(false));
    const gzipNow = await send(pool, dpGet(true));
    if (gzipNow.headers["content-encoding"] !== "gzip" || !gunzipSync(gzipNow.bytes).equals(identityNow.bytes)) throw new Error("gzip snapshot does not decode to the identity snapshot");
    note("snapshot size, gzip", `${fmt(gzipNow.bytes.length / 1024, 0)} KiB`, `${fmt(identityNow.bytes.length / 1024 / 1024, 1)} MiB identity`, `${fmt(identityNow.bytes.length / gzipNow.bytes.length, 1)}x smaller`);
    const afterWrite = { identity: [] as number[], gzip: [] as number[], gzipCached: [] as number[] };
    for (let i = 0; i < 10; i++) {
      for (const gzip of [false, true]) {
        await send(pool, { path: `/v2/control-planes/${cp.id}/core-entities/consumers`, method: "POST", headers: auth, body: JSON.stringify({ username: `bench-gz-${i}-${gzip}` }) });
        const t = performance.now();
        const r = await send(pool, dpGet(gzip));
        if (r.status !== 200 || (r.headers["content-encoding"] === "gzip") !== gzip) throw new Error(`config: ${r.status} ${String(r.headers["content-encoding"])}`);
        (gzip ? afterWrite.gzip : afterWrite.identity).push(performance.now() - t);
        if (gzip) {
          const t2 = performance.now();
          await send(pool, dpGet(true));
          afterWrite.gzipCached.push(performance.now() - t2);
        }
      }
    }
    for (const l of Object.values(afterWrite)) l.sort((a, b) => a - b);
    const p50 = (l: number[]) => quantile(l, 0.5);
    note(`first gzip fetch after a write (build + compress + send) p50, ${ENTITIES} services`, `${fmt(p50(afterWrite.gzip), 1)} ms`, `${fmt(p50(afterWrite.identity), 1)} ms identity (build + send)`, `${fmt(p50(afterWrite.gzip) / p50(afterWrite.identity), 2)}x`);
    note("gzip fetch of the same version again (cached bytes) p50", `${fmt(p50(afterWrite.gzipCached), 1)} ms`, `${fmt(quantile(cached, 0.5), 1)} ms identity cached`, `${fmt(p50(afterWrite.gzipCached) / quantile(cached, 0.5), 2)}x`);

    const etagNow = String((await send(pool, { path: `/v2/control-planes/${cp.id}/data-plane/config`, headers: { authorization: `Bearer ${dp}` } })).headers.etag);
    const nodeIds = Array.from({ length: PROXIES }, () => randomUUID());
    const pollReq = (w: number): Req => ({
      path: `/v2/control-planes/${cp.id}/data-plane/config`,
      headers: { authorization: `Bearer ${dp}`, "if-none-match": etagNow, "x-node-id": nodeIds[w], "x-node-hostname": `proxy-${w}`, "x-node-version": "0.1.0", "x-node-config-hash": "ab".repeat(32) },
    });
    const pollRound = async (label: string) => {
      await load(pool, PROXIES, 1500, pollReq, [304]);
      const baseline = await load(pool, PROXIES, DURATION_MS, () => cpGet, [200]);
      // Second baseline: the framework's floor (no auth, no database).
      const floor = await load(pool, PROXIES, DURATION_MS, () => ({ path: "/healthz" }), [200]);
      const polls = await load(pool, PROXIES, DURATION_MS, pollReq, [304]);
      note(
        `${label}: 304 polls/s, ${PROXIES} proxies (p50/p99 ${fmt(polls.p50, 1)}/${fmt(polls.p99, 1)} ms)`,
        fmt(polls.rps),
        `${fmt(baseline.rps)} GET cp/s (p50/p99 ${fmt(baseline.p50, 1)}/${fmt(baseline.p99, 1)} ms); ${fmt(floor.rps)} GET /healthz/s`,
        `${fmt(polls.rps / baseline.rps, 2)} of GET cp; ${fmt(polls.rps / floor.rps, 2)} of /healthz`,
      );
      return polls;
    };
    await pollRound("node writes coalesced (5 s)");
    // Same data, API restarted with a node-row write on every poll.
    await pool.close();
    await api.proc.stop();
    api = await startApi({ ...baseEnv, KONNECT_NODE_PING_RESOLUTION_MS: "0" });
    pool = new Pool(api.url, { connections: Math.max(PROXIES, 16), pipelining: 1 });
    await pollRound("node write on every poll");

    console.log("\nsummary (markdown):\n| measure | value | baseline (same run) | ratio |\n|---|---|---|---|");
    for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  } finally {
    await pool.close().catch(() => undefined);
    await api.proc.stop();
    await stopPg?.();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
