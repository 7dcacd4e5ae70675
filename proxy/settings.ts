// The proxy's one config loader: environment variables, each mirrored by a command-line flag
// (flags win). Every problem is collected and reported at once with the variable and flag name.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DP_TOKEN_PREFIX } from "../api/contract/index.ts";
import { withoutCredentials } from "../api/client.ts";
import { parseTrustedIps, type RealIpHeader } from "./trusted-ips.ts";

export interface ProxySettings {
  serverUrl: string;
  controlPlaneId: string;
  dpToken: string;
  listenHost: string;
  /** Plain HTTP listener port; null = no plain listener (`PROXY_PORT=off`, TLS only). */
  port: number | null;
  statusPort: number;
  /** TLS listener port; null/absent = no TLS listener (no certificate configured). */
  tlsPort?: number | null;
  /** PEM certificate (chain) and PEM private key of the TLS listener; both or neither. */
  tlsCertFile?: string;
  tlsKeyFile?: string;
  cacheDir: string;
  redisUrl: string | undefined;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Long-poll wait sent to the API (seconds). */
  pollWaitSeconds: number;
  syncRetryInitialMs: number;
  syncRetryMaxMs: number;
  /** Connection cap per upstream origin. */
  upstreamConnections: number;
  accessLog: boolean;
  maxUriLength: number;
  maxHeaderBytes: number;
  /** A client that sends no body bytes for this long while the proxy reads its body is cut off (nginx client_body_timeout). */
  clientBodyTimeoutMs: number;
  /** A client that accepts no response bytes for this long is cut off (nginx send_timeout). */
  clientSendTimeoutMs: number;
  /** Idle keep-alive connections are closed after this long (nginx keepalive_timeout). */
  keepAliveTimeoutMs: number;
  /** Largest snapshot accepted from the API, bytes after decompression (larger: PROXY_SNAPSHOT_TOO_LARGE). */
  maxSnapshotBytes: number;
  /**
   * Peers whose X-Forwarded-Proto/-Host/-Port/-Path/-Prefix are believed (Kong's trusted_ips):
   * IPv4/IPv6 addresses and CIDRs. Empty or absent = trust no one (the default).
   */
  trustedIps?: string[];
  /**
   * nginx realip's real_ip_header: with a trusted peer, the client address (route `sources`,
   * X-Real-IP, X-Forwarded-For without one, plugins) comes from this header. Absent/null = off.
   */
  realIpHeader?: RealIpHeader | null;
  /** nginx realip's real_ip_recursive (X-Forwarded-For: skip trusted addresses from the right). */
  realIpRecursive?: boolean;
}

/** 64 MiB, the client's default; ~9 MiB holds 10,000 services with a route each (measured). */
export const DEFAULT_MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;
/** Kong's proxy_listen default for TLS (`0.0.0.0:8443 ssl`). */
export const DEFAULT_TLS_PORT = 8443;
/** V8 cannot hold a string much over 512 MiB; the snapshot is one JSON text. */
const MAX_SNAPSHOT_BYTES_LIMIT = 500 * 1024 * 1024;

interface Option {
  env: string;
  flag: string;
  help: string;
  default?: string;
}

/** Every setting, in the order `--help` prints them. */
export const OPTIONS = {
  serverUrl: { env: "KONNECT_SERVER_URL", flag: "server-url", help: "base URL of the control-plane API (http:// or https://)" },
  controlPlaneId: { env: "KONNECT_CONTROL_PLANE_ID", flag: "control-plane-id", help: "id (UUID) of the control plane this proxy serves" },
  dpToken: { env: "KONNECT_DP_TOKEN", flag: "dp-token", help: "data-plane credential of that control plane (kdp_…); prefer the variable, flags show in ps" },
  listenHost: { env: "PROXY_LISTEN_HOST", flag: "listen-host", help: "address both listeners bind to", default: "0.0.0.0" },
  port: { env: "PROXY_PORT", flag: "port", help: "plain HTTP proxy listener port (0 = any free port, off = TLS only)", default: "8000" },
  statusPort: { env: "PROXY_STATUS_PORT", flag: "status-port", help: "status listener port: GET /status (0 = any free port)", default: "8100" },
  tlsPort: { env: "PROXY_TLS_PORT", flag: "tls-port", help: "HTTPS proxy listener port (0 = any free port); needs the certificate and key", default: "8443 when a certificate is set, else no TLS listener" },
  tlsCertFile: { env: "PROXY_TLS_CERT_FILE", flag: "tls-cert-file", help: "PEM certificate (leaf first, then intermediates) of the TLS listener; read once at start" },
  tlsKeyFile: { env: "PROXY_TLS_KEY_FILE", flag: "tls-key-file", help: "PEM private key (unencrypted) of that certificate" },
  cacheDir: { env: "PROXY_CACHE_DIR", flag: "cache-dir", help: "directory for the node id and the encrypted last good snapshot", default: "./data/proxy-<control plane id>" },
  redisUrl: { env: "PROXY_REDIS_URL", flag: "redis-url", help: "Redis URL for caches shared between replicas (optional)" },
  logLevel: { env: "PROXY_LOG_LEVEL", flag: "log-level", help: "fatal|error|warn|info|debug|trace|silent", default: "info" },
  pollWaitSeconds: { env: "PROXY_POLL_WAIT_SECONDS", flag: "poll-wait", help: "long-poll wait per request, seconds (1-60)", default: "30" },
  syncRetryInitialMs: { env: "PROXY_SYNC_RETRY_INITIAL_MS", flag: "sync-retry-initial-ms", help: "first retry delay after a failed poll", default: "1000" },
  syncRetryMaxMs: { env: "PROXY_SYNC_RETRY_MAX_MS", flag: "sync-retry-max-ms", help: "cap of the retry delay", default: "30000" },
  upstreamConnections: { env: "PROXY_UPSTREAM_CONNECTIONS", flag: "upstream-connections", help: "connections per upstream origin", default: "128" },
  accessLog: { env: "PROXY_ACCESS_LOG", flag: "access-log", help: "log every request (on|off)", default: "off" },
  maxUriLength: { env: "PROXY_MAX_URI_LENGTH", flag: "max-uri-length", help: "longest request target, bytes (longer: 414)", default: "8192" },
  maxHeaderBytes: { env: "PROXY_MAX_HEADER_BYTES", flag: "max-header-bytes", help: "largest request head, bytes (larger: 431)", default: "32768" },
  clientBodyTimeoutMs: { env: "PROXY_CLIENT_BODY_TIMEOUT_MS", flag: "client-body-timeout-ms", help: "idle time allowed between two body reads from a client, ms (then the connection is closed)", default: "60000" },
  keepAliveTimeoutMs: { env: "PROXY_KEEPALIVE_TIMEOUT_MS", flag: "keepalive-timeout-ms", help: "idle time of a client keep-alive connection between requests, ms", default: "60000" },
  clientSendTimeoutMs: { env: "PROXY_CLIENT_SEND_TIMEOUT_MS", flag: "client-send-timeout-ms", help: "time a client may take to accept more response bytes, ms (then the connection is closed)", default: "60000" },
  maxSnapshotBytes: { env: "PROXY_MAX_SNAPSHOT_BYTES", flag: "max-snapshot-bytes", help: "largest configuration snapshot accepted from the API, bytes after decompression (1 MiB to 500 MiB)", default: String(DEFAULT_MAX_SNAPSHOT_BYTES) },
  trustedIps: { env: "PROXY_TRUSTED_IPS", flag: "trusted-ips", help: "comma-separated IPs/CIDRs (IPv4, IPv6; 0.0.0.0/0,::/0 = every peer) whose X-Forwarded-Proto/-Host/-Port/-Path/-Prefix are believed, as Kong's trusted_ips", default: "none" },
  realIpHeader: { env: "PROXY_REAL_IP_HEADER", flag: "real-ip-header", help: "X-Real-IP or X-Forwarded-For: a trusted peer's header giving the client address (nginx realip); needs PROXY_TRUSTED_IPS", default: "off" },
  realIpRecursive: { env: "PROXY_REAL_IP_RECURSIVE", flag: "real-ip-recursive", help: "on|off: in X-Forwarded-For, skip trusted addresses from the right (nginx real_ip_recursive)", default: "off" },
} satisfies Record<keyof ProxySettings, Option>;

export class SettingsError extends Error {
  override readonly name = "SettingsError";
  readonly code = "PROXY_SETTINGS_INVALID";
  constructor(readonly problems: string[]) {
    super(`invalid proxy settings:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export function usage(): string {
  const lines = Object.values(OPTIONS).map((o: Option) => `  --${o.flag.padEnd(24)} ${o.env.padEnd(28)} ${o.help}${o.default ? ` (default ${o.default})` : ""}`);
  return `usage: npm run proxy -- [flags]\nEvery flag mirrors an environment variable:\n${lines.join("\n")}\n`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function loadSettings(argv: string[], env: NodeJS.ProcessEnv): ProxySettings {
  const problems: string[] = [];
  let flags: Record<string, string | boolean | undefined> = {};
  try {
    flags = parseArgs({
      args: argv,
      options: Object.fromEntries(Object.values(OPTIONS).map((o: Option) => [o.flag, { type: "string" as const }])),
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | undefined>;
  } catch (e) {
    throw new SettingsError([(e as Error).message]);
  }
  const raw = (key: keyof ProxySettings): string | undefined => {
    const o: Option = OPTIONS[key];
    const v = (flags[o.flag] as string | undefined) ?? env[o.env];
    return v === undefined || v === "" ? undefined : v.trim();
  };
  const name = (key: keyof ProxySettings) => `${OPTIONS[key].env} (--${OPTIONS[key].flag})`;
  const required = (key: keyof ProxySettings): string => {
    const v = raw(key);
    if (v === undefined) problems.push(`${name(key)} is required: ${OPTIONS[key].help}`);
    return v ?? "";
  };
  const int = (key: keyof ProxySettings, min: number, max: number): number => {
    const v = raw(key) ?? (OPTIONS[key] as Option).default!;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name(key)} must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`);
      return min;
    }
    return n;
  };

  const serverUrl = required("serverUrl");
  if (serverUrl) {
    try {
      const u = new URL(serverUrl);
      if (u.protocol !== "http:" && u.protocol !== "https:") problems.push(`${name("serverUrl")} must start with http:// or https://, got ${JSON.stringify(withoutCredentials(serverUrl))}`);
    } catch {
      problems.push(`${name("serverUrl")} is not a URL: ${JSON.stringify(withoutCredentials(serverUrl))}`);
    }
  }
  const controlPlaneId = required("controlPlaneId").toLowerCase();
  if (controlPlaneId && !UUID.test(controlPlaneId)) problems.push(`${name("controlPlaneId")} must be a UUID, got ${JSON.stringify(controlPlaneId)}`);
  const dpToken = required("dpToken");
  // Never echo the token itself, not even a wrong one.
  if (dpToken && (!dpToken.startsWith(DP_TOKEN_PREFIX) || dpToken.length === DP_TOKEN_PREFIX.length || /\s/.test(dpToken))) {
    problems.push(`${name("dpToken")} must be a data-plane credential starting with ${DP_TOKEN_PREFIX} (create one with POST /v2/control-planes/{id}/dp-tokens)`);
  }
  const redisUrl = raw("redisUrl");
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push(`${name("redisUrl")} must start with redis:// or rediss://`);
  const logLevel = (raw("logLevel") ?? "info") as ProxySettings["logLevel"];
  if (!["fatal", "error", "warn", "info", "debug", "trace", "silent"].includes(logLevel)) problems.push(`${name("logLevel")} must be one of fatal, error, warn, info, debug, trace, silent`);
  // Listeners: plain HTTP (PROXY_PORT, `off` disables it) and TLS (only with a certificate).
  const portRaw = raw("port");
  const port = portRaw !== undefined && portRaw.toLowerCase() === "off" ? null : int("port", 0, 65535);
  const statusPort = int("statusPort", 0, 65535);
  const certRaw = raw("tlsCertFile");
  const keyRaw = raw("tlsKeyFile");
  if ((certRaw === undefined) !== (keyRaw === undefined)) {
    problems.push(`${name("tlsCertFile")} and ${name("tlsKeyFile")} go together: ${certRaw === undefined ? OPTIONS.tlsCertFile.env : OPTIONS.tlsKeyFile.env} is missing`);
  }
  const tlsOn = certRaw !== undefined && keyRaw !== undefined;
  let tlsPort: number | null = null;
  if (tlsOn) tlsPort = raw("tlsPort") === undefined ? DEFAULT_TLS_PORT : int("tlsPort", 0, 65535);
  else if (raw("tlsPort") !== undefined && certRaw === undefined && keyRaw === undefined) {
    problems.push(`${name("tlsPort")} is set but no certificate is: set ${name("tlsCertFile")} and ${name("tlsKeyFile")} too`);
  }
  if (port === null && !tlsOn && certRaw === undefined && keyRaw === undefined) {
    problems.push(`${name("port")}=off leaves no proxy listener: set ${name("tlsCertFile")} and ${name("tlsKeyFile")} to serve HTTPS only`);
  }
  if (tlsPort !== null && tlsPort !== 0) {
    // The second bind would fail as "in use" and blame another program; say what is wrong instead.
    if (tlsPort === port) problems.push(`${name("tlsPort")} and ${name("port")} are both ${tlsPort}: give the TLS listener its own port`);
    if (tlsPort === statusPort) problems.push(`${name("tlsPort")} and ${name("statusPort")} are both ${tlsPort}: give the TLS listener its own port`);
  }
  const accessLogRaw = (raw("accessLog") ?? "off").toLowerCase();
  if (!["on", "off", "true", "false", "1", "0"].includes(accessLogRaw)) problems.push(`${name("accessLog")} must be on or off`);

  // Kong's trusted_ips: every entry must be an address or a CIDR; a typo must not silently trust
  // (or distrust) a load balancer.
  const trusted = parseTrustedIps(raw("trustedIps") ?? "");
  for (const entry of trusted.invalid) problems.push(`${name("trustedIps")} has ${JSON.stringify(entry)}, which is not an IPv4/IPv6 address or CIDR (like 10.0.0.0/8 or fd00::/8)`);
  // Off unless named (Kong defaults to X-Real-IP): trusting a load balancer's scheme must not
  // silently also let it, or what it passes through, set the address `sources` match on.
  const realIpRaw = raw("realIpHeader")?.toLowerCase();
  let realIpHeader: RealIpHeader | null = null;
  if (realIpRaw === "x-real-ip" || realIpRaw === "x-forwarded-for") realIpHeader = realIpRaw;
  else if (realIpRaw !== undefined && realIpRaw !== "off") problems.push(`${name("realIpHeader")} must be X-Real-IP, X-Forwarded-For or off, got ${JSON.stringify(raw("realIpHeader"))}`);
  if (realIpHeader !== null && trusted.entries.length === 0 && trusted.invalid.length === 0) {
    problems.push(`${name("realIpHeader")} is set but ${name("trustedIps")} is empty: the header is read only from trusted peers, so it would never be used`);
  }
  const recursiveRaw = (raw("realIpRecursive") ?? "off").toLowerCase();
  if (!["on", "off", "true", "false", "1", "0"].includes(recursiveRaw)) problems.push(`${name("realIpRecursive")} must be on or off`);
  const realIpRecursive = ["on", "true", "1"].includes(recursiveRaw);

  const settings: ProxySettings = {
    serverUrl,
    controlPlaneId,
    dpToken,
    listenHost: raw("listenHost") ?? "0.0.0.0",
    port,
    statusPort,
    tlsPort,
    tlsCertFile: certRaw === undefined ? undefined : resolve(certRaw),
    tlsKeyFile: keyRaw === undefined ? undefined : resolve(keyRaw),
    cacheDir: resolve(raw("cacheDir") ?? `./data/proxy-${controlPlaneId || "unknown"}`),
    redisUrl,
    logLevel,
    pollWaitSeconds: int("pollWaitSeconds", 1, 60),
    syncRetryInitialMs: int("syncRetryInitialMs", 1, 600_000),
    syncRetryMaxMs: int("syncRetryMaxMs", 1, 3_600_000),
    upstreamConnections: int("upstreamConnections", 1, 65535),
    accessLog: ["on", "true", "1"].includes(accessLogRaw),
    maxUriLength: int("maxUriLength", 256, 1_048_576),
    maxHeaderBytes: int("maxHeaderBytes", 1024, 1_048_576),
    clientBodyTimeoutMs: int("clientBodyTimeoutMs", 100, 3_600_000),
    clientSendTimeoutMs: int("clientSendTimeoutMs", 100, 3_600_000),
    keepAliveTimeoutMs: int("keepAliveTimeoutMs", 100, 3_600_000),
    maxSnapshotBytes: int("maxSnapshotBytes", 1024 * 1024, MAX_SNAPSHOT_BYTES_LIMIT),
    trustedIps: trusted.entries,
    realIpHeader,
    realIpRecursive,
  };
  if (problems.length) throw new SettingsError(problems);
  return settings;
}
