// Finding the bearer token the way Kong does (kong-proxy.md §5.1) and removing credentials
// from the upstream request. Locations are tried in a fixed order (header, query, body,
// cookie), restricted to bearer_token_param_type, so a request with a header token never
// pays for reading its body.
import type { ProxyRequest } from "../types.ts";

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

function bearerFromAuthorization(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const m = /^\s*bearer\s+(\S+)\s*$/i.exec(v);
  return m ? m[1] : undefined;
}

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
  if (!mayHaveBody(req)) return undefined;
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

export async function findToken(req: ProxyRequest, locations: readonly string[], cookieName: string | null): Promise<FoundToken | undefined> {
  const want = new Set(locations);
  if (want.has("header")) {
    const t = bearerFromAuthorization(first(req.headers.authorization));
    if (t) return { token: t, location: "header", header: "authorization" };
    for (const h of TOKEN_HEADERS) {
      const v = first(req.headers[h])?.trim();
      if (v) return { token: v, location: "header", header: h };
    }
  }
  if (want.has("query")) {
    const t = queryParam(req.query, QUERY_PARAM);
    if (t) return { token: t, location: "query" };
  }
  if (want.has("body")) {
    const t = await bodyToken(req);
    if (t) return { token: t, location: "body" };
  }
  if (want.has("cookie") && cookieName) {
    const t = cookieValue(first(req.headers.cookie), cookieName);
    if (t) return { token: t, location: "cookie" };
  }
  return undefined;
}

/** Removes the credential from where it was found (hide_credentials). */
export async function removeFound(req: ProxyRequest, found: FoundToken, cookieName: string | null): Promise<void> {
  switch (found.location) {
    case "header":
      req.upstreamHeaders.delete(found.header ?? "authorization");
      return;
    case "query":
      req.upstreamQuery = withoutQueryParam(req.upstreamQuery, QUERY_PARAM);
      return;
    case "body":
      await removeBodyField(req);
      return;
    case "cookie":
      if (cookieName) removeCookie(req, cookieName);
      return;
  }
}

/**
 * Removes every place a bearer token could travel in (used after a token exchange, so the
 * upstream never sees the subject token, wherever else the client may have copied it).
 */
export async function removeAllCarriers(req: ProxyRequest, cookieName: string | null): Promise<void> {
  const auth = req.upstreamHeaders.get("authorization");
  if (auth !== undefined && (Array.isArray(auth) ? auth.some((a) => bearerFromAuthorization(a)) : /^\s*bearer\s/i.test(auth))) {
    req.upstreamHeaders.delete("authorization");
  }
  for (const h of TOKEN_HEADERS) req.upstreamHeaders.delete(h);
  if (queryParam(req.upstreamQuery, QUERY_PARAM) !== undefined) req.upstreamQuery = withoutQueryParam(req.upstreamQuery, QUERY_PARAM);
  if (mayHaveBody(req)) await removeBodyField(req);
  if (cookieName) removeCookie(req, cookieName);
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
