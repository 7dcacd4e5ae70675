// The route table's candidate index (proxy/route-index.ts) is a pure filter: on any table and any
// request, the indexed lookup returns the same compiled route and matched path as the plain scan of
// every route in priority order (RouteTable.scan, the router's behaviour before the index).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import type { Route, Service } from "../../api/contract/index.ts";
import { normalizePath } from "../../proxy/path.ts";
import { compileRouteTable, DEFAULT_INDEX_MIN_ROUTES, routerHeaders, type MatchInput, type RouteTable } from "../../proxy/router.ts";
import { route, service } from "../support/proxy-snapshot.ts";

const svc = service({ host: "upstream.internal", port: 8080 });
const on = { service: { id: svc.id } };

interface Req {
  path: string;
  method?: string;
  host?: string;
  port?: number;
  headers?: [string, string][];
}

function input(r: Req): MatchInput {
  return {
    method: r.method ?? "GET",
    host: (r.host ?? "proxy.local").toLowerCase(),
    port: r.port ?? 8000,
    path: normalizePath(r.path),
    headers: routerHeaders((r.headers ?? []).flat()),
    srcIp: "127.0.0.1",
    srcPort: 40000,
    dstIp: "127.0.0.1",
    dstPort: 8000,
  };
}

/** Index forced on (tables this small would otherwise keep the plain scan). */
function indexed(routes: Route[], services: Service[] = [svc]): RouteTable {
  const t = compileRouteTable(routes, services, { indexMinRoutes: 0 });
  assert.ok(t.index, "the table must be indexed");
  return t;
}

/** Route name and matched path from the indexed lookup, after checking the plain scan agrees. */
function lookup(t: RouteTable, r: Req): [string | null, string | null] | null {
  const i = input(r);
  const got = t.match(i);
  const want = t.scan(i);
  assert.equal(got?.route.id, want?.route.id, `index and scan disagree on ${JSON.stringify(r)}`);
  assert.equal(got?.matchedPath, want?.matchedPath);
  return got === null ? null : [got.route.route.name ?? null, got.matchedPath];
}

describe("route index: direct cases (index forced on, each answer checked against the plain scan)", () => {
  test("prefixes sharing beginnings: the longest prefix the path starts with wins; siblings are not candidates", () => {
    const names: Record<string, string> = { "/a": "a", "/ab": "ab", "/abc": "abc", "/a/b": "a-b", "/b": "b" };
    const t = indexed(Object.entries(names).map(([p, name]) => route({ name, paths: [p], ...on })));
    assert.deepEqual(lookup(t, { path: "/abcd" }), ["abc", "/abc"]);
    assert.deepEqual(lookup(t, { path: "/ab/x" }), ["ab", "/ab"]);
    assert.deepEqual(lookup(t, { path: "/a/b" }), ["a-b", "/a/b"]);
    assert.deepEqual(lookup(t, { path: "/a/c" }), ["a", "/a"]);
    assert.deepEqual(lookup(t, { path: "/a" }), ["a", "/a"]);
    assert.deepEqual(lookup(t, { path: "/ba" }), ["b", "/b"]);
    assert.equal(lookup(t, { path: "/c" }), null);
    assert.equal(lookup(t, { path: "/" }), null, "a path shorter than every prefix");
  });

  test("a '/' route catches what nothing longer matches; normalized prefixes are indexed as normalized", () => {
    const t = indexed([route({ name: "root", paths: ["/"], ...on }), route({ name: "enc", paths: ["/a%20b"], ...on }), route({ name: "x", paths: ["/x/./y"], ...on })]);
    assert.deepEqual(lookup(t, { path: "/a%20b/c" }), ["enc", "/a b"]);
    assert.deepEqual(lookup(t, { path: "/x/y/z" }), ["x", "/x/y"]);
    assert.deepEqual(lookup(t, { path: "/anything" }), ["root", "/"]);
  });

  test("a route with several prefixes: each group is indexed, the matched path is the prefix the path starts with", () => {
    const multi = route({ name: "multi", paths: ["/one", "/two", "/three/x"], ...on });
    const t = indexed([multi, route({ name: "other", paths: ["/tw"], ...on })]);
    assert.deepEqual(lookup(t, { path: "/two/z" }), ["multi", "/two"]);
    assert.deepEqual(lookup(t, { path: "/three/x" }), ["multi", "/three/x"]);
    assert.deepEqual(lookup(t, { path: "/twx" }), ["other", "/tw"]);
  });

  test("routes without paths are always candidates, in their priority place", () => {
    // weight 2 (methods, hosts) beats the prefix route's 1; weight 1 without a path loses to it
    // (prefix length 0 < 2).
    const byMethod = route({ name: "post", methods: ["POST"], hosts: ["*.test"], ...on });
    const prefix = route({ name: "p", paths: ["/p"], ...on });
    const byPut = route({ name: "put", methods: ["PUT"], ...on });
    const t = indexed([byMethod, prefix, byPut]);
    assert.deepEqual(lookup(t, { path: "/p", method: "POST", host: "a.test" }), ["post", null]);
    assert.deepEqual(lookup(t, { path: "/p", host: "a.test" }), ["p", "/p"]);
    assert.deepEqual(lookup(t, { path: "/q", method: "POST", host: "a.test" }), ["post", null]);
    assert.deepEqual(lookup(t, { path: "/p", method: "PUT" }), ["p", "/p"]);
    assert.deepEqual(lookup(t, { path: "/q", method: "PUT" }), ["put", null]);
  });

  test("regex routes come from the regex pass (set of several regexes, and a lone regex without a set)", () => {
    const re1 = route({ name: "re1", paths: ["~/v\\d+/items$"], regex_priority: 2, ...on });
    const re2 = route({ name: "re2", paths: ["~/v1", "~/w(?P<n>\\d)"], ...on });
    const p = route({ name: "p", paths: ["/v1/items"], ...on });
    const t = indexed([re1, re2, p]);
    assert.deepEqual(lookup(t, { path: "/v2/items" }), ["re1", "/v2/items"]);
    assert.deepEqual(lookup(t, { path: "/v1/items/x" }), ["re2", "/v1"]);
    assert.deepEqual(lookup(t, { path: "/w7/x" }), ["re2", "/w7"], "the route's first matching regex gives the matched path");
    assert.equal(lookup(t, { path: "/x" }), null);
    const lone = indexed([route({ name: "lone", paths: ["~/l\\d"], ...on }), route({ name: "root", paths: ["/"], ...on })]);
    assert.deepEqual(lookup(lone, { path: "/l1" }), ["lone", "/l1"]);
    assert.deepEqual(lookup(lone, { path: "/lx" }), ["root", "/"]);
  });

  test("hosts: exact names (any case, with a port) by bucket, wildcards and mixed lists in the general bucket", () => {
    const exact = route({ name: "exact", hosts: ["API.Test"], paths: ["/"], ...on });
    const port = route({ name: "port", hosts: ["p.test:9000"], ...on });
    const suffix = route({ name: "suffix", hosts: ["*.wild.test"], paths: ["/s"], ...on });
    const prefix = route({ name: "prefix", hosts: ["pre.*"], ...on });
    const mixed = route({ name: "mixed", hosts: ["m.test", "*.m2.test"], paths: ["/m"], ...on });
    const v6 = route({ name: "v6", hosts: ["[::1]"], paths: ["/6"], ...on });
    const t = indexed([exact, port, suffix, prefix, mixed, v6]);
    assert.deepEqual(lookup(t, { path: "/x", host: "api.test" }), ["exact", "/"]);
    assert.deepEqual(lookup(t, { path: "/x", host: "API.TEST" }), ["exact", "/"]);
    assert.deepEqual(lookup(t, { path: "/x", host: "p.test", port: 9000 }), ["port", null]);
    assert.equal(lookup(t, { path: "/x", host: "p.test", port: 8000 }), null);
    assert.deepEqual(lookup(t, { path: "/s", host: "a.wild.test" }), ["suffix", "/s"]);
    assert.deepEqual(lookup(t, { path: "/s", host: "pre.example" }), ["prefix", null]);
    assert.deepEqual(lookup(t, { path: "/m", host: "m.test" }), ["mixed", "/m"]);
    assert.deepEqual(lookup(t, { path: "/m", host: "x.m2.test" }), ["mixed", "/m"]);
    assert.deepEqual(lookup(t, { path: "/6", host: "[::1]" }), ["v6", "/6"]);
    assert.equal(lookup(t, { path: "/x", host: "other.test" }), null);
  });

  test("priority runs across buckets: a general route can precede or follow a host-bucket route", () => {
    // weight 3 (hosts, methods, paths) in the general bucket beats weight 2 in a host bucket …
    const general = route({ name: "general", hosts: ["*.test"], methods: ["GET"], paths: ["/"], ...on });
    const bucket = route({ name: "bucket", hosts: ["a.test"], paths: ["/"], ...on });
    assert.deepEqual(lookup(indexed([general, bucket]), { path: "/", host: "a.test" }), ["general", "/"]);
    // … and a plain host beats a wildcard at equal weight.
    const wild = route({ name: "wild", hosts: ["*.test"], paths: ["/"], ...on });
    assert.deepEqual(lookup(indexed([wild, bucket]), { path: "/", host: "a.test" }), ["bucket", "/"]);
    assert.deepEqual(lookup(indexed([wild, bucket]), { path: "/", host: "b.test" }), ["wild", "/"]);
  });

  test("headers, methods, sources still decide among candidates", () => {
    const h = route({ name: "h", headers: { "x-v": ["~*^v\\d$"] }, paths: ["/a"], ...on });
    const src = route({ name: "src", protocols: ["http"], sources: [{ ip: "10.0.0.0/8", port: null }], paths: ["/a"], ...on });
    const plain = route({ name: "plain", paths: ["/a"], ...on });
    const t = indexed([h, src, plain]);
    assert.deepEqual(lookup(t, { path: "/a", headers: [["X-V", "V3"]] }), ["h", "/a"]);
    assert.deepEqual(lookup(t, { path: "/a", headers: [["X-V", "x"]] }), ["plain", "/a"]);
  });

  test("an empty table and the threshold", () => {
    assert.equal(indexed([]).match(input({ path: "/" })), null);
    const few = Array.from({ length: 3 }, (_, i) => route({ paths: [`/r${i}`], ...on }));
    assert.equal(compileRouteTable(few, [svc]).index, null, "small tables keep the plain scan by default");
    assert.equal(compileRouteTable(few, [svc], { indexMinRoutes: Infinity }).index, null);
    const many = Array.from({ length: DEFAULT_INDEX_MIN_ROUTES }, (_, i) => route({ paths: [`/r${i}`], ...on }));
    assert.ok(compileRouteTable(many, [svc]).index, "larger tables are indexed by default");
  });
});

// ---- property: indexed lookup = plain scan --------------------------------------------------------

const PREFIXES = ["/", "/a", "/ab", "/abc", "/a/", "/a/b", "/ab/c", "/b", "/b/a", "/%61b", "/a%20b", "/a/./b"];
const REGEXES = ["~/a", "~/a/\\d+$", "~/ab?", "~/b.*/c", "~/(?P<x>a|b)/", "~/\\w+$", "~/a|/b", "~/[ab]{2}"];
const HOSTS = ["a.test", "b.test", "A.Test", "*.test", "*.a.test", "a.*", "a.test:8000", "b.test:9000", "[::1]", "c.test"];
const REQ_HOSTS = ["a.test", "b.test", "c.test", "x.test", "x.a.test", "a.other", "[::1]", "", "A.TEST"];

const prefix = fc.oneof(
  fc.constantFrom(...PREFIXES),
  fc.array(fc.constantFrom("a", "b", "/", "c"), { maxLength: 4 }).map((cs) => ("/" + cs.join("")).replace(/\/\/+/g, "/")),
);
const pathSpec = fc.oneof({ weight: 3, arbitrary: prefix }, { weight: 1, arbitrary: fc.constantFrom(...REGEXES) });

const routeSpec = fc.record({
  paths: fc.option(fc.uniqueArray(pathSpec, { minLength: 1, maxLength: 3 }), { freq: 4 }),
  hosts: fc.option(fc.uniqueArray(fc.constantFrom(...HOSTS), { minLength: 1, maxLength: 3 }), { freq: 2 }),
  methods: fc.option(fc.subarray(["GET", "POST", "PUT"], { minLength: 1 }), { freq: 3 }),
  headers: fc.option(fc.constantFrom<Record<string, string[]>>({ "x-a": ["1"] }, { "x-a": ["1", "2"] }, { x_b: ["~*^v\\d$"] }, { "x-a": ["2"], "x-b": ["v1"] }), { freq: 4 }),
  regex_priority: fc.integer({ min: 0, max: 3 }),
  idKey: fc.nat({ max: 0xff }),
}).filter((s) => s.paths !== null || s.hosts !== null || s.methods !== null || s.headers !== null); // the contract's rule
type RouteSpec = typeof routeSpec extends fc.Arbitrary<infer T> ? T : never;

const reqSpec = fc.record({
  path: fc.oneof(
    fc.constantFrom(...PREFIXES, "/abcd", "/a/b/c", "/b/x/c", "/a/12", "/zz", "/"),
    fc.array(fc.constantFrom("a", "b", "c", "/", "1", "%20", "."), { maxLength: 8 }).map((cs) => "/" + cs.join("")),
  ),
  host: fc.constantFrom(...REQ_HOSTS),
  port: fc.constantFrom(8000, 9000),
  method: fc.constantFrom("GET", "POST", "DELETE"),
  headers: fc.constantFrom<[string, string][]>([], [["x-a", "1"]], [["X-A", "2"]], [["x-b", "V1"]], [["x-a", "2"], ["x_b", "v7"]]),
});

function buildRoutes(specs: RouteSpec[]): Route[] {
  return specs.map((s, i) =>
    route({
      id: `${s.idKey.toString(16).padStart(8, "0")}-0000-4000-8000-${i.toString(16).padStart(12, "0")}`,
      name: `r${i}`,
      paths: s.paths,
      hosts: s.hosts,
      methods: s.methods,
      headers: s.headers,
      regex_priority: s.regex_priority,
      ...on,
    }),
  );
}

describe("route index: property", () => {
  test("on random tables and requests the indexed table returns the plain scan's route and matched path", () => {
    let matched = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.array(routeSpec, { minLength: 0, maxLength: 30 }), fc.array(reqSpec, { minLength: 1, maxLength: 12 }), (specs, reqs) => {
        const t = compileRouteTable(buildRoutes(specs), [svc], { indexMinRoutes: 0 });
        for (const r of reqs) {
          const i = input(r);
          const got = t.match(i);
          const want = t.scan(i);
          total++;
          if (want !== null) matched++;
          assert.deepEqual(
            got === null ? null : { id: got.route.id, path: got.matchedPath },
            want === null ? null : { id: want.route.id, path: want.matchedPath },
            `request ${JSON.stringify(r)}`,
          );
        }
      }),
      { numRuns: 400 },
    );
    // The property must exercise both outcomes, or agreement would say little.
    assert.ok(matched > total / 10 && matched < total - total / 10, `matched ${matched} of ${total} requests`);
  });

  test("the index yields exactly the routes whose prefix the path starts with (plus path-less and regex routes) of the request's host buckets, ascending", () => {
    fc.assert(
      fc.property(fc.array(routeSpec, { minLength: 0, maxLength: 30 }), fc.array(reqSpec, { minLength: 1, maxLength: 12 }), (specs, reqs) => {
        const t = compileRouteTable(buildRoutes(specs), [svc], { indexMinRoutes: 0 });
        for (const r of reqs) {
          const i = input(r);
          const seen: number[] = [];
          const collect = (idx: number) => (seen.push(idx), null);
          // A regex pass that lists nothing: every regex route becomes a candidate.
          t.index!.find(i.path, i.host, null, collect, () => null);
          const want = t.routes.flatMap((cr, idx) => {
            if (cr.regexes !== null) return [idx];
            const general = cr.hosts === null || cr.hosts.some((h) => h.kind !== 0);
            if (!general && !cr.hosts!.some((h) => h.value === i.host)) return [];
            if (cr.prefixes !== null && !cr.prefixes.some((p) => i.path.startsWith(p))) return [];
            return [idx];
          });
          assert.deepEqual(seen, want, `request ${JSON.stringify(r)}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
