// Cost of matching regex routes with RE2 (re2js, linear time) against JavaScript's RegExp (the
// engine the router used before: backtracking, so not safe on client input), measured in the same
// run on the same patterns and paths. Figures are medians of interleaved rounds.
//
//   npx tsx test/bench/proxy-router.bench.ts [--ms 200] [--rounds 5] [--sizes 10,100,…] [--only 3]
//
// 1. per pattern, one match of a path (hit / miss): RE2 (DFA test, then the match span on a hit,
//    as the router does) vs RegExp.exec;
// 2. route lookup (the router hot path) on a table of 40 prefix routes + 20 regex routes:
//    - RegExp: the previous RouteTable.match loop (RegExp.exec per regex route until one hits),
//      reproduced here over the same compiled table, since the router no longer has it;
//    - RE2 each: the same loop with one RE2 program per regex (test, span on the hit);
//    - RE2 set: RouteTable.match as shipped (all path regexes in one RE2 set, one pass per request).
// 3. the candidate index (proxy/route-index.ts) against the plain scan of every route
//    (RouteTable.scan, the same table) at 10 … 10,000 routes: late match, early match, 404; and the
//    compile time of a 10,000-route table with and without the index.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { regexPathSource } from "../../proxy/path.ts";
import { compileRouteRegex, matchedText } from "../../proxy/regex.ts";
import { RouteIndex } from "../../proxy/route-index.ts";
import { compileRouteTable, DEFAULT_INDEX_MIN_ROUTES, type MatchInput, type RouteMatch, type RouteTable } from "../../proxy/router.ts";
import { route, service } from "../support/proxy-snapshot.ts";

const { values: args } = parseArgs({
  options: { ms: { type: "string", default: "200" }, rounds: { type: "string", default: "5" }, sizes: { type: "string", default: "10,25,50,100,1000,10000" }, only: { type: "string", default: "" } },
});
const BUDGET_MS = Number(args.ms);
const ROUNDS = Number(args.rounds);

/** ns per call of `fn` over BUDGET_MS; `fn` returns something so the JIT cannot drop the call. */
function nsPerOp(fn: () => unknown): number {
  let sink = 0;
  let n = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(BUDGET_MS) * 1_000_000n;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < 500; i++) if (fn() !== null) sink++;
    n += 500;
    now = process.hrtime.bigint();
  }
  if (sink < 0) console.log(sink);
  return Number(now - start) / n;
}

/** Medians of `fns` measured in ROUNDS interleaved rounds (after one warm-up round). */
function compare(fns: (() => unknown)[]): number[] {
  const samples = fns.map(() => [] as number[]);
  for (let round = 0; round <= ROUNDS; round++) fns.forEach((fn, i) => round > 0 && samples[i].push(nsPerOp(fn)));
  return samples.map((xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
}

const cell = (ns: number) => `${ns.toFixed(0)} ns`.padStart(9);

/** --only 3 (or 1,2): run only those sections. */
const run = (section: string) => args.only === "" || args.only.split(",").includes(section);
// ---- 1. per pattern -------------------------------------------------------------------------------
const patterns: [configured: string, hit: string, miss: string][] = [
  ["~/status/\\d+", "/status/200", "/users/123/orders/456"],
  ["~/v\\d+/items/[a-z0-9-]+", "/v2/items/abc-123/x", "/nomatch/at/all/here/with/a/longer/path"],
  ["~/users/(?P<id>\\d+)/orders/\\d+$", "/users/123/orders/456", "/users/123/orders/456/x"],
  ["~/files/.*\\.(png|jpe?g|gif)$", "/files/a/b/c/picture.jpeg", "/files/a/b/c/picture.jpeg.txt"],
];
const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");
console.log(`${process.version}, re2js; ${ROUNDS} rounds of ${BUDGET_MS} ms per figure, medians; load average ${load()}\n`);
if (run("1")) console.log(`1. one match of one pattern${"".padEnd(31)}   RegExp       RE2  RE2/RegExp`);
const ratios: number[] = [];
for (const [configured, hit, miss] of run("1") ? patterns : []) {
  const src = regexPathSource(configured);
  const re2 = compileRouteRegex(src);
  const js = new RegExp(src.replace(/\(\?P</g, "(?<"));
  for (const [kind, path] of [["hit", hit], ["miss", miss]] as const) {
    const [a, b] = compare([() => (re2.test(path) ? matchedText(re2, path) : null), () => js.exec(path)]);
    ratios.push(a / b);
    console.log(`${`${configured} ${kind}`.padEnd(58)}${cell(b)} ${cell(a)}  ×${(a / b).toFixed(1)}`);
  }
}
const sorted = [...ratios].sort((a, b) => a - b);
if (run("1")) console.log(`   RE2/RegExp per pattern: min ×${sorted[0].toFixed(1)}, median ×${sorted[Math.floor(sorted.length / 2)].toFixed(1)}, max ×${sorted[sorted.length - 1].toFixed(1)}`);

// ---- 2. the router hot path ---------------------------------------------------------------------
const svc = service({ host: "upstream.internal", port: 8080 });
const on = { service: { id: svc.id } };
const routes = [
  ...Array.from({ length: 40 }, (_, i) => route({ paths: [`/api/v1/resource-${i}`], ...on })),
  ...Array.from({ length: 20 }, (_, i) => route({ paths: [`~/svc${i}/(?P<id>\\d+)/items/[a-z0-9-]+$`], ...on })),
];
const table = compileRouteTable(routes, [svc]);
// Per compiled route, its regex paths for the reproduced loops (null for prefix routes).
const jsRegexes = table.routes.map((r) => (r.regexes === null ? null : regexPaths(r.route.paths!).map((src) => new RegExp(src.replace(/\(\?P</g, "(?<")))));
const re2Regexes = table.routes.map((r) => (r.regexes === null ? null : regexPaths(r.route.paths!).map(compileRouteRegex)));

function regexPaths(paths: string[]): string[] {
  return paths.filter((p) => p.startsWith("~")).map(regexPathSource);
}

/** The first of a route's prefixes the path starts with (the old loops' prefix step). */
function firstPrefix(prefixes: readonly string[], path: string): string | null {
  for (let j = 0; j < prefixes.length; j++) if (path.startsWith(prefixes[j])) return prefixes[j];
  return null;
}

/** The previous router's path step (the other fields are unset in this table, so they pass). */
function lookupRegExp(path: string): { id: string; matchedPath: string | null } | null {
  const routes = table.routes;
  for (let i = 0; i < routes.length; i++) {
    const r = routes[i];
    let matchedPath: string | null = null;
    if (r.prefixes !== null) {
      matchedPath = firstPrefix(r.prefixes, path);
      if (matchedPath === null) continue;
    } else {
      const rs = jsRegexes[i]!;
      let m: RegExpExecArray | null = null;
      for (let j = 0; j < rs.length && m === null; j++) m = rs[j].exec(path);
      if (m === null) continue;
      matchedPath = m[0];
    }
    return { id: r.id, matchedPath };
  }
  return null;
}

/** The same loop with one RE2 program per regex. */
function lookupRe2Each(path: string): { id: string; matchedPath: string | null } | null {
  const routes = table.routes;
  for (let i = 0; i < routes.length; i++) {
    const r = routes[i];
    let matchedPath: string | null = null;
    if (r.prefixes !== null) {
      matchedPath = firstPrefix(r.prefixes, path);
      if (matchedPath === null) continue;
    } else {
      const rs = re2Regexes[i]!;
      for (let j = 0; j < rs.length && matchedPath === null; j++) matchedPath = rs[j].test(path) ? matchedText(rs[j], path) : null;
      if (matchedPath === null) continue;
    }
    return { id: r.id, matchedPath };
  }
  return null;
}

function input(path: string): MatchInput {
  return { method: "GET", host: "proxy.local", port: 8000, path, headers: null, srcIp: "127.0.0.1", srcPort: 40000, dstIp: "127.0.0.1", dstPort: 8000 };
}

const requests: [label: string, path: string][] = [
  ["prefix route (every regex route is tried first)", "/api/v1/resource-39/x"],
  ["first regex route hits", "/svc0/42/items/abc-1"],
  ["last regex route hits", "/svc19/42/items/abc-1"],
  ["no route (404: every route tried)", "/nothing/here"],
];
if (run("2")) console.log(`\n2. route lookup, 40 prefix + 20 regex routes${"".padEnd(11)}   RegExp  RE2 each   RE2 set  set/RegExp`);
for (const [label, path] of run("2") ? requests : []) {
  const i = input(path);
  const got = table.match(i);
  for (const want of [lookupRegExp(path), lookupRe2Each(path)]) {
    if (got?.route.id !== want?.id || got?.matchedPath !== want?.matchedPath) throw new Error(`lookups disagree on ${path}`);
  }
  const [set, each, js] = compare([() => table.match(i), () => lookupRe2Each(path), () => lookupRegExp(path)]);
  console.log(`${label.padEnd(55)}${cell(js)} ${cell(each)} ${cell(set)}  ×${(set / js).toFixed(1)}`);
}

// ---- 3. candidate index vs plain scan ---------------------------------------------------------------
// A table of n routes shaped like a multi-tenant gateway: 15% host + "/" routes (one tenant host
// each), 5% wildcard-host routes, 10% regex routes, 70% plain prefix routes under /api/.
function gatewayRoutes(n: number) {
  const hosts = Math.max(1, Math.round(n * 0.15));
  const wild = Math.max(1, Math.round(n * 0.05));
  const regex = Math.max(1, Math.round(n * 0.1));
  const out = [];
  for (let i = 0; i < hosts; i++) out.push(route({ hosts: [`tenant-${i}.example.com`], paths: ["/"], ...on }));
  for (let i = 0; i < wild; i++) out.push(route({ hosts: [`*.zone-${i}.example.net`], paths: [`/zone`], ...on }));
  for (let i = 0; i < regex; i++) out.push(route({ paths: [`~/re-${i}/(?P<id>\\d+)/items$`], ...on }));
  for (let i = out.length; i < n; i++) out.push(route({ paths: [`/api/svc-${i}/v1`], ...on }));
  return out;
}

/** A request meeting the conditions of the route at `at` (its first host and first prefix). */
function requestFor(table: RouteTable, at: number): MatchInput {
  const cr = table.routes[at];
  const host = cr.hosts?.[0];
  const h = host === undefined ? "proxy.local" : host.kind === 0 ? host.value : host.kind === 1 ? "a" + host.value : host.value + "com";
  const prefix = cr.prefixes?.[0];
  const path = prefix === undefined ? "/re-0/42/items" : prefix.endsWith("/") ? prefix + "x" : prefix + "/x";
  return { ...input(path), host: h };
}

if (!run("3")) process.exit(0);
const same = (a: RouteMatch | null, b: RouteMatch | null) => a?.route.id === b?.route.id && a?.matchedPath === b?.matchedPath;
const SIZES = args.sizes.split(",").map(Number);
console.log(`\n3. route lookup: plain scan vs candidate index (same table, same run)`);
console.log(`${"routes".padStart(7)}  ${"request".padEnd(34)}${"scan".padStart(9)} ${"index".padStart(9)}  index/scan`);
for (const n of SIZES) {
  const table = compileRouteTable(gatewayRoutes(n), [svc], { indexMinRoutes: 0 });
  const last = table.routes.length - 1;
  const cases: [string, MatchInput][] = [
    ["late match (last route in order)", requestFor(table, last)],
    ["early match (first route in order)", requestFor(table, 0)],
    ["404 (no route)", { ...input("/nothing/here"), host: "proxy.local" }],
  ];
  for (const [label, req] of cases) {
    const a = table.match(req);
    const b = table.scan(req);
    if (!same(a, b)) throw new Error(`index and scan disagree at ${n} routes on ${label}`);
    if (label.startsWith("404") ? a !== null : a?.route !== table.routes[label.startsWith("late") ? last : 0]) throw new Error(`unexpected match at ${n} routes on ${label}`);
    const [idx, scan] = compare([() => table.match(req), () => table.scan(req)]);
    const r = idx / scan;
    console.log(`${String(n).padStart(7)}  ${label.padEnd(34)}${cell(scan)} ${cell(idx)}  ×${r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}`);
  }
}
console.log(`   default: tables of ${DEFAULT_INDEX_MIN_ROUTES}+ compiled routes get the index`);

// Compile time at 10,000 routes (the proxy compiles on every config change). Fewer rounds: each is ~1 s.
const big = gatewayRoutes(10_000);
const ms = (fn: () => unknown) => {
  const xs: number[] = [];
  for (let r = 0; r <= ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    if (r > 0) xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
};
const noIndex = ms(() => compileRouteTable(big, [svc], { indexMinRoutes: Infinity }));
const withIndex = ms(() => compileRouteTable(big, [svc], { indexMinRoutes: 0 }));
const compiled = compileRouteTable(big, [svc], { indexMinRoutes: Infinity });
const indexOnly = ms(() => new RouteIndex(compiled.routes));
console.log(`\ncompile 10,000 routes: ${noIndex.toFixed(1)} ms without the index, ${withIndex.toFixed(1)} ms with it (index build alone ${indexOnly.toFixed(2)} ms)`);
console.log(`load average at the end: ${load()}`);
