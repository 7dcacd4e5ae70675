// Which methods a path supports, for 405 Method Not Allowed with an Allow header. Fastify routes by
// method first and sends an unsupported method on an existing path to the not-found handler, which
// answered 404 "no route" (PATCH on a service read as "this service does not exist").
// Filled from the onRoute hook, so it always matches the registered routes.
import type { RouteOptions } from "fastify";

interface Pattern {
  regex: RegExp;
  methods: Set<string>;
}

export class AllowedMethods {
  private readonly patterns = new Map<string, Pattern>();

  /** Records a route (onRoute). `:param` segments match one non-empty path segment. */
  add(route: Pick<RouteOptions, "method" | "url">): void {
    const url = trimSlash(route.url);
    let p = this.patterns.get(url);
    if (!p) {
      const source = url
        .split("/")
        .map((seg) => (seg.startsWith(":") ? "[^/]+" : seg === "*" ? ".*" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("/");
      p = { regex: new RegExp(`^${source}$`), methods: new Set() };
      this.patterns.set(url, p);
    }
    for (const m of Array.isArray(route.method) ? route.method : [route.method]) p.methods.add(m.toUpperCase());
  }

  /** Methods some route answers for this request path (query string ignored), sorted; empty when none. */
  for(path: string): string[] {
    const target = trimSlash(path.split("?")[0]);
    const out = new Set<string>();
    for (const p of this.patterns.values()) if (p.regex.test(target)) for (const m of p.methods) out.add(m);
    return [...out].sort();
  }
}

// The router ignores one trailing slash (ignoreTrailingSlash), so this table does too.
function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}
