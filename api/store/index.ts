// The store: one object the HTTP layer receives, wiring the database, the version cache, the
// change listener (PostgreSQL) and the repositories.
import type { Logger } from "pino";
import { ConfigVersions } from "./config-versions.ts";
import { loadVersion, type StoreContext } from "./context.ts";
import { ControlPlaneRepository } from "./control-planes.ts";
import { openDatabase, type Database, type DatabaseOptions } from "./database.ts";
import { EntityRepository } from "./entities.ts";
import { NodeRepository } from "./nodes.ts";
import { startListener, type ListenerHandle } from "./notifier.ts";
import { SecretBox } from "./secrets.ts";
import { SnapshotBuilder } from "./snapshots.ts";
import { TokenRepository } from "./tokens.ts";

export interface StoreOptions extends DatabaseOptions {
  encryptionKey: Buffer;
  publicUrl: string;
  logger: Logger;
  /** Minimum interval between node-row writes for an unchanged node (ms). */
  nodePingResolutionMs?: number;
  /** Node rows kept per control plane; a new node past it evicts the oldest last_ping (default 1000). */
  maxNodesPerControlPlane?: number;
  /** Nodes not seen for this long are hidden and purged (ms, default 14 days). */
  nodeRetentionMs?: number;
  /** How long a token verification is cached (ms); bounds how late a CLI revocation is noticed. */
  authCacheTtlMs?: number;
}

export interface Store {
  db: Database;
  versions: ConfigVersions;
  controlPlanes: ControlPlaneRepository;
  entities: EntityRepository;
  tokens: TokenRepository;
  nodes: NodeRepository;
  snapshots: SnapshotBuilder;
  /** Context shared by the repositories (public URL can be set once the server listens). */
  context: StoreContext;
  close(): Promise<void>;
}

export async function createStore(opts: StoreOptions): Promise<Store> {
  const db = await openDatabase(opts);
  const versions = new ConfigVersions((id) => loadVersion(db, id));
  const context: StoreContext = { db, versions, secrets: new SecretBox(opts.encryptionKey), publicUrl: opts.publicUrl };
  const entities = new EntityRepository(context);
  const tokens = new TokenRepository(context, opts.authCacheTtlMs);
  let listener: ListenerHandle | undefined;
  if (db.provider === "postgresql") {
    listener = startListener(db.url, versions, opts.logger, () => tokens.forgetAll());
    // Do not wait forever: without the listener the API still serves (cache off).
    await Promise.race([listener.ready, new Promise((r) => setTimeout(r, 5000).unref())]);
  }
  return {
    db,
    versions,
    controlPlanes: new ControlPlaneRepository(context),
    entities,
    tokens,
    nodes: new NodeRepository(context, { resolutionMs: opts.nodePingResolutionMs, maxPerControlPlane: opts.maxNodesPerControlPlane, retentionMs: opts.nodeRetentionMs }),
    snapshots: new SnapshotBuilder(context, entities),
    context,
    close: async () => {
      versions.close();
      await listener?.close();
      await db.close();
    },
  };
}

export type { Database };
