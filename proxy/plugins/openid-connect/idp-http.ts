// One HTTP client for every call the plugin makes to an identity provider (discovery, JWKS,
// token endpoint, introspection): bounded time, bounded body size, at most one retry for
// network errors and 5xx answers. Callers decide what a status means; this module only
// separates "no usable answer" (IdpUnreachable) from "an answer".
import { Agent, request } from "undici";

/** Largest IdP response body we read (discovery documents and JWKS are a few KiB). */
const MAX_BODY_BYTES = 1024 * 1024;
const RETRY_BACKOFF_MS = 100;

let agent: Agent | undefined;
function dispatcher(): Agent {
  // Process-lifetime keep-alive pool shared by all plugin instances.
  agent ??= new Agent({ keepAliveTimeout: 30_000, connections: 64, pipelining: 1 });
  return agent;
}

export interface IdpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Network error, timeout or (after the retry) a 5xx: the IdP gave no usable answer. */
export class IdpUnreachable extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "IdpUnreachable";
    this.status = status;
  }
}

export interface IdpRequest {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

async function once(url: string, r: IdpRequest): Promise<IdpResponse> {
  const signal = AbortSignal.timeout(Math.max(1, r.timeoutMs));
  const res = await request(url, {
    method: r.method ?? "GET",
    headers: r.headers,
    body: r.body,
    signal,
    dispatcher: dispatcher(),
    headersTimeout: r.timeoutMs,
    bodyTimeout: r.timeoutMs,
  });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      res.body.destroy();
      throw new Error(`response body larger than ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return { status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") };
}

/** GET/POST with one retry on network errors and 5xx. Throws IdpUnreachable when no usable answer came. */
export async function idpRequest(url: string, r: IdpRequest): Promise<IdpResponse> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((res) => setTimeout(res, RETRY_BACKOFF_MS));
    try {
      const res = await once(url, r);
      if (res.status >= 500) {
        lastError = new IdpUnreachable(`HTTP ${res.status}`, res.status);
        continue;
      }
      return res;
    } catch (e) {
      const name = (e as Error)?.name;
      lastError = new IdpUnreachable(name === "TimeoutError" || name === "AbortError" ? "timeout" : `network error (${(e as NodeJS.ErrnoException)?.code ?? name})`, undefined, { cause: e });
    }
  }
  throw lastError;
}

export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
