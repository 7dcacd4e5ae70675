// `npm start`: the API as a process.
//   PORT (8080)  HOST (0.0.0.0)  DATA_DIR (./data)  DATABASE_URL (postgresql://… → PostgreSQL)
//   PUBLIC_URL  KONNECT_ENCRYPTION_KEY (base64, 32 bytes)  KONNECT_BOOTSTRAP_TOKEN (kpat_…)  LOG_LEVEL
//   KONNECT_AUTH_CACHE_TTL_MS (5000: how long a token check is cached; CLI revocations show up after it)
//   KONNECT_NODE_PING_RESOLUTION_MS (5000: at most one node-row write per node per interval)
//   KONNECT_MAX_NODES_PER_CONTROL_PLANE (1000: node rows kept per control plane; the oldest last_ping is evicted)
//   KONNECT_NODE_RETENTION_SECONDS (1209600 = 14 days: nodes not seen for longer are hidden and purged)
//   LOG_REQUESTS (true: one log line per request; false keeps only warnings/errors and lifecycle lines)
// SIGTERM/SIGINT: stop accepting, release long-polls (they answer 304), finish in-flight requests,
// close the database, exit 0.
import { buildApp } from "./app.ts";

/** An optional whole-number setting: undefined when unset, a start-up error naming it when malformed. */
function intEnv(name: string, min: number, max: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

async function main(): Promise<void> {
  const env = process.env;
  const port = env.PORT ? Number(env.PORT) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0-65535, got "${env.PORT}"`);
  const app = await buildApp({
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || "./data",
    encryptionKey: env.KONNECT_ENCRYPTION_KEY || undefined,
    bootstrapToken: env.KONNECT_BOOTSTRAP_TOKEN || undefined,
    publicUrl: env.PUBLIC_URL || undefined,
    logger: { level: env.LOG_LEVEL || "info" },
    logRequests: env.LOG_REQUESTS !== "false",
    authCacheTtlMs: env.KONNECT_AUTH_CACHE_TTL_MS ? Number(env.KONNECT_AUTH_CACHE_TTL_MS) : undefined,
    nodePingResolutionMs: env.KONNECT_NODE_PING_RESOLUTION_MS ? Number(env.KONNECT_NODE_PING_RESOLUTION_MS) : undefined,
    maxNodesPerControlPlane: intEnv("KONNECT_MAX_NODES_PER_CONTROL_PLANE", 1, 1_000_000),
    nodeRetentionMs: ((s) => (s === undefined ? undefined : s * 1000))(intEnv("KONNECT_NODE_RETENTION_SECONDS", 1, 100 * 365 * 86_400)),
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    const force = setTimeout(() => {
      app.log.error("shutdown took longer than 10 s; exiting");
      process.exit(1);
    }, 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err) => {
        app.log.error({ err }, "error during shutdown");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  const host = env.HOST || "0.0.0.0";
  let address: string;
  try {
    address = await app.listen({ port, host });
  } catch (err) {
    await app.close().catch(() => undefined);
    throw new Error(listenFailure(err as NodeJS.ErrnoException, port, host));
  }
  app.log.info({ address, store: app.store.db.provider, migrations: app.store.db.migrations }, "API listening");
}

/** One line an operator can act on, instead of the socket error (a busy port printed a raw EADDRINUSE). */
function listenFailure(err: NodeJS.ErrnoException, port: number, host: string): string {
  switch (err.code) {
    case "EADDRINUSE":
      return `port ${port} on ${host} is already in use (is another API or program listening there?); stop it or choose another port with PORT= (HOST= picks the address)`;
    case "EACCES":
      return `not allowed to listen on port ${port} on ${host} (ports below 1024 need privileges); choose another port with PORT= (HOST= picks the address)`;
    case "EADDRNOTAVAIL":
      return `cannot listen on ${host}:${port}: ${host} is not an address of this machine; set HOST= to one of its addresses (0.0.0.0 = all) and PORT= to the port`;
    default:
      return `cannot listen on ${host}:${port}: ${err.message}; check PORT= and HOST=`;
  }
}

main().catch((err) => {
  // Start-up failures (bad DATABASE_URL, migration checksum mismatch, bad key) end the process.
  console.error(`konnect api failed to start: ${(err as Error).message}`);
  process.exit(1);
});
