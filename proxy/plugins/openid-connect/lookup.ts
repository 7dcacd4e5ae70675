// Finding the bearer token the way Kong does (kong-proxy.md §5.1) and removing credentials
// from the upstream request. Locations are tried in a fixed order (header, query, body,
// cookie), restricted to bearer_token_param_type, so a request with a header token never
// pays for reading its body.
import type { ProxyRequest } from "../types.ts";
import { OidcError } from "./errors.ts";

export type TokenLocation = "header" | "query" | "body" | "cookie";

export interface FoundToken {
  token: string;
  location: TokenLocation;
  /** Header name, when found in a header. */
  header?: string;
}

const TOKEN_HEADERS = ["access-token", "access_token", "x-access-token", "x_access_token"];
const QUERY_PARAM = "access_token";
const BODY_FIELD = "access_token";
const BODY_LIMIT = 1024 * 1024;

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** `Bearer <token>` (scheme case-insensitive): the token is what follows the whitespace. */
function bearerFromAuthorization(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const s = v.charCodeAt(0) === 32 || v.charCodeAt(0) === 9 ? v.trimStart() : v;
  if (s.length < 8 || s.slice(0, 6).toLowerCase() !== "bearer") return undefined;
  const sep = s.charCodeAt(6);
  if (sep !== 32 && sep !== 9) return undefined;
  const token = s.slice(7).trim();
  return token === "" ? undefined : token;
}

/** Whether bearerFromAuthorization would find a token in `v`, without building the token string. */
function isBearer(v: string): boolean {
  // Same steps as bearerFromAuthorization (leading whitespace handled the same way).
  const s = v.charCodeAt(0) === 32 || v.charCodeAt(0) === 9 ? v.trimStart() : v;
  if (s.length < 8) return false;
  // "bearer", case-insensitive: OR-ing 0x20 maps only B/b, E/e, A/a, R/r onto these letters.
  for (let k = 0; k < 6; k++) if ((s.charCodeAt(k) | 0x20) !== BEARER.charCodeAt(k)) return false;
  const sep = s.charCodeAt(6);
  if (sep !== 32 && sep !== 9) return false;
  // A non-empty token follows unless the rest is all whitespace.
  for (let k = 7; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 32 && c < 127) return true; // printable ASCII: never trimmed
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return s.slice(7).trim() !== ""; // other characters: as trim() decides
  }
  return false;
}
const BEARER = "bearer";

function queryParam(query: string, name: string): string | undefined {
  if (!query) return undefined;
  for (const part of query.split("&")) {
    const eq = part.indexOf("=");
    const k = eq < 0 ? part : part.slice(0, eq);
    if (safeDecode(k) === name) return eq < 0 ? "" : safeDecode(part.slice(eq + 1));
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}

/** Query string without every occurrence of `name`, other parameters byte-for-byte unchanged. */
function withoutQueryParam(query: string, name: string): string {
  if (!query) return query;
  return query.split("&").filter((part) => {
    const eq = part.indexOf("=");
    return safeDecode(eq < 0 ? part : part.slice(0, eq)) !== name;
  }).join("&");
}

function contentType(req: ProxyRequest): string {
  return (first(req.headers["content-type"]) ?? "").split(";")[0].trim().toLowerCase();
}

function mayHaveBody(req: ProxyRequest): boolean {
  const ct = contentType(req);
  if (ct !== "application/x-www-form-urlencoded" && ct !== "application/json") return false;
  return req.headers["content-length"] !== undefined ? req.headers["content-length"] !== "0" : req.headers["transfer-encoding"] !== undefined;
}

async function bodyToken(req: ProxyRequest): Promise<string | undefined> {
  const body = await req.readBody(BODY_LIMIT);
  if (body.length === 0) return undefined;
  const text = body.toString("utf8");
  if (contentType(req) === "application/json") {
    try {
      const v = JSON.parse(text);
      return v && typeof v === "object" && typeof v[BODY_FIELD] === "string" ? v[BODY_FIELD] : undefined;
    } catch {
      return undefined;
    }
  }
  return new URLSearchParams(text).get(BODY_FIELD) ?? undefined;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return safeDecode(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** bearer_token_param_type, resolved once per plugin instance. */
export interface TokenLocations {
  header: boolean;
  query: boolean;
  body: boolean;
  cookie: boolean;
}

export function tokenLocations(types: readonly string[]): TokenLocations {
  return { header: types.includes("header"), query: types.includes("query"), body: types.includes("body"), cookie: types.includes("cookie") };
}

/** Synchronous unless the body has to be read (form/JSON body and no token found before it). */
export function findToken(req: ProxyRequest, where: TokenLocations, cookieName: string | null): FoundToken | undefined | Promise<FoundToken | undefined> {
  if (where.header) {
    const t = bearerFromAuthorization(first(req.headers.authorization));
    if (t) return { token: t, location: "header", header: "authorization" };
    for (const h of TOKEN_HEADERS) {
      const v = first(req.headers[h])?.trim();
      if (v) return { token: v, location: "header", header: h };
    }
  }
  if (where.query && req.query !== "") {
    const t = queryParam(req.query, QUERY_PARAM);
    if (t) return { token: t, location: "query" };
  }
  if (where.body && mayHaveBody(req)) {
    return bodyToken(req).then((t) => (t ? { token: t, location: "body" as const } : fromCookie(req, where, cookieName)));
  }
  return fromCookie(req, where, cookieName);
}

// A module-level function rather than a closure: findToken runs on every request.
function fromCookie(req: ProxyRequest, where: TokenLocations, cookieName: string | null): FoundToken | undefined {
  if (!where.cookie || !cookieName) return undefined;
  const t = cookieValue(first(req.headers.cookie), cookieName);
  return t ? { token: t, location: "cookie" } : undefined;
}

/** Removes the credential from where it was found (hide_credentials). Synchronous unless it was in the body. */
export function removeFound(req: ProxyRequest, found: FoundToken, cookieName: string | null): Promise<void> | undefined {
  switch (found.location) {
    case "header":
      req.upstreamHeaders.delete(found.header ?? "authorization");
      return;
    case "query":
      req.upstreamQuery = withoutQueryParam(req.upstreamQuery, QUERY_PARAM);
      return;
    case "body":
      return removeBodyField(req);
    case "cookie":
      if (cookieName) removeCookie(req, cookieName);
      return;
  }
}

/**
 * Removes every place a bearer token could travel in (used after a token exchange, so the
 * upstream never sees the subject token, wherever else the client may have copied it). With
 * `subjectToken`, any other header, cookie or query parameter holding that exact token goes too
 * (a cookie under another name, `Authorization: Token …` next to an upstream_access_token_header
 * of another name, `?jwt=…`): browsers send cookies on their own, so this is not only about
 * clients that try. Call `assertTokenGone` afterwards for what cannot be removed.
 */
export function removeAllCarriers(req: ProxyRequest, cookieName: string | null, subjectToken?: string): Promise<void> | undefined {
  const h = req.upstreamHeaders;
  const auth = h.get("authorization");
  if (auth !== undefined && (Array.isArray(auth) ? auth.some(isBearer) : isBearer(auth))) {
    h.delete("authorization");
  }
  for (const name of TOKEN_HEADERS) if (h.has(name)) h.delete(name);
  if (req.upstreamQuery !== "" && queryParam(req.upstreamQuery, QUERY_PARAM) !== undefined) req.upstreamQuery = withoutQueryParam(req.upstreamQuery, QUERY_PARAM);
  if (cookieName) removeCookie(req, cookieName);
  if (subjectToken) sweepToken(req, subjectToken);
  // Only a form/JSON body needs the (async) body rewrite; the common case stays synchronous.
  if (req.headers["content-type"] !== undefined && mayHaveBody(req)) return removeBodyField(req);
  return undefined;
}

function holds(v: string | string[], token: string): boolean {
  if (typeof v === "string") return v.includes(token);
  for (const x of v) if (x.includes(token)) return true;
  return false;
}

/** Drops every upstream header value, cookie pair and query parameter that contains `token`. */
function sweepToken(req: ProxyRequest, token: string): void {
  const h = req.upstreamHeaders;
  // Warm path: no per-header allocation unless a header actually holds the token.
  for (const [name, v] of h) {
    if (!holds(v, token)) continue;
    const values = Array.isArray(v) ? v : [v];
    if (name === "cookie") {
      const kept = values.join("; ").split(";").map((p) => p.trim()).filter((p) => p && !p.includes(token) && !safeDecode(p).includes(token));
      if (kept.length) h.set("cookie", kept.join("; "));
      else h.delete("cookie");
    } else h.delete(name);
  }
  const q = req.upstreamQuery;
  if (q === "") return;
  // Per parameter: one malformed escape elsewhere must not hide an encoded copy of the token.
  const parts = q.split("&");
  const kept = parts.filter((part) => !part.includes(token) && !safeDecode(part).includes(token));
  if (kept.length !== parts.length) req.upstreamQuery = kept.join("&");
}

/**
 * After the carriers are removed, the subject token may still sit where the proxy cannot take
 * it out without changing what the request means: the path, or a form/JSON body field other
 * than access_token. Such a request is refused rather than forwarded. (Bodies the plugin does
 * not buffer, e.g. multipart or binary uploads, are streamed unread and not inspected.)
 */
export async function assertTokenGone(req: ProxyRequest, token: string): Promise<void> {
  assertNotInPath(req, token);
  if (!bodyInvolved(req)) return;
  const body = req.upstreamBody ?? (await req.readBody(BODY_LIMIT));
  const text = body.toString("utf8");
  if (text.includes(token) || safeDecode(text).includes(token)) throw new OidcError("OIDC_SUBJECT_TOKEN_EXPOSED", "in the body");
}

/** The path half of assertTokenGone (synchronous). */
export function assertNotInPath(req: ProxyRequest, token: string): void {
  const path = req.path;
  if (path.includes(token)) throw new OidcError("OIDC_SUBJECT_TOKEN_EXPOSED", "in the path");
  // Without '%' or '+' decoding changes nothing: skip it (the common case on the warm path).
  if ((path.includes("%") || path.includes("+")) && safeDecode(path).includes(token)) throw new OidcError("OIDC_SUBJECT_TOKEN_EXPOSED", "in the path");
}

/**
 * True when removing/checking a token may involve the body (a form/JSON body, or one a plugin
 * already replaced): removeAllCarriers and assertTokenGone then need their async part. When
 * false, removeAllCarriers returns undefined and assertNotInPath is all of assertTokenGone.
 */
export function bodyInvolved(req: ProxyRequest): boolean {
  return req.upstreamBody !== null || (req.headers["content-type"] !== undefined && mayHaveBody(req));
}

async function removeBodyField(req: ProxyRequest): Promise<void> {
  const original = req.upstreamBody ?? (await req.readBody(BODY_LIMIT));
  const text = original.toString("utf8");
  if (contentType(req) === "application/json") {
    try {
      const v = JSON.parse(text);
      if (v && typeof v === "object" && !Array.isArray(v) && BODY_FIELD in v) {
        delete v[BODY_FIELD];
        req.upstreamBody = Buffer.from(JSON.stringify(v));
      }
    } catch {
      // Not JSON: nothing of ours to remove.
    }
    return;
  }
  const params = new URLSearchParams(text);
  if (params.has(BODY_FIELD)) {
    params.delete(BODY_FIELD);
    req.upstreamBody = Buffer.from(params.toString());
  }
}

function removeCookie(req: ProxyRequest, name: string): void {
  const v = req.upstreamHeaders.get("cookie");
  if (v === undefined) return;
  const joined = Array.isArray(v) ? v.join("; ") : v;
  const kept = joined.split(";").map((p) => p.trim()).filter((p) => p && p.slice(0, Math.max(0, p.indexOf("="))).trim() !== name);
  if (kept.length) req.upstreamHeaders.set("cookie", kept.join("; "));
  else req.upstreamHeaders.delete("cookie");
}
