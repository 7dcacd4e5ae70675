// Gateway routes: which requests reach which service. Validation follows Kong's traditional router rules.
import { RE2JS } from "re2js";
import { z } from "zod";
import { EntityName, ForeignKey, PROTOCOLS, Protocol, Tags, UnixSeconds, Uuid, dflt, optional } from "./common.ts";

const HTTP_PROTOCOLS = new Set(["http", "https", "grpc", "grpcs", "ws", "wss"]);
const TLS_PROTOCOLS = new Set(["https", "grpcs", "tls", "tls_passthrough", "wss"]);

/** Host with at most one `*`, as the leftmost or rightmost label, and an optional port. */
const Host = z
  .string()
  .min(1)
  .max(256)
  .regex(/^(\*\.)?[A-Za-z0-9\-_.]+(\.\*)?(:\d{1,5})?$|^\[[0-9a-fA-F:.]+\](:\d{1,5})?$/, "must be a hostname, optionally with one leading *. or trailing .* wildcard and a :port")
  .refine((h) => (h.match(/\*/g) ?? []).length <= 1, "only one * wildcard is allowed");

/**
 * Route regexes are checked with the engine proxies match them with: RE2 (linear time, as Kong's
 * Rust regex). Backreferences and look-around are refused (neither engine has them; a JavaScript
 * check accepted them and every proxy then rejected the snapshot). `(?P<name>…)` is RE2 syntax.
 */
function re2SyntaxError(source: string): string | null {
  try {
    RE2JS.compile(source);
    return null;
  } catch (e) {
    return `invalid regex (RE2 syntax, linear-time matching: no backreferences or look-around): ${(e as Error).message}`;
  }
}

/** Prefix paths start with "/", regex paths with "~/" (a regex anchored at the start). */
const RoutePath = z
  .string()
  .min(1)
  .superRefine((p, ctx) => {
    if (p.startsWith("~")) {
      const problem = re2SyntaxError(p.slice(1));
      if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
      return;
    }
    if (!p.startsWith("/")) ctx.addIssue({ code: "custom", message: 'must start with "/" (prefix) or "~/" (regex)' });
    else if (p.includes("//")) ctx.addIssue({ code: "custom", message: "must not contain //" });
  });

const Method = z.string().regex(/^[A-Z]+$/, "HTTP methods must be upper-case letters");

// Kong's ip_or_cidr. Checked here because a proxy that cannot compile a route rejects the whole
// snapshot: an accepted "10.0.0.0/99" used to stop every config update of the control plane.
const IP_FORMATS = [z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()];
const IpOrCidr = z.string().refine((s) => IP_FORMATS.some((f) => f.safeParse(s).success), "must be an IP address or a CIDR range (10.0.0.0/8, 2001:db8::/32)");

const Endpoint = z.strictObject({ ip: optional(IpOrCidr), port: optional(z.number().int().min(0).max(65535)) });

/**
 * A header value to match: literal, or `~*<regex>` (case-insensitive). The regex must compile, for
 * the same reason as IpOrCidr (proxies match it lower-cased, so that form must compile too).
 */
const HeaderValue = z.string().superRefine((v, ctx) => {
  if (!v.startsWith("~*")) return;
  for (const src of [v.slice(2), v.slice(2).toLowerCase()]) {
    const problem = re2SyntaxError(src);
    if (problem !== null) return void ctx.addIssue({ code: "custom", message: problem });
  }
});

const routeFields = {
  id: Uuid.nullish(),
  name: optional(EntityName),
  protocols: dflt(z.array(Protocol).min(1), ["http", "https"]),
  methods: optional(z.array(Method)),
  hosts: optional(z.array(Host)),
  paths: optional(z.array(RoutePath)),
  headers: optional(z.record(z.string().min(1), z.array(HeaderValue).min(1))),
  https_redirect_status_code: dflt(z.literal([426, 301, 302, 307, 308]), 426),
  regex_priority: dflt(z.number().int(), 0),
  strip_path: dflt(z.boolean(), true),
  path_handling: dflt(z.enum(["v0", "v1"]), "v0"),
  preserve_host: dflt(z.boolean(), false),
  request_buffering: dflt(z.boolean(), true),
  response_buffering: dflt(z.boolean(), true),
  snis: optional(z.array(z.string().min(1))),
  sources: optional(z.array(Endpoint)),
  destinations: optional(z.array(Endpoint)),
  tags: Tags,
  service: optional(ForeignKey),
  created_at: UnixSeconds.nullish(),
  updated_at: UnixSeconds.nullish(),
};

export const RouteInput = z.strictObject(routeFields).superRefine((r, ctx) => {
  const http = r.protocols.some((p) => HTTP_PROTOCOLS.has(p));
  if (http) {
    const nonEmpty = (v: unknown) => v != null && (Array.isArray(v) ? v.length > 0 : Object.keys(v as object).length > 0);
    if (![r.methods, r.hosts, r.headers, r.paths, r.snis, r.sources, r.destinations].some(nonEmpty)) {
      ctx.addIssue({ code: "custom", path: ["paths"], message: "an http route needs at least one of methods, hosts, headers, paths, snis" });
    }
  }
  if (r.snis?.length && !r.protocols.some((p) => TLS_PROTOCOLS.has(p))) {
    ctx.addIssue({ code: "custom", path: ["snis"], message: "snis can only be set with https, grpcs, tls, tls_passthrough or wss" });
  }
  for (const name of Object.keys(r.headers ?? {})) {
    if (name.toLowerCase() === "host") ctx.addIssue({ code: "custom", path: ["headers", name], message: "use hosts to match the Host header" });
  }
});
export type RouteInput = z.input<typeof RouteInput>;

export const Route = z.strictObject({ ...routeFields, id: Uuid, created_at: UnixSeconds, updated_at: UnixSeconds });
export type Route = z.output<typeof Route>;

export { PROTOCOLS };
