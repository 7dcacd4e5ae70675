// Every way the proxy core can fail, as a typed value with a stable code. The HTTP status, the
// message and the body are derived from the code here and nowhere else. Logs print the code and
// tests assert it there; responses carry only what Kong sends (status, message, request id).
//
// Body format follows Kong's `kong.response.error`: the type is negotiated from `Accept`
// (JSON when absent or `*/*`), JSON is Kong's exact template (newlines included) with the
// request id. Kong's nginx-level errors (502/504/400/414/...) fall back to text/plain when the
// client sends neither Accept nor Content-Type; we keep JSON there too so every error the proxy
// produces has one shape (documented divergence).

export const PROXY_ERRORS = {
  // request-time, sent to clients
  PROXY_NO_ROUTE: { status: 404, message: "no Route matched with those values" },
  PROXY_NO_SERVICE: { status: 503, message: "no Service found with those values" },
  PROXY_NO_CONFIG: { status: 503, message: "no configuration received from the control plane yet" },
  PROXY_HTTPS_REQUIRED: { status: 426, message: "Please use HTTPS protocol" },
  PROXY_HTTP2_REQUIRED: { status: 426, message: "Please use HTTP2 protocol" },
  PROXY_UPSTREAM_UNREACHABLE: { status: 502, message: "An invalid response was received from the upstream server" },
  PROXY_UPSTREAM_TIMEOUT: { status: 504, message: "The upstream server is timing out" },
  PROXY_UPSTREAM_DNS: { status: 503, message: "name resolution failed" },
  PROXY_PLUGIN_FAILED: { status: 500, message: "An unexpected error occurred" },
  PROXY_INTERNAL: { status: 500, message: "An unexpected error occurred" },
  PROXY_BAD_REQUEST: { status: 400, message: "Bad request" },
  PROXY_URI_TOO_LONG: { status: 414, message: "Request-URI Too Large" },
  PROXY_HEADERS_TOO_LARGE: { status: 431, message: "Request Header Fields Too Large" },
  PROXY_BODY_TOO_LARGE: { status: 413, message: "Request Entity Too Large" },
  PROXY_REQUEST_TIMEOUT: { status: 408, message: "Request Timeout" },
  // operational, logged only (status is what a status endpoint or exit would report)
  PROXY_SETTINGS_INVALID: { status: 500, message: "invalid proxy settings" },
  PROXY_SNAPSHOT_INVALID: { status: 500, message: "configuration snapshot rejected" },
  PROXY_SYNC_FAILED: { status: 503, message: "control plane unreachable" },
  PROXY_SYNC_UNAUTHORIZED: { status: 503, message: "control plane refused the data-plane credential" },
  PROXY_SNAPSHOT_TOO_LARGE: { status: 500, message: "configuration snapshot larger than PROXY_MAX_SNAPSHOT_BYTES" },
  PROXY_PORT_IN_USE: { status: 500, message: "a listener port is already in use" },
  PROXY_LISTEN_FAILED: { status: 500, message: "a listener could not be opened" },
  PROXY_START_FAILED: { status: 500, message: "the proxy could not start" },
  PROXY_TLS_FILE_UNREADABLE: { status: 500, message: "a TLS certificate or key file cannot be read" },
  PROXY_TLS_CERT_INVALID: { status: 500, message: "the TLS certificate is not usable" },
  PROXY_TLS_KEY_INVALID: { status: 500, message: "the TLS private key is not usable" },
  PROXY_TLS_KEY_MISMATCH: { status: 500, message: "the TLS private key does not belong to the certificate" },
  PROXY_TLS_CERT_EXPIRED: { status: 500, message: "the TLS certificate is outside its validity period" },
  PROXY_TLS_HANDSHAKE_FAILED: { status: 400, message: "TLS handshake failed" },
  PROXY_CACHE_UNREADABLE: { status: 500, message: "cached configuration could not be read" },
  PROXY_CACHE_WRITE_FAILED: { status: 500, message: "cached configuration could not be written" },
  PROXY_PLUGIN_CLOSE_FAILED: { status: 500, message: "a plugin instance failed to close" },
  PROXY_CLIENT_ABORTED: { status: 499, message: "client closed the connection" },
  PROXY_CLIENT_SEND_TIMEOUT: { status: 499, message: "client stopped reading the response" },
} as const satisfies Record<string, { status: number; message: string }>;

export type ProxyErrorCode = keyof typeof PROXY_ERRORS;

export class ProxyError extends Error {
  override readonly name = "ProxyError";
  readonly status: number;
  constructor(
    readonly code: ProxyErrorCode,
    /** Internal detail for logs; never sent to clients (it may name hosts or fields). */
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail ? `${PROXY_ERRORS[code].message}: ${detail}` : PROXY_ERRORS[code].message, options);
    this.status = PROXY_ERRORS[code].status;
  }
}

export function isProxyError(e: unknown): e is ProxyError {
  return e instanceof ProxyError;
}

export type ErrorFormat = "json" | "html" | "xml" | "text";

const CONTENT_TYPES: Record<ErrorFormat, string> = {
  json: "application/json; charset=utf-8",
  html: "text/html; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  text: "text/plain; charset=utf-8",
};

/**
 * Picks the error format from an Accept header the way Kong does: the listed type with the
 * highest q-value among the four it knows wins; anything else (or no header) means JSON.
 */
export function errorFormat(accept: string | undefined): ErrorFormat {
  if (!accept) return "json";
  let best: ErrorFormat = "json";
  let bestQ = -1;
  for (const part of accept.split(",")) {
    const [rawType, ...params] = part.split(";");
    const type = rawType.trim().toLowerCase();
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split("=");
      if (k.trim() === "q") q = Number(v) || 0;
    }
    const fmt: ErrorFormat | null =
      type === "*/*" || type === "application/json" || type === "application/*" ? "json"
      : type === "text/html" ? "html"
      : type === "application/xml" || type === "text/xml" ? "xml"
      : type === "text/plain" || type === "text/*" ? "text"
      : null;
    if (fmt && q > bestQ) {
      best = fmt;
      bestQ = q;
    }
  }
  return best;
}

function escapeJson(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

function escapeMarkup(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Body and content type of a proxy-generated error, for the core and for plugins that want the
 * same look. `requestId` null leaves it out (Kong's `kong.response.exit` bodies have none).
 */
export function errorBody(message: string, requestId: string | null, format: ErrorFormat = "json"): { contentType: string; body: string } {
  let body: string;
  switch (format) {
    case "json":
      body = requestId === null ? `{\n  "message":"${escapeJson(message)}"\n}` : `{\n  "message":"${escapeJson(message)}",\n  "request_id":"${requestId}"\n}`;
      break;
    case "text":
      body = requestId === null ? `${message}\n` : `${message}\nrequest_id: ${requestId}\n`;
      break;
    case "html":
      body =
        `<!doctype html>\n<html>\n  <head>\n    <meta charset="utf-8">\n    <title>Error</title>\n  </head>\n  <body>\n` +
        `    <h1>Error</h1>\n    <p>${escapeMarkup(message)}.</p>\n` +
        (requestId === null ? "" : `    <p>request_id: ${requestId}</p>\n`) +
        `  </body>\n</html>\n`;
      break;
    case "xml":
      body =
        `<?xml version="1.0" encoding="UTF-8"?>\n<error>\n  <message>${escapeMarkup(message)}</message>\n` +
        (requestId === null ? "" : `  <requestid>${requestId}</requestid>\n`) +
        `</error>\n`;
      break;
  }
  return { contentType: CONTENT_TYPES[format], body };
}

export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The full response for one error code. */
export function errorResponse(code: ProxyErrorCode, requestId: string, accept: string | undefined): ErrorResponse {
  const def = PROXY_ERRORS[code];
  const { contentType, body } = errorBody(def.message, requestId, errorFormat(accept));
  const headers: Record<string, string> = { "content-type": contentType };
  if (code === "PROXY_HTTPS_REQUIRED" || code === "PROXY_HTTP2_REQUIRED") {
    headers.connection = "Upgrade";
    headers.upgrade = code === "PROXY_HTTPS_REQUIRED" ? "TLS/1.2, HTTP/1.1" : "HTTP/2";
  }
  return { status: def.status, headers, body };
}
