// The API in-process on a loopback port, on SQLite (temp dir) or PostgreSQL (a fresh database on the
// server from test/support/postgres.ts), with a bootstrap admin token and a KonnectClient.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { DestinationStream } from "pino";
import { buildApp, type AppOptions } from "../../api/app.ts";
import { KonnectClient } from "../../api/client.ts";
import { startPostgres, type PostgresServer } from "./postgres.ts";

export type StoreKind = "sqlite" | "postgresql";

export interface ApiServer {
  app: FastifyInstance;
  url: string;
  adminToken: string;
  client: KonnectClient;
  dataDir: string;
  databaseUrl?: string;
  /** A client with another token (kdp_, another admin, garbage). */
  clientWith(token: string): KonnectClient;
  close(): Promise<void>;
}

export function newAdminToken(): string {
  return "kpat_" + randomBytes(24).toString("base64url");
}

export interface StartApiOptions extends Omit<AppOptions, "logger"> {
  /** Capture logs (JSON lines) here; default silent. */
  logDestination?: DestinationStream;
  logLevel?: string;
  /** Keep the data dir on close (restart tests). */
  keepDataDir?: boolean;
}

export async function startApi(opts: StartApiOptions = {}): Promise<ApiServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), "api-test-"));
  const adminToken = opts.bootstrapToken ?? newAdminToken();
  const app = await buildApp({
    ...opts,
    dataDir,
    bootstrapToken: adminToken,
    logger: opts.logDestination ? { level: opts.logLevel ?? "info", destination: opts.logDestination } : false,
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  const clients: KonnectClient[] = [];
  const clientWith = (token: string) => {
    const c = new KonnectClient({ serverUrl: url, token, maxRetryElapsedMs: 0 });
    clients.push(c);
    return c;
  };
  const client = clientWith(adminToken);
  return {
    app,
    url,
    adminToken,
    client,
    dataDir,
    databaseUrl: opts.databaseUrl,
    clientWith,
    close: async () => {
      await Promise.all(clients.map((c) => c.close()));
      await app.close();
      if (!opts.keepDataDir && !opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Where a store of each kind comes from: SQLite needs nothing, PostgreSQL a server (or a skip reason). */
export interface StoreProvider {
  kind: StoreKind;
  skipReason?: string;
  /** Options for a fresh, empty store. */
  freshStore(): Promise<Pick<AppOptions, "databaseUrl" | "encryptionKey">>;
  stop(): Promise<void>;
}

export async function storeProvider(kind: StoreKind): Promise<StoreProvider> {
  if (kind === "sqlite") {
    return { kind, freshStore: async () => ({}), stop: async () => undefined };
  }
  const handle = await startPostgres();
  if (!handle.server) {
    return { kind, skipReason: handle.skipReason, freshStore: async () => { throw new Error(handle.skipReason); }, stop: async () => undefined };
  }
  const server: PostgresServer = handle.server;
  return {
    kind,
    freshStore: async () => ({ databaseUrl: await server.createDatabase("api") }),
    stop: () => server.stop(),
  };
}
