// Header rules between client, proxy and upstream (Kong's nginx template and runloop): what is
// dropped (hop-by-hop, headers the client names in Connection, identity headers a client could
// spoof), what the proxy sets (Host, X-Forwarded-*, X-Real-IP, Via, X-Kong-Request-Id), and the
// same cleaning on the way back. Works on flat [name, value, name, value, …] arrays so the hot
// path never builds header objects.

/** Headers never forwarded upstream as the client sent them. */
const REQUEST_DROP = [
  // hop-by-hop (RFC 9110 §7.6.1) plus the legacy proxy ones Kong removes
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  // node answers Expect: 100-continue itself; undici refuses to send it
  "expect",
  // set by the proxy
  "host",
  "x-forwarded-for",
  "x-forwarded-proto",
  "x-forwarded-host",
  "x-forwarded-port",
  "x-forwarded-path",
  "x-forwarded-prefix",
  "x-real-ip",
  "via",
  "x-kong-request-id",
];

/**
 * Identity headers only the gateway may set: a client sending them could impersonate a consumer.
 * Removed from every request before plugins run (an auth plugin sets them again).
 */
export const SPOOFABLE_IDENTITY_HEADERS = [
  "x-consumer-id",
  "x-consumer-username",
  "x-consumer-custom-id",
  "x-anonymous-consumer",
  "x-authenticated-groups",
  "x-credential-identifier",
] as const;

/** Names the core always drops from client requests, lower-case. */
export const ALWAYS_DROPPED: ReadonlySet<string> = new Set([...REQUEST_DROP, ...SPOOFABLE_IDENTITY_HEADERS]);

/**
 * `X_Consumer_ID` is `X-Consumer-ID` to every upstream that maps header names to variables
 * (CGI/WSGI/PHP: HTTP_X_CONSUMER_ID), so a client could spoof a proxy-owned or plugin-set
 * header by spelling it with underscores. Names compared for dropping read `_` as `-`.
 */
export function dashed(lowerName: string): string {
  return lowerName.indexOf("_") === -1 ? lowerName : lowerName.replace(/_/g, "-");
}

/** What one pass over the client's raw headers yields. */
export interface RequestHeadScan {
  /** Raw Host header value (with port) or "" when missing. */
  host: string;
  /** More than one Host header was sent (RFC 9112 §3.2: answer 400). */
  duplicateHost: boolean;
  xForwardedFor: string | null;
  /**
   * The client's X-Forwarded-Proto/-Host/-Port/-Path/-Prefix (repeats joined with ", ", as
   * nginx's $http_* do). Never forwarded as such: the handler uses them only when the peer is
   * in PROXY_TRUSTED_IPS. Underscore spellings are not read (they are dropped, see `dashed`).
   */
  xfProto: string | null;
  xfHost: string | null;
  xfPort: string | null;
  xfPath: string | null;
  xfPrefix: string | null;
  /** The client's X-Real-IP (read only as PROXY_REAL_IP_HEADER from a trusted peer). */
  xRealIp: string | null;
  via: string | null;
  accept: string | null;
  /** The client listed "trailers" in TE. */
  wantsTrailers: boolean;
  /** The request carries a body (Content-Length > 0 or Transfer-Encoding). */
  hasBody: boolean;
  /** Extra hop-by-hop names listed in the client's Connection header, lower-case. */
  connectionNames: string[] | null;
  /** Headers to forward, flat. */
  upstream: string[];
}

export function newScan(): RequestHeadScan {
  return { host: "", duplicateHost: false, xForwardedFor: null, xfProto: null, xfHost: null, xfPort: null, xfPath: null, xfPrefix: null, xRealIp: null, via: null, accept: null, wantsTrailers: false, hasBody: false, connectionNames: null, upstream: [] };
}

/**
 * One pass over `rawHeaders`: remembers what the proxy needs and copies every other header to
 * `scan.upstream`. `extraDrop` holds names plugins declared they set upstream.
 */
export function scanRequestHeaders(raw: readonly string[], scan: RequestHeadScan, extraDrop: ReadonlySet<string> | null): void {
  const out = scan.upstream;
  let hostSeen = false;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    const value = raw[i + 1];
    const lower = name.toLowerCase();
    if (!ALWAYS_DROPPED.has(lower)) {
      const d = dashed(lower);
      // An underscore spelling of a dropped name is dropped too (see `dashed`).
      if (d !== lower && ALWAYS_DROPPED.has(d)) continue;
      if (extraDrop === null || !extraDrop.has(d)) {
        if (lower === "content-length") {
          if (value !== "0") scan.hasBody = true;
        } else if (lower === "accept") scan.accept = value;
        out.push(name, value);
      }
      continue;
    }
    switch (lower) {
      case "host":
        if (hostSeen) scan.duplicateHost = true;
        hostSeen = true;
        scan.host = value;
        break;
      case "x-forwarded-for":
        scan.xForwardedFor = scan.xForwardedFor === null ? value : `${scan.xForwardedFor}, ${value}`;
        break;
      case "x-forwarded-proto":
        scan.xfProto = joined(scan.xfProto, value);
        break;
      case "x-forwarded-host":
        scan.xfHost = joined(scan.xfHost, value);
        break;
      case "x-forwarded-port":
        scan.xfPort = joined(scan.xfPort, value);
        break;
      case "x-forwarded-path":
        scan.xfPath = joined(scan.xfPath, value);
        break;
      case "x-forwarded-prefix":
        scan.xfPrefix = joined(scan.xfPrefix, value);
        break;
      case "x-real-ip":
        scan.xRealIp = joined(scan.xRealIp, value);
        break;
      case "via":
        scan.via = scan.via === null ? value : `${scan.via}, ${value}`;
        break;
      case "transfer-encoding":
        scan.hasBody = true;
        break;
      case "te":
        if (/(^|,)\s*trailers\s*(;|,|$)/i.test(value)) scan.wantsTrailers = true;
        break;
      case "connection":
        for (const token of value.split(",")) {
          const t = token.trim().toLowerCase();
          if (t && t !== "close" && t !== "keep-alive" && t !== "upgrade") (scan.connectionNames ??= []).push(t);
        }
        break;
    }
  }
  if (scan.connectionNames !== null) removeNames(out, new Set(scan.connectionNames));
}

function joined(prev: string | null, value: string): string {
  return prev === null ? value : `${prev}, ${value}`;
}

/**
 * Removes (in place) every header whose lower-case name is in `names`; with `underscores`, also
 * the underscore spellings of those names (for headers the proxy or a plugin owns, see `dashed`).
 */
export function removeNames(flat: string[], names: ReadonlySet<string>, underscores = false): void {
  let w = 0;
  for (let r = 0; r < flat.length; r += 2) {
    const lower = flat[r].toLowerCase();
    if (names.has(underscores ? dashed(lower) : lower)) continue;
    flat[w++] = flat[r];
    flat[w++] = flat[r + 1];
  }
  flat.length = w;
}

/**
 * Header values the proxy adds upstream (Kong §3.5). The X-Forwarded-* ones are the proxy's own
 * unless the peer is trusted and sent them (`forwardedFrom` picks).
 */
export interface ForwardedInfo {
  hostHeader: string;
  /** The client address: the peer's, or the one PROXY_REAL_IP_HEADER gave (X-Real-IP, X-Forwarded-For without one). */
  clientIp: string;
  /** The connection's peer address (nginx's $realip_remote_addr), appended to a client's X-Forwarded-For. */
  peerIp: string;
  scheme: string;
  /** Host without port, lower-case (or the trusted client value). */
  forwardedHost: string;
  /** The listener port (or the trusted client value). */
  forwardedPort: string;
  /** Raw request path without the query (or the trusted client value). */
  forwardedPath: string;
  /** Stripped prefix, or null when nothing (or only "/") was stripped (or the trusted client value). */
  prefix: string | null;
  httpVersion: string;
  requestId: string;
  product: string;
}

export function addForwardedHeaders(scan: RequestHeadScan, f: ForwardedInfo): void {
  const out = scan.upstream;
  out.push(
    "host",
    f.hostHeader,
    "x-forwarded-for",
    scan.xForwardedFor === null ? f.clientIp : `${scan.xForwardedFor}, ${f.peerIp}`,
    "x-forwarded-proto",
    f.scheme,
    "x-forwarded-host",
    f.forwardedHost,
    "x-forwarded-port",
    f.forwardedPort,
    "x-forwarded-path",
    f.forwardedPath,
    "x-real-ip",
    f.clientIp,
    "via",
    scan.via === null ? `${f.httpVersion} ${f.product}` : `${scan.via}, ${f.httpVersion} ${f.product}`,
    "x-kong-request-id",
    f.requestId,
  );
  if (f.prefix !== null) out.push("x-forwarded-prefix", f.prefix);
  if (scan.wantsTrailers) out.push("te", "trailers");
}

/** Response headers never passed back as the upstream sent them. */
const RESPONSE_DROP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"]);

export interface UpstreamResponseHead {
  /** Flat, cleaned headers for res.writeHead. */
  headers: string[];
  hadServer: boolean;
  via: string | null;
}

/**
 * Common response header names, matched on the raw bytes (case-insensitively) so the hot path
 * skips a Buffer→string conversion and a toLowerCase for them. Unknown names are converted.
 */
const KNOWN_RESPONSE_NAMES = [
  "accept-ranges", "access-control-allow-credentials", "access-control-allow-headers", "access-control-allow-methods",
  "access-control-allow-origin", "access-control-expose-headers", "access-control-max-age", "age", "cache-control",
  "connection", "content-disposition", "content-encoding", "content-language", "content-length", "content-location",
  "content-range", "content-security-policy", "content-type", "date", "etag", "expires", "keep-alive", "last-modified",
  "link", "location", "pragma", "proxy-connection", "retry-after", "server", "set-cookie", "strict-transport-security",
  "te", "trailer", "transfer-encoding", "upgrade", "vary", "via", "www-authenticate", "x-content-type-options",
  "x-frame-options", "x-powered-by", "x-request-id", "x-xss-protection",
];
const KNOWN_BY_LENGTH: { name: string; bytes: Buffer }[][] = [];
for (const name of KNOWN_RESPONSE_NAMES) (KNOWN_BY_LENGTH[name.length] ??= []).push({ name, bytes: Buffer.from(name, "latin1") });

/** Lower-case header name of a raw header name. */
export function headerNameOf(raw: Buffer | string): string {
  if (typeof raw === "string") return raw.toLowerCase();
  const candidates = KNOWN_BY_LENGTH[raw.length];
  if (candidates !== undefined) {
    for (const c of candidates) {
      const b = c.bytes;
      let i = 0;
      // OR 0x20 lower-cases ASCII letters and leaves "-" and digits alone.
      while (i < b.length && (raw[i] | 0x20) === b[i]) i++;
      if (i === b.length) return c.name;
    }
  }
  return raw.toString("latin1").toLowerCase();
}

/**
 * Converts undici's raw response headers (Buffers) to a flat string array without hop-by-hop
 * headers (including names the upstream lists in Connection, except close/upgrade/keep-alive).
 * `trailerOk` keeps Trailer when the client asked for trailers.
 */
export function cleanResponseHeaders(raw: Buffer[] | string[], trailerOk: boolean): UpstreamResponseHead {
  const headers: string[] = [];
  let hadServer = false;
  let via: string | null = null;
  let connectionNames: Set<string> | null = null;
  for (let i = 0; i < raw.length; i += 2) {
    // Names go downstream lower-cased (HTTP names are case-insensitive; undici's own parser does the same).
    const name = headerNameOf(raw[i]);
    const value = typeof raw[i + 1] === "string" ? (raw[i + 1] as string) : (raw[i + 1] as Buffer).toString("latin1");
    const lower = name;
    if (RESPONSE_DROP.has(lower)) {
      if (lower === "connection") {
        for (const token of value.split(",")) {
          const t = token.trim().toLowerCase();
          if (t && t !== "close" && t !== "keep-alive" && t !== "upgrade") (connectionNames ??= new Set()).add(t);
        }
      } else if (lower === "trailer" && trailerOk) headers.push(name, value);
      continue;
    }
    if (lower === "via") {
      via = via === null ? value : `${via}, ${value}`;
      continue;
    }
    if (lower === "server") hadServer = true;
    headers.push(name, value);
  }
  if (connectionNames !== null) removeNames(headers, connectionNames);
  return { headers, hadServer, via };
}
