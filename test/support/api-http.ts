// Raw HTTP for API tests that must see status, content type and bodies exactly as sent
// (the typed client hides those on purpose).
import { request } from "undici";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  contentType: string;
  text: string;
  /** Parsed body (null when empty or not JSON). */
  json: any;
}

export interface RawOptions {
  token?: string | null;
  /** Object → JSON with content-type; string → sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
}

export function rawClient(baseUrl: string, defaultToken?: string) {
  return async function http(method: string, path: string, opts: RawOptions = {}): Promise<RawResponse> {
    const headers: Record<string, string> = { accept: "application/json, application/problem+json", ...opts.headers };
    const token = opts.token === undefined ? defaultToken : opts.token;
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) headers["content-type"] = "application/json";
    }
    const res = await request(baseUrl + path, { method: method as "GET", headers, body });
    const text = await res.body.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: res.statusCode, headers: res.headers, contentType: String(res.headers["content-type"] ?? ""), text, json };
  };
}

export type Http = ReturnType<typeof rawClient>;
