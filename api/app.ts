// buildApp(options): the whole API as a Fastify instance that is not listening yet (tests inject or
// listen on port 0; api/main.ts listens on PORT). Opening it applies migrations, loads the
// encryption key and registers the bootstrap token.
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { pino, type DestinationStream, type Logger } from "pino";
import { frameworkErrorHandler, installErrorHandling } from "./http/error-handler.ts";
import { installJsonParser } from "./http/json-body.ts";
import { registerOpenApi } from "./http/openapi.ts";
import { controlPlaneRoutes } from "./http/control-planes.ts";
import { coreEntityRoutes } from "./http/core-entities.ts";
import { dataPlaneRoutes } from "./http/data-plane.ts";
import { dpTokenRoutes } from "./http/dp-tokens.ts";
import { nodeRoutes } from "./http/nodes.ts";
import { lowerUuidParams, validatorCompiler } from "./http/validation.ts";
import { createStore, type Store } from "./store/index.ts";
import { KeyCheckError, checkEncryptionKey } from "./store/key-check.ts";
import { loadEncryptionKey, type KeySource } from "./store/secrets.ts";

export interface AppOptions {
  /** `postgresql://…` switches to PostgreSQL; `file:/x.db` picks a SQLite file; default SQLite in dataDir. */
  databaseUrl?: string;
  /** SQLite file and generated key file live here (default ./data). */
  dataDir?: string;
  /** Base64 of 32 bytes (KONNECT_ENCRYPTION_KEY); default: the key file under dataDir (created 0600). */
  encryptionKey?: string | Buffer;
  /** kpat_/spat_ token registered as an admin at start (idempotent). */
  bootstrapToken?: string;
  /** Reported as control_plane_endpoint/telemetry_endpoint; default derived per request. */
  publicUrl?: string;
  /** false = silent; otherwise pino level and optional destination (tests capture logs this way). */
  logger?: false | { level?: string; destination?: DestinationStream };
  /** Log one line per request (method, path, status, time; never bodies or headers). Default true. */
  logRequests?: boolean;
  /** Request body limit in bytes (413 above it). Default 1 MiB. */
  bodyLimit?: number;
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** Minimum interval between node-row writes for an unchanged node (ms). */
  nodePingResolutionMs?: number;
  /** Node rows kept per control plane (default 1000): a new node past it evicts the one with the oldest last_ping. */
  maxNodesPerControlPlane?: number;
  /** Nodes not seen for this long are hidden from the API and purged (ms, default 14 days). */
  nodeRetentionMs?: number;
  /** Token verification cache lifetime (ms, default 5000): how late an out-of-process revocation is seen. */
  authCacheTtlMs?: number;
}

declare module "fastify" {
  interface FastifyInstance {
    store: Store;
    keySource: KeySource;
  }
}

/** Never log credentials or bodies, even if a future log line includes them by accident. */
export const REDACT_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  "req.headers[\"x-api-key\"]",
  "req.body",
  "body",
  "res.headers[\"set-cookie\"]",
  "token",
  "*.token",
  "config.client_secret",
  "*.client_secret",
];

export function createLogger(opt: AppOptions["logger"]): Logger {
  if (opt === false) return pino({ level: "silent" });
  const options = { level: opt?.level ?? "info", redact: { paths: REDACT_PATHS, censor: "[redacted]" } };
  return opt?.destination ? pino(options, opt.destination) : pino(options);
}

export async function buildApp(opts: AppOptions = {}): Promise<FastifyInstance> {
  const dataDir = resolve(opts.dataDir ?? "./data");
  const logger = createLogger(opts.logger);
  const { key, source, file: keyFile } = loadEncryptionKey({ key: opts.encryptionKey, dataDir });
  if (source === "file-created" && opts.databaseUrl?.startsWith("postgres")) {
    logger.warn("generated a new encryption key file for a PostgreSQL store: every replica must use the same key (set KONNECT_ENCRYPTION_KEY)");
  }
  const store = await createStore({
    databaseUrl: opts.databaseUrl,
    dataDir,
    poolSize: opts.poolSize,
    encryptionKey: key,
    publicUrl: opts.publicUrl ?? "",
    logger,
    nodePingResolutionMs: opts.nodePingResolutionMs,
    maxNodesPerControlPlane: opts.maxNodesPerControlPlane,
    nodeRetentionMs: opts.nodeRetentionMs,
    authCacheTtlMs: opts.authCacheTtlMs,
  });
  try {
    await checkKey(store, key, source, keyFile);
    const mixedCase = await store.entities.mixedCaseIds();
    if (mixedCase.length > 0) {
      logger.warn(
        { entities: mixedCase },
        "entities stored with an upper-case id that also exists in lower case (created twice while ids were stored as given): proxies get both, but the API cannot address the upper-case one; delete it in the database (or delete its control plane)",
      );
    }
    if (opts.bootstrapToken) {
      const r = await store.tokens.registerAdmin(opts.bootstrapToken, "bootstrap");
      logger.info({ tokenId: r.id, created: r.created }, "bootstrap admin token registered");
    }
    const app = Fastify({
      loggerInstance: logger as FastifyBaseLogger,
      bodyLimit: opts.bodyLimit ?? 1024 * 1024,
      routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
      return503OnClosing: true,
      logController: new LogController({ disableRequestLogging: opts.logRequests === false }),
      frameworkErrors: frameworkErrorHandler,
    }) as unknown as FastifyInstance;
    app.decorate("store", store);
    app.decorate("keySource", source);
    app.decorateRequest("principal", null);
    app.setValidatorCompiler(validatorCompiler);
    // Responses are our own objects; their schemas document the API (OpenAPI) and are not re-checked.
    app.setSerializerCompiler(() => (data) => JSON.stringify(data));
    installErrorHandling(app);
    // Root hook: runs before every route family's own onRequest hooks (auth).
    app.addHook("onRequest", lowerUuidParams);
    installJsonParser(app);

    await registerOpenApi(app);
    app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok", store: store.db.provider }));

    await app.register(controlPlaneRoutes, { prefix: "/v2/control-planes" });
    await app.register(coreEntityRoutes, { prefix: "/v2/control-planes/:controlPlaneId/core-entities" });
    await app.register(dpTokenRoutes, { prefix: "/v2/control-planes/:controlPlaneId/dp-tokens" });
    await app.register(nodeRoutes, { prefix: "/v2/control-planes/:controlPlaneId" });
    await app.register(dataPlaneRoutes, { prefix: "/v2/control-planes/:controlPlaneId" });

    // Release long-polls before the server waits for in-flight requests to finish.
    app.addHook("preClose", async () => store.versions.close());
    app.addHook("onClose", async () => store.close());
    return app;
  } catch (err) {
    await store.close();
    throw err;
  }
}

/**
 * Refuses to start with a key other than the one the database's secrets were sealed with (see
 * store/key-check.ts). A key file generated by this very start (the original one was lost or DATA_DIR
 * is new while the database is not) is removed again, so the next start does not pick it up.
 */
async function checkKey(store: Store, key: Buffer, source: KeySource, keyFile: string | undefined): Promise<void> {
  const describe =
    source === "file-created"
      ? `KONNECT_ENCRYPTION_KEY is not set and ${keyFile} did not exist, so a new key was generated; it`
      : source === "file-existing"
        ? `the key in ${keyFile} (used because KONNECT_ENCRYPTION_KEY is not set)`
        : "KONNECT_ENCRYPTION_KEY";
  const remedy = source === "option" ? "use the original key" : "use the original key: set KONNECT_ENCRYPTION_KEY to it or put the original key file back";
  try {
    await checkEncryptionKey(store.db, key, describe, remedy);
  } catch (err) {
    if (err instanceof KeyCheckError && source === "file-created" && keyFile) rmSync(keyFile, { force: true });
    throw err;
  }
}

