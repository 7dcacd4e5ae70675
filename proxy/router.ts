// The route table of one snapshot, compiled once with Kong's `traditional_compatible` semantics:
// every route is split per path group (one group per prefix length, one for all regex paths),
// each group gets Kong's priority (match weight, plain-host bit, header count, regex bit,
// regex_priority, prefix length; ties to the larger id), and requests are matched by walking the
// groups in that order. All regexes are built here, with RE2 (regex.ts: linear time in the path).
// Larger tables try only the candidates of a RouteIndex (route-index.ts), a pure filter: the same
// per-route checks decide, in the same order, so the answer is the plain scan's.
import { createHash } from "node:crypto";
import { BlockList, isIPv6 } from "node:net";
import type { Dispatcher } from "undici";
import type { Route, Service } from "../api/contract/index.ts";
import { normalizeRoutePrefix, regexPathSource, toByteString } from "./path.ts";
import { compileRouteRegex, matchedText, RegexSet, type PathRegexes, type RouteRegex } from "./regex.ts";
import { RouteIndex } from "./route-index.ts";

/** Namespace Kong uses for the UUIDv5 ids of split routes (`<route id>#<group index>`). */
const SPLIT_NAMESPACE = "7f145bf9-0dce-4f91-98eb-debbce4b9f6b";
const MAX_HEADER_COUNT = 255;
const PREFIX_LENGTH_MASK = 0x7ffff;
const HTTP_ROUTE_PROTOCOLS = new Set(["http", "https", "grpc", "grpcs", "ws", "wss"]);
/**
 * Tables with fewer compiled routes keep the plain scan: the index costs ~60 ns more on a match
 * of the first route and saves ~30 ns per route skipped, so it broke even at 8–12 routes
 * (test/bench/proxy-router.bench.ts section 3, --sizes 2,4,6,8,12,16).
 */
export const DEFAULT_INDEX_MIN_ROUTES = 10;

/** Everything the forwarder needs about a service, resolved once per snapshot. */
export interface UpstreamTarget {
  serviceId: string;
  protocol: "http" | "https";
  host: string;
  port: number;
  /** `http://host:port`, the undici pool origin. */
  origin: string;
  /** Host header when preserve_host is off: the port is omitted when it is the scheme's default. */
  hostHeader: string;
  /** service.path, or "/" when unset. */
  basePath: string;
  retries: number;
  connectTimeout: number;
  readTimeout: number;
  writeTimeout: number;
  tlsVerify: boolean;
  /** The connection pool, attached when the snapshot's generation is built. */
  pool: Dispatcher | null;
}

interface HostMatcher {
  kind: 0 | 1 | 2; // 0 exact, 1 suffix (`*.x`), 2 prefix (`x.*`)
  value: string;
  port: number; // -1 = any
}

interface HeaderMatcher {
  /** Lower-case name with `_` replaced by `-`. */
  name: string;
  exact: string[];
  regexes: RouteRegex[];
}

interface NetMatcher {
  ip: string | null;
  cidr: BlockList | null;
  port: number | null;
}

export interface CompiledRoute {
  /** Route id, or the UUIDv5 of `<route id>#<group>` when the route was split by path group. */
  id: string;
  route: Route;
  service: Service | null;
  target: UpstreamTarget | null;
  /** Priority fields in significance order (compared left to right). */
  priority: readonly [weight: number, plainHost: number, headerCount: number, regex: number, regexPriority: number, prefixLength: number];
  methods: Set<string> | null;
  hosts: HostMatcher[] | null;
  prefixes: string[] | null;
  /** Linear-time (RE2) matchers: request paths are client-controlled. */
  regexes: RouteRegex[] | null;
  headers: HeaderMatcher[] | null;
  sources: NetMatcher[] | null;
  destinations: NetMatcher[] | null;
  /** Server names (exact, `*.x` suffix, `x.*` prefix), checked on https requests only. */
  snis: HostMatcher[] | null;
  /** What the protocols field allows on a plain-http listener. */
  protocolCheck: "ok" | "https" | "http2";
}

export interface MatchInput {
  method: string;
  /** Host header without port, lower-case. */
  host: string;
  /** Port from the Host header, else the listener port. */
  port: number;
  /** Normalized path. */
  path: string;
  /** Request headers with names lower-cased and `_` turned into `-`, values lower-cased; only needed when the table uses headers. */
  headers: Map<string, string[]> | null;
  srcIp: string;
  srcPort: number;
  dstIp: string;
  dstPort: number;
  /**
   * TLS server name of an https request, lower-case without a trailing dot ("" when the client sent
   * none); null or absent on plain http, where routes' `snis` are not checked (Kong).
   */
  sni?: string | null;
}

export interface RouteMatch {
  route: CompiledRoute;
  /** The matched prefix path or the whole regex match; null when the route has no paths. */
  matchedPath: string | null;
}

export class RouteCompileError extends Error {
  override readonly name = "RouteCompileError";
  constructor(
    readonly routeId: string,
    readonly field: string,
    message: string,
  ) {
    super(`route ${routeId}: ${field}: ${message}`);
  }
}

export class RouteTable {
  /** True when some route matches on headers: the caller then builds `MatchInput.headers`. */
  readonly usesHeaders: boolean;
  /** Every path regex of the table, matched in one pass per request (when a regex route is reached). */
  readonly pathRegexes: PathRegexes;
  private readonly regexSet: RegexSet;
  /** Per route (same index): the ids of its path regexes in `pathRegexes`. */
  private readonly regexIds: (number[] | null)[];
  /** Candidate filter (route-index.ts); null below `indexMinRoutes`, where the plain scan is faster. */
  readonly index: RouteIndex | null;

  constructor(
    readonly routes: readonly CompiledRoute[],
    indexMinRoutes = DEFAULT_INDEX_MIN_ROUTES,
  ) {
    this.usesHeaders = routes.some((r) => r.headers !== null);
    const set = new RegexSet();
    this.regexIds = routes.map((r) => (r.regexes === null ? null : r.regexes.map((re) => set.add(re))));
    set.compile();
    this.pathRegexes = set;
    this.regexSet = set;
    this.index = routes.length >= indexMinRoutes ? new RouteIndex(routes) : null;
  }

  match(input: MatchInput): RouteMatch | null {
    if (this.index === null) return this.scan(input);
    return this.index.find(input.path, input.host, input, this.checkIndexed, this.regexPass);
  }

  /** The plain scan: every route in priority order. The index must always agree with it. */
  scan(input: MatchInput): RouteMatch | null {
    const routes = this.routes;
    let scanned = false;
    for (let i = 0; i < routes.length; i++) {
      if (!scanned && routes[i].regexes !== null) {
        this.pathRegexes.begin(input.path);
        scanned = true;
      }
      const m = this.check(i, input);
      if (m !== null) return m;
    }
    return null;
  }

  // Bound once: the index calls them per candidate without a closure per request.
  private readonly checkIndexed = (i: number, input: MatchInput): RouteMatch | null => this.check(i, input);
  private readonly regexPass = (input: MatchInput): readonly number[] | null => {
    this.regexSet.begin(input.path);
    return this.regexSet.matchedIds();
  };

  /** Every condition of route `i`; the regex pass must have run for this path if it has regexes. */
  private check(i: number, input: MatchInput): RouteMatch | null {
    const r = this.routes[i];
    let matchedPath: string | null = null;
    if (r.prefixes !== null) {
      // The route's first matching prefix is the matched path (what strip_path removes).
      const ps = r.prefixes;
      let hit = -1;
      for (let j = 0; j < ps.length; j++) {
        if (input.path.startsWith(ps[j])) {
          hit = j;
          break;
        }
      }
      if (hit < 0) return null;
      matchedPath = ps[hit];
    } else if (r.regexes !== null) {
      const ids = this.regexIds[i]!;
      let j = 0;
      while (j < ids.length && !this.pathRegexes.matches(ids[j])) j++;
      if (j === ids.length) return null;
      // The route's first matching regex gives the matched path (what strip_path removes).
      matchedPath = matchedText(r.regexes[j], input.path);
      if (matchedPath === null) return null;
    }
    if (r.methods !== null && !r.methods.has(input.method)) return null;
    if (r.hosts !== null && !matchHosts(r.hosts, input.host, input.port)) return null;
    if (r.headers !== null && !matchHeaders(r.headers, input.headers)) return null;
    if (r.sources !== null && !matchNet(r.sources, input.srcIp, input.srcPort)) return null;
    if (r.destinations !== null && !matchNet(r.destinations, input.dstIp, input.dstPort)) return null;
    if (r.snis !== null && input.sni != null && !matchHosts(r.snis, input.sni, -1)) return null;
    return { route: r, matchedPath };
  }
}

function matchHosts(hosts: HostMatcher[], host: string, port: number): boolean {
  for (let i = 0; i < hosts.length; i++) {
    const h = hosts[i];
    if (h.port !== -1 && h.port !== port) continue;
    if (h.kind === 0 ? host === h.value : h.kind === 1 ? host.endsWith(h.value) : host.startsWith(h.value)) return true;
  }
  return false;
}

function matchHeaders(matchers: HeaderMatcher[], headers: Map<string, string[]> | null): boolean {
  if (headers === null) return false;
  for (const m of matchers) {
    const values = headers.get(m.name);
    if (values === undefined) return false;
    let ok = false;
    for (const v of values) {
      if (m.exact.includes(v) || m.regexes.some((re) => re.test(v))) {
        ok = true;
        break;
      }
    }
    if (!ok) return false;
  }
  return true;
}

function matchNet(matchers: NetMatcher[], ip: string, port: number): boolean {
  const addr = ip.startsWith("::ffff:") && ip.includes(".") ? ip.slice(7) : ip;
  for (const m of matchers) {
    if (m.port !== null && m.port !== port) continue;
    if (m.ip !== null && m.ip !== addr) continue;
    if (m.cidr !== null && !m.cidr.check(addr, isIPv6(addr) ? "ipv6" : "ipv4")) continue;
    return true;
  }
  return false;
}

/** Normalizes a header name the way Kong's router field names do. */
export function routerHeaderName(name: string): string {
  return name.toLowerCase().replace(/_/g, "-");
}

/** Request headers ([name, value, …]) keyed like route header conditions, values lower-cased. */
export function routerHeaders(raw: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (let i = 0; i < raw.length; i += 2) {
    const k = routerHeaderName(raw[i]);
    const v = raw[i + 1].toLowerCase();
    const prev = m.get(k);
    if (prev) prev.push(v);
    else m.set(k, [v]);
  }
  return m;
}

// ---- compilation ---------------------------------------------------------------------------

export interface CompileOptions {
  /** Upstream TLS verification when a service leaves tls_verify unset. */
  defaultTlsVerify?: boolean;
  /** Smallest table (compiled routes) that gets the candidate index; 0 = always, Infinity = never. */
  indexMinRoutes?: number;
}

/**
 * Compiles the routes of a snapshot. Routes of disabled services are dropped (as Kong leaves them
 * out of the router); a route pointing at a service that is not in the snapshot is an error
 * (the snapshot is partial). Stream-only routes are ignored by this HTTP proxy.
 */
export function compileRouteTable(routes: readonly Route[], services: readonly Service[], options: CompileOptions = {}): RouteTable {
  const byId = new Map(services.map((s) => [s.id, s]));
  const targets = new Map<string, UpstreamTarget>();
  const compiled: CompiledRoute[] = [];
  for (const route of routes) {
    if (!route.protocols.some((p) => HTTP_ROUTE_PROTOCOLS.has(p))) continue;
    let service: Service | null = null;
    if (route.service) {
      service = byId.get(route.service.id) ?? null;
      if (!service) throw new RouteCompileError(route.id, "service", `references service ${route.service.id}, which is not in the snapshot`);
      if (service.enabled === false) continue;
    }
    let target: UpstreamTarget | null = null;
    if (service) {
      target = targets.get(service.id) ?? compileTarget(service, options);
      targets.set(service.id, target);
    }
    for (const group of splitRoute(route)) compiled.push(compileGroup(route, service, target, group.id, group.paths));
  }
  compiled.sort(comparePriority);
  return new RouteTable(compiled, options.indexMinRoutes);
}

function comparePriority(a: CompiledRoute, b: CompiledRoute): number {
  for (let i = 0; i < a.priority.length; i++) {
    const d = b.priority[i] - a.priority[i];
    if (d !== 0) return d;
  }
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function compileTarget(service: Service, options: CompileOptions): UpstreamTarget {
  // Only HTTP(S) upstreams are proxied here; ws/wss and grpc/grpcs ride on the same scheme.
  const protocol: "http" | "https" = service.protocol === "https" || service.protocol === "wss" || service.protocol === "grpcs" ? "https" : "http";
  const port = service.port ?? (protocol === "https" ? 443 : 80);
  const host = service.host;
  const hostForUrl = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  const defaultPort = protocol === "https" ? 443 : 80;
  return {
    serviceId: service.id,
    protocol,
    host,
    port,
    origin: `${protocol}://${hostForUrl}:${port}`,
    hostHeader: port === defaultPort ? hostForUrl : `${hostForUrl}:${port}`,
    basePath: service.path ?? "/",
    retries: service.retries ?? 5,
    connectTimeout: service.connect_timeout ?? 60_000,
    readTimeout: service.read_timeout ?? 60_000,
    writeTimeout: service.write_timeout ?? 60_000,
    tlsVerify: service.tls_verify ?? options.defaultTlsVerify ?? true,
    pool: null,
  };
}

/** Splits a route's paths into Kong's groups; the route keeps its id when there is one group. */
export function splitRoute(route: Route): { id: string; paths: string[] | null }[] {
  const paths = route.paths;
  if (!paths || paths.length === 0) return [{ id: route.id, paths: null }];
  const groups = new Map<number, string[]>();
  for (const p of paths) {
    const key = p.startsWith("~") ? -1 : normalizeRoutePrefix(p).length;
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  if (groups.size === 1) return [{ id: route.id, paths: [...paths] }];
  return [...groups.values()].map((g, i) => ({ id: uuidV5(SPLIT_NAMESPACE, `${route.id}#${i + 1}`), paths: g }));
}

function compileGroup(route: Route, service: Service | null, target: UpstreamTarget | null, id: string, paths: string[] | null): CompiledRoute {
  const nonEmpty = (v: unknown) => v != null && (Array.isArray(v) ? v.length > 0 : Object.keys(v as object).length > 0);
  const isRegexGroup = paths !== null && paths[0].startsWith("~");
  let prefixes: string[] | null = null;
  let regexes: RouteRegex[] | null = null;
  let prefixLength = 0;
  if (paths !== null) {
    if (isRegexGroup) {
      regexes = paths.map((p) => {
        try {
          return compileRouteRegex(regexPathSource(p));
        } catch (e) {
          throw new RouteCompileError(route.id, "paths", `invalid regex ${JSON.stringify(p)}: ${(e as Error).message}`);
        }
      });
    } else {
      prefixes = paths.map(normalizeRoutePrefix);
      prefixLength = prefixes[0].length & PREFIX_LENGTH_MASK;
    }
  }

  const headerEntries = Object.entries(route.headers ?? {});
  const headers: HeaderMatcher[] | null = headerEntries.length
    ? headerEntries.map(([name, values]) => {
        const m: HeaderMatcher = { name: routerHeaderName(name), exact: [], regexes: [] };
        for (const v of values) {
          if (v.startsWith("~*")) {
            try {
              m.regexes.push(compileRouteRegex(v.slice(2).toLowerCase()));
            } catch (e) {
              throw new RouteCompileError(route.id, `headers.${name}`, `invalid regex ${JSON.stringify(v)}: ${(e as Error).message}`);
            }
          } else m.exact.push(v.toLowerCase());
        }
        return m;
      })
    : null;

  const hosts: HostMatcher[] | null = route.hosts && route.hosts.length ? route.hosts.map(compileHost) : null;
  const weight = [route.sources, route.destinations, route.methods, route.hosts, route.headers, route.snis, paths].filter(nonEmpty).length;
  // Kong sets the plain-host bit whenever hosts is a list without wildcards (even an empty one).
  const plainHost = route.hosts != null && !route.hosts.some((h) => h.includes("*")) ? 1 : 0;
  const regexPriority = isRegexGroup ? Math.max(0, Math.min(route.regex_priority ?? 0, 0xffffffff)) : 0;

  const http = route.protocols.includes("http") || route.protocols.includes("ws");
  const https = route.protocols.includes("https") || route.protocols.includes("wss");
  return {
    id,
    route,
    service,
    target,
    priority: [weight, plainHost, Math.min(headerEntries.length, MAX_HEADER_COUNT), isRegexGroup ? 1 : 0, regexPriority, prefixLength],
    methods: route.methods && route.methods.length ? new Set(route.methods) : null,
    hosts,
    prefixes,
    regexes,
    headers,
    sources: route.sources && route.sources.length ? route.sources.map((s) => compileNet(route.id, "sources", s)) : null,
    destinations: route.destinations && route.destinations.length ? route.destinations.map((s) => compileNet(route.id, "destinations", s)) : null,
    snis: route.snis && route.snis.length ? route.snis.map(compileSni) : null,
    protocolCheck: http ? "ok" : https ? "https" : "http2",
  };
}

/** A route's SNI: lower-case, a trailing dot dropped (Kong), `*.x` / `x.*` wildcards as for hosts. */
function compileSni(name: string): HostMatcher {
  const sni = toByteString(name.toLowerCase().replace(/\.$/, ""));
  if (sni.startsWith("*")) return { kind: 1, value: sni.slice(1), port: -1 };
  if (sni.endsWith("*")) return { kind: 2, value: sni.slice(0, -1), port: -1 };
  return { kind: 0, value: sni, port: -1 };
}

function compileHost(h: string): HostMatcher {
  let host = h;
  let port = -1;
  if (h.startsWith("[")) {
    const m = /^(\[[^\]]+\])(?::(\d+))?$/.exec(h);
    if (m) {
      host = m[1];
      if (m[2]) port = Number(m[2]);
    }
  } else {
    const i = h.lastIndexOf(":");
    if (i > 0 && /^\d+$/.test(h.slice(i + 1))) {
      host = h.slice(0, i);
      port = Number(h.slice(i + 1));
    }
  }
  host = toByteString(host.toLowerCase());
  if (host.startsWith("*")) return { kind: 1, value: host.slice(1), port };
  if (host.endsWith("*")) return { kind: 2, value: host.slice(0, -1), port };
  return { kind: 0, value: host, port };
}

function compileNet(routeId: string, field: string, e: { ip: string | null; port: number | null }): NetMatcher {
  let ip: string | null = null;
  let cidr: BlockList | null = null;
  if (e.ip) {
    const [addr, bits] = e.ip.split("/");
    if (bits !== undefined) {
      cidr = new BlockList();
      try {
        cidr.addSubnet(addr, Number(bits), isIPv6(addr) ? "ipv6" : "ipv4");
      } catch (err) {
        throw new RouteCompileError(routeId, field, `invalid CIDR ${JSON.stringify(e.ip)}: ${(err as Error).message}`);
      }
    } else ip = addr;
  }
  return { ip, cidr, port: e.port ?? null };
}

/** RFC 4122 name-based UUID (SHA-1). */
export function uuidV5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
