// Wires the proxy together without touching process state, so tests can run it in-process:
// cache dir and node id, the cached snapshot (served at once if it is good), both listeners,
// then the poller. main.ts adds settings parsing, signals and exit codes.
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import { KonnectClient, withoutCredentials } from "../api/client.ts";
import type { ConfigSnapshot } from "../api/contract/index.ts";
import { ProxyError } from "./errors.ts";
import { DEFAULT_POOL_SETTINGS, UpstreamPools } from "./forward.ts";
import { ProxyHandler } from "./handler.ts";
import { PLUGIN_MODULES } from "./plugins/index.ts";
import type { Logger, PluginModule, PluginServices } from "./plugins/types.ts";
import { ConfigState, buildGeneration, type ConfigSource, type GenerationDeps } from "./runtime.ts";
import { closeServer, createProxyServer, createStatusServer, listen, type Server } from "./server.ts";
import type { ProxySettings } from "./settings.ts";
import { loadTlsIdentity, type TlsIdentity } from "./tls.ts";
import { SnapshotCache, ensureCacheDir, loadOrCreateNodeId } from "./sync/cache.ts";
import { ConfigPoller, type PollClient } from "./sync/poller.ts";
import type { PluginParser } from "./sync/validate.ts";

export const PROXY_VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
export const PRODUCT = `konnect-selfhosted/${PROXY_VERSION}`;

export interface ProxyAppOptions {
  log: Logger;
  /** Plugin registry; tests add test-only modules. */
  modules?: ReadonlyMap<string, PluginModule>;
  /** Plugin validation; tests that register test-only plugins supply one. */
  parsePlugin?: PluginParser;
  /** Replaces the REST client (tests). */
  client?: PollClient & { close?(): Promise<void> };
}

export interface ProxyApp {
  /** Plain HTTP listener port; 0 when that listener is off (`PROXY_PORT=off`). */
  readonly port: number;
  /** HTTPS listener port; null without a certificate. */
  readonly tlsPort: number | null;
  readonly statusPort: number;
  readonly nodeId: string;
  readonly state: ConfigState;
  readonly poller: ConfigPoller;
  status(): { ready: boolean; body: object };
  close(): Promise<void>;
}

export async function startProxy(settings: ProxySettings, options: ProxyAppOptions): Promise<ProxyApp> {
  const log = options.log;
  // Certificate problems end the start before anything else happens (nothing to clean up).
  let tls: TlsIdentity | null = null;
  if (settings.tlsPort != null && settings.tlsCertFile !== undefined && settings.tlsKeyFile !== undefined) {
    tls = await loadTlsIdentity(settings.tlsCertFile, settings.tlsKeyFile);
    const now = Date.now();
    if (now > tls.validTo.getTime() || now < tls.validFrom.getTime()) {
      // nginx serves such a certificate too; clients will refuse it, so say so loudly.
      log.warn({ code: "PROXY_TLS_CERT_EXPIRED", file: settings.tlsCertFile, subject: tls.subject, not_before: tls.validFrom.toISOString(), not_after: tls.validTo.toISOString() }, "the TLS certificate is not valid now");
    }
  }
  await ensureCacheDir(settings.cacheDir);
  const nodeId = await loadOrCreateNodeId(settings.cacheDir);
  const node = { id: nodeId, hostname: hostname(), version: PROXY_VERSION };
  const cache = new SnapshotCache(settings.cacheDir, settings.dpToken, settings.controlPlaneId);
  const pools = new UpstreamPools({ ...DEFAULT_POOL_SETTINGS, connections: settings.upstreamConnections });
  const state = new ConfigState(pools, log);
  const services: PluginServices = { logger: log, shared: new Map(), redisUrl: settings.redisUrl };
  const deps: GenerationDeps = {
    controlPlaneId: settings.controlPlaneId,
    modules: options.modules ?? PLUGIN_MODULES,
    services,
    pools,
    parsePlugin: options.parsePlugin,
  };

  // Persist snapshots one at a time; only the newest pending one is written.
  let saving: Promise<void> = Promise.resolve();
  let pendingSave: ConfigSnapshot | null = null;
  const persist = (snapshot: ConfigSnapshot) => {
    const first = pendingSave === null;
    pendingSave = snapshot;
    if (!first) return;
    saving = saving.then(async () => {
      const s = pendingSave!;
      pendingSave = null;
      try {
        await cache.save(s);
        log.debug({ version: s.version, file: cache.file }, "configuration cached");
      } catch (e) {
        log.error({ code: "PROXY_CACHE_WRITE_FAILED", file: cache.file, err: (e as Error).message }, "could not cache the configuration");
      }
    });
  };

  const apply = (raw: unknown, source: ConfigSource): boolean => {
    const cur = state.current;
    const gen = buildGeneration(raw, source, deps);
    if (cur && cur.version === gen.version && cur.configHash === gen.configHash) {
      void gen.plugins.close();
      return false;
    }
    state.swap(gen);
    log.info({ version: gen.version, config_hash: gen.configHash, source, routes: gen.snapshot.routes.length, plugins: gen.plugins.size }, "configuration loaded");
    if (source === "api") persist(gen.snapshot);
    return true;
  };

  // 1. The cached snapshot, if any, so we serve before (or without) the control plane.
  try {
    const cached = await cache.load();
    if (cached) apply(cached.snapshot, "cache");
  } catch (e) {
    const code = (e as { code?: string }).code === "PROXY_SNAPSHOT_INVALID" ? "PROXY_SNAPSHOT_INVALID" : "PROXY_CACHE_UNREADABLE";
    log.warn({ code, file: cache.file, reason: (e as { reason?: string }).reason ?? (e as Error).message }, "cached configuration not used");
  }

  // 2. Listeners.
  let poller: ConfigPoller;
  /** Why nothing is served yet: the last sync failure, in fields (for logs and /status). */
  const whyNoConfig = () => {
    const e = poller?.status.lastError ?? null;
    if (!e) return { sync_error: null, hint: "no answer from the control plane yet" };
    return { sync_error: e.code, api_code: e.api_code, api_status: e.api_status, settings: e.settings, hint: e.hint ?? e.message };
  };
  const handler = new ProxyHandler({ state, log, product: PRODUCT, maxUriLength: settings.maxUriLength, accessLog: settings.accessLog, clientBodyTimeoutMs: settings.clientBodyTimeoutMs, clientSendTimeoutMs: settings.clientSendTimeoutMs, whyNoConfig, trustedIps: settings.trustedIps, realIpHeader: settings.realIpHeader, realIpRecursive: settings.realIpRecursive });
  const serverOptions = { maxHeaderBytes: settings.maxHeaderBytes, keepAliveTimeoutMs: settings.keepAliveTimeoutMs, maxUriLength: settings.maxUriLength, product: PRODUCT, log };
  // The same handler on both: it reads the scheme from the connection.
  const proxyServer = settings.port === null ? null : createProxyServer(handler.handle, serverOptions);
  const tlsServer = tls === null ? null : createProxyServer(handler.handle, { ...serverOptions, tls: { cert: tls.cert, key: tls.key } });
  const client = options.client ?? new KonnectClient({ serverUrl: settings.serverUrl, token: settings.dpToken, userAgent: `${PRODUCT} (proxy)`, maxResponseBytes: settings.maxSnapshotBytes });
  const status = () => {
    const gen = state.current;
    const s = poller.status;
    const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
    return {
      ready: gen !== null,
      body: {
        ready: gen !== null,
        not_ready: gen === null ? { code: "PROXY_NO_CONFIG", ...whyNoConfig() } : null,
        control_plane_id: settings.controlPlaneId,
        version: gen?.version ?? null,
        config_hash: gen?.configHash ?? null,
        source: gen?.source ?? null,
        loaded_at: gen ? new Date(gen.loadedAt).toISOString() : null,
        node: node,
        sync: {
          last_attempt_at: iso(s.lastAttemptAt),
          last_success_at: iso(s.lastSuccessAt),
          consecutive_failures: s.consecutiveFailures,
          last_error: s.lastError ? { ...s.lastError, at: iso(s.lastError.at) } : null,
        },
      },
    };
  };
  const statusServer = createStatusServer(status);
  const open = (server: Server, wanted: number, variable: ListenVariable) =>
    listen(server, wanted, settings.listenHost).catch((e: NodeJS.ErrnoException) => {
      throw listenFailure(e, wanted, variable, settings.listenHost);
    });
  let port = 0;
  let tlsPort: number | null = null;
  let statusPort: number;
  try {
    if (proxyServer !== null) port = await open(proxyServer, settings.port!, "PROXY_PORT");
    if (tlsServer !== null) tlsPort = await open(tlsServer, settings.tlsPort!, "PROXY_TLS_PORT");
    statusPort = await open(statusServer, settings.statusPort, "PROXY_STATUS_PORT");
  } catch (e) {
    if (proxyServer !== null) await closeServer(proxyServer);
    if (tlsServer !== null) await closeServer(tlsServer);
    await state.close();
    if (!options.client) await client.close?.();
    throw e;
  }
  handler.listenerPort = port;
  handler.tlsListenerPort = tlsPort ?? 0;

  // 3. The poller.
  const cur = state.current;
  poller = new ConfigPoller({
    client,
    controlPlaneId: settings.controlPlaneId,
    node,
    currentHash: () => state.current?.configHash,
    apply: (raw) => apply(raw, "api"),
    log,
    waitSeconds: settings.pollWaitSeconds,
    retry: { initialMs: settings.syncRetryInitialMs, maxMs: settings.syncRetryMaxMs },
    initialEtag: cur ? `"${cur.version}"` : null,
  });
  poller.start();
  log.info({ port: proxyServer === null ? null : port, tls_port: tlsPort, status_port: statusPort, tls_cert: tls === null ? undefined : { subject: tls.subject, subject_alt_name: tls.subjectAltName, not_after: tls.validTo.toISOString() }, node_id: nodeId, control_plane_id: settings.controlPlaneId, server_url: withoutCredentials(settings.serverUrl), cache_dir: settings.cacheDir, serving: cur ? cur.version : null }, "proxy listening");

  return {
    port,
    tlsPort,
    statusPort,
    nodeId,
    state,
    poller,
    status,
    async close() {
      await poller.stop();
      await Promise.all([proxyServer === null ? null : closeServer(proxyServer), tlsServer === null ? null : closeServer(tlsServer), closeServer(statusServer)]);
      await saving;
      await state.close();
      await client.close?.();
    },
  };
}

/** A listener that cannot open, as one actionable error naming the port and its variable (as the API does for PORT=). */
export class ListenError extends ProxyError {
  constructor(
    code: "PROXY_PORT_IN_USE" | "PROXY_LISTEN_FAILED",
    detail: string,
    readonly port: number,
    readonly variable: ListenVariable,
    readonly host: string,
    readonly syscallCode: string | undefined,
  ) {
    super(code, detail);
  }
}

export type ListenVariable = "PROXY_PORT" | "PROXY_TLS_PORT" | "PROXY_STATUS_PORT";

function listenFailure(err: NodeJS.ErrnoException, port: number, variable: ListenVariable, host: string): ListenError {
  switch (err.code) {
    case "EADDRINUSE":
      return new ListenError("PROXY_PORT_IN_USE", `port ${port} on ${host} is already in use (another proxy or program listens there); stop it or choose another port with ${variable}=`, port, variable, host, err.code);
    case "EACCES":
      return new ListenError("PROXY_LISTEN_FAILED", `not allowed to listen on port ${port} on ${host} (ports below 1024 need privileges); choose another port with ${variable}=`, port, variable, host, err.code);
    case "EADDRNOTAVAIL":
      return new ListenError("PROXY_LISTEN_FAILED", `cannot listen on ${host}:${port}: ${host} is not an address of this machine; set PROXY_LISTEN_HOST= to one of its addresses (0.0.0.0 = all)`, port, variable, host, err.code);
    default:
      return new ListenError("PROXY_LISTEN_FAILED", `cannot listen on ${host}:${port}: ${err.message}; check ${variable}= and PROXY_LISTEN_HOST=`, port, variable, host, err.code);
  }
}
