// Candidate index of a route table. RouteTable.match used to try every compiled route in priority
// order; with thousands of routes a late match or a 404 paid thousands of checks. The index only
// narrows which routes are tried: it yields, in ascending (priority) order, a superset of the
// routes whose path and host conditions can hold for a request, and the table runs its own
// per-route checks on them. It never decides a match itself, so the result is the plain scan's.
//
// - Prefix paths: one radix tree (a character trie with string-labelled edges) per host bucket;
//   walking the request path visits exactly the nodes of the prefixes it starts with.
// - Regex paths: the table's RE2 set pass says which regexes match; their routes are candidates.
//   The pass runs only when the merge reaches the first regex route, as in the plain scan.
// - Routes without paths: always candidates (within their host bucket).
// - Hosts: a route whose hosts are all exact names (any port) sits in the bucket of each of those
//   names; the request's bucket is looked up by its host. Routes without hosts or with a wildcard
//   host sit in the general bucket, which every request uses. Regex routes ignore buckets.

/** What the index reads of a compiled route (router.ts CompiledRoute). */
export interface IndexedRoute {
  prefixes: readonly string[] | null;
  regexes: readonly unknown[] | null;
  /** kind 0 = exact name (compared with `===` to MatchInput.host), 1/2 = wildcard. */
  hosts: readonly { kind: 0 | 1 | 2; value: string }[] | null;
}

interface RadixNode {
  /** Characters on the edge from the parent (empty for a root). */
  label: string;
  /** Indices of the routes having a prefix that ends here, ascending, no duplicates. */
  routes: number[] | null;
  /** Children keyed by the first character of their label. */
  children: Map<number, RadixNode> | null;
}

interface Bucket {
  root: RadixNode;
  /** Routes without paths, ascending. */
  pathless: number[];
}

const NONE = 0x7fffffff;

function newBucket(): Bucket {
  return { root: { label: "", routes: null, children: null }, pathless: [] };
}

/** Appends `i` unless it is already last (routes are added in ascending order). */
function addSorted(list: number[], i: number): void {
  if (list.length === 0 || list[list.length - 1] !== i) list.push(i);
}

function insert(root: RadixNode, key: string, route: number): void {
  let node = root;
  let pos = 0;
  for (;;) {
    if (pos === key.length) {
      addSorted((node.routes ??= []), route);
      return;
    }
    const c = key.charCodeAt(pos);
    const children = (node.children ??= new Map());
    const child = children.get(c);
    if (child === undefined) {
      children.set(c, { label: key.slice(pos), routes: [route], children: null });
      return;
    }
    const label = child.label;
    const max = Math.min(label.length, key.length - pos);
    let n = 1; // the first character matched through the map key
    while (n < max && label.charCodeAt(n) === key.charCodeAt(pos + n)) n++;
    if (n < label.length) {
      // Split the edge: the common part becomes a node of its own.
      const mid: RadixNode = { label: label.slice(0, n), routes: null, children: new Map([[label.charCodeAt(n), child]]) };
      child.label = label.slice(n);
      children.set(c, mid);
      node = mid;
    } else node = child;
    pos += n;
  }
}

/** Pushes onto `out` (from `k`) the route lists of every prefix `path` starts with; returns the new count. */
function walk(root: RadixNode, path: string, out: (readonly number[])[], k: number): number {
  let node = root;
  if (node.routes !== null) out[k++] = node.routes;
  let pos = 0;
  while (node.children !== null && pos < path.length) {
    const child = node.children.get(path.charCodeAt(pos));
    if (child === undefined || !path.startsWith(child.label, pos)) break;
    pos += child.label.length;
    if (child.routes !== null) out[k++] = child.routes;
    node = child;
  }
  return k;
}

export class RouteIndex {
  private readonly general = newBucket();
  private readonly byHost = new Map<string, Bucket>();
  /** Every route with path regexes, ascending. */
  private readonly regexRoutes: number[] = [];
  /** Regex id (in the table's RegexSet, assigned in route order) → route index. */
  private readonly routeOfRegex: Int32Array;
  // Per-request scratch (match is synchronous, so one set per index is enough).
  private readonly lists: (readonly number[])[] = [];
  private readonly pos: number[] = [];
  private readonly regexHits: number[] = [];

  constructor(routes: readonly IndexedRoute[]) {
    const routeOfRegex: number[] = [];
    for (let i = 0; i < routes.length; i++) {
      const r = routes[i];
      if (r.regexes !== null) {
        this.regexRoutes.push(i);
        for (let j = 0; j < r.regexes.length; j++) routeOfRegex.push(i);
        continue;
      }
      for (const b of this.bucketsOf(r)) {
        if (r.prefixes === null) addSorted(b.pathless, i);
        else for (const p of r.prefixes) insert(b.root, p, i);
      }
    }
    this.routeOfRegex = Int32Array.from(routeOfRegex);
  }

  private bucketsOf(r: IndexedRoute): Bucket[] {
    const hosts = r.hosts;
    if (hosts === null || hosts.some((h) => h.kind !== 0)) return [this.general];
    const out: Bucket[] = [];
    for (const h of hosts) {
      let b = this.byHost.get(h.value);
      if (b === undefined) this.byHost.set(h.value, (b = newBucket()));
      if (!out.includes(b)) out.push(b);
    }
    return out;
  }

  /**
   * Calls `check(i, ctx)` on the candidate route indices in ascending order and returns its first
   * non-null answer. `regexPass(ctx)` is called at most once, before the first regex route would be
   * checked; it runs the table's regex pass and returns the matching regex ids (any order), or
   * null when it cannot list them (then every regex route is a candidate).
   */
  find<C, T>(path: string, host: string, ctx: C, check: (i: number, ctx: C) => T | null, regexPass: (ctx: C) => readonly number[] | null): T | null {
    const lists = this.lists;
    const pos = this.pos;
    let k = walk(this.general.root, path, lists, 0);
    if (this.general.pathless.length !== 0) lists[k++] = this.general.pathless;
    const hb = this.byHost.get(host);
    if (hb !== undefined) {
      k = walk(hb.root, path, lists, k);
      if (hb.pathless.length !== 0) lists[k++] = hb.pathless;
    }
    for (let j = 0; j < k; j++) pos[j] = 0;
    let regexFirst = this.regexRoutes.length !== 0 ? this.regexRoutes[0] : NONE;
    for (;;) {
      let min = NONE;
      for (let j = 0; j < k; j++) {
        const l = lists[j];
        if (pos[j] < l.length && l[pos[j]] < min) min = l[pos[j]];
      }
      if (regexFirst < min) {
        // The merge reached the regex routes: run the pass, add the routes it found as a list.
        regexFirst = NONE;
        lists[k] = this.regexCandidates(regexPass(ctx));
        pos[k++] = 0;
        continue;
      }
      if (min === NONE) return null;
      for (let j = 0; j < k; j++) if (pos[j] < lists[j].length && lists[j][pos[j]] === min) pos[j]++;
      const m = check(min, ctx);
      if (m !== null) return m;
    }
  }

  private regexCandidates(ids: readonly number[] | null): readonly number[] {
    if (ids === null) return this.regexRoutes;
    const out = this.regexHits;
    out.length = 0;
    for (let j = 0; j < ids.length; j++) out.push(this.routeOfRegex[ids[j]]);
    if (out.length < 2) return out;
    out.sort((a, b) => a - b);
    let n = 1; // a route with several matching regexes appears once
    for (let j = 1; j < out.length; j++) if (out[j] !== out[n - 1]) out[n++] = out[j];
    out.length = n;
    return out;
  }
}
