// Data-plane nodes as recorded by their polls (the poll is the heartbeat).
// A node row is written when something about the node changed (first poll, hostname, version,
// config hash) or when its stored last_ping is older than NODE_PING_RESOLUTION_MS; other polls only
// touch memory. Without this, N proxies long-polling would turn every 304 into a database write.
//
// Bounds: any holder of a data-plane token can poll with endlessly new node ids, so
//  - each control plane keeps at most `maxPerControlPlane` node rows: the poll that creates a row
//    past the limit evicts the rows with the oldest last_ping (the poll itself is always served;
//    serving config never depends on the node table). Set it above the fleet size of one control
//    plane, or live nodes evict each other and reappear on their next recorded poll;
//  - rows not seen for `retentionMs` are hidden from the API and deleted when a new node arrives
//    (the default, 14 days, follows Kong Gateway's cluster_data_plane_purge_delay for hybrid mode);
//  - the write-coalescing memory is an LRU of `memoryMax` entries: a forgotten entry costs one
//    extra database write on that node's next poll, nothing else.
import { LRUCache } from "lru-cache";
import type { Node } from "../contract/index.ts";
import { problem } from "../http/problems.ts";
import type { StoreContext } from "./context.ts";
import type { Tx } from "./database.ts";
import { isoSeconds } from "./util.ts";

export const NODE_PING_RESOLUTION_MS = 5_000;
export const MAX_NODES_PER_CONTROL_PLANE = 1_000;
export const NODE_RETENTION_MS = 14 * 24 * 3600 * 1000;
/** Nodes remembered for write coalescing, across control planes. */
export const NODE_MEMORY_MAX = 10_000;

export interface NodeLimits {
  resolutionMs: number;
  maxPerControlPlane: number;
  retentionMs: number;
  memoryMax: number;
}

export interface NodeHeartbeat {
  id: string;
  hostname: string;
  version: string;
  configHash: string;
}

interface Written {
  at: number;
  fingerprint: string;
}

export class NodeRepository {
  private readonly written: LRUCache<string, Written>;
  private readonly limits: NodeLimits;
  /** Heartbeats that arrived / reached the database; rows evicted by the bound or expired (for the benchmark and tests). */
  readonly stats = { heartbeats: 0, writes: 0, evicted: 0, expired: 0 };

  constructor(private readonly ctx: StoreContext, limits: Partial<NodeLimits> = {}) {
    this.limits = {
      resolutionMs: limits.resolutionMs ?? NODE_PING_RESOLUTION_MS,
      maxPerControlPlane: limits.maxPerControlPlane ?? MAX_NODES_PER_CONTROL_PLANE,
      retentionMs: limits.retentionMs ?? NODE_RETENTION_MS,
      memoryMax: limits.memoryMax ?? NODE_MEMORY_MAX,
    };
    for (const [k, v] of Object.entries(this.limits)) {
      if (!Number.isSafeInteger(v) || v < (k === "resolutionMs" ? 0 : 1)) throw new Error(`node ${k} must be a ${k === "resolutionMs" ? "non-negative" : "positive"} integer, got ${v}`);
    }
    this.written = new LRUCache({ max: this.limits.memoryMax });
  }

  /** Entries in the write-coalescing memory (bounded by memoryMax). */
  get remembered(): number {
    return this.written.size;
  }

  /** Records a poll. Resolves without a database write when one was done recently for the same state. */
  async heartbeat(controlPlaneId: string, hb: NodeHeartbeat): Promise<void> {
    this.stats.heartbeats++;
    const key = `${controlPlaneId}\u0000${hb.id}`;
    const fingerprint = `${hb.hostname}\u0000${hb.version}\u0000${hb.configHash}`;
    const now = Date.now();
    const prev = this.written.get(key);
    if (prev && prev.fingerprint === fingerprint && now - prev.at < this.limits.resolutionMs) return;
    this.written.set(key, { at: now, fingerprint });
    this.stats.writes++;
    const at = new Date(now);
    let created: boolean;
    try {
      const row = await this.ctx.db.write((tx) =>
        tx.node.upsert({
          where: { controlPlaneId_id: { controlPlaneId, id: hb.id } },
          create: { controlPlaneId, id: hb.id, hostname: hb.hostname, version: hb.version, type: "kong-proxy", configHash: hb.configHash, lastPing: at, createdAt: at, updatedAt: at },
          update: { hostname: hb.hostname, version: hb.version, configHash: hb.configHash, lastPing: at, updatedAt: at },
          select: { createdAt: true },
        }),
      );
      created = row.createdAt.getTime() === at.getTime();
    } catch (err) {
      this.written.delete(key); // try again on the next poll
      throw err;
    }
    // An update keeps the row's earlier created_at: only a new row can push the count past the bound.
    if (!created) return;
    // Counted once committed: a reader that sees the count must also see the rows gone.
    const pruned = await this.ctx.db.write((tx) => this.prune(tx, controlPlaneId, hb.id, now));
    this.stats.expired += pruned.expired;
    this.stats.evicted += pruned.evicted;
  }

  /**
   * After a new row: deletes the control plane's expired rows, then, past the bound, the rows with
   * the oldest last_ping (never the new one). Its own transaction, begun after the insert committed,
   * and serialised per control plane: counting inside the inserting transaction let concurrent inserts
   * on PostgreSQL (READ COMMITTED) each see the table below the bound, and unserialised prunes of a
   * burst each evicted everyone else's new row, emptying the table. On PostgreSQL the control plane's
   * row lock serialises prunes across replicas (config writes take the same lock, briefly); NO KEY
   * UPDATE, so node inserts (whose foreign key takes KEY SHARE on that row) are not held up. SQLite
   * runs one write transaction at a time anyway.
   */
  private async prune(tx: Tx, controlPlaneId: string, newId: string, now: number): Promise<{ expired: number; evicted: number }> {
    if (this.ctx.db.provider === "postgresql") await tx.$queryRaw`SELECT 1 FROM control_planes WHERE id = ${controlPlaneId} FOR NO KEY UPDATE`;
    const expired = await tx.node.deleteMany({ where: { controlPlaneId, lastPing: { lt: this.cutoff(now) } } });
    const excess = (await tx.node.count({ where: { controlPlaneId } })) - this.limits.maxPerControlPlane;
    if (excess <= 0) return { expired: expired.count, evicted: 0 };
    const victims = await tx.node.findMany({
      where: { controlPlaneId, id: { not: newId } },
      orderBy: [{ lastPing: "asc" }, { id: "asc" }],
      take: excess,
      select: { id: true },
    });
    const evicted = await tx.node.deleteMany({ where: { controlPlaneId, id: { in: victims.map((v) => v.id) } } });
    return { expired: expired.count, evicted: evicted.count };
  }

  /** Rows whose last_ping is before this are expired. */
  private cutoff(now = Date.now()): Date {
    return new Date(now - this.limits.retentionMs);
  }

  async list(controlPlaneId: string, pageSize: number, after?: string): Promise<{ items: Node[]; total: number; nextAfter: string | null }> {
    const live = { controlPlaneId, lastPing: { gte: this.cutoff() } };
    return this.ctx.db.read(async (q) => {
      const [rows, total] = await Promise.all([
        q.node.findMany({ where: { ...live, ...(after ? { id: { gt: after } } : {}) }, orderBy: { id: "asc" }, take: pageSize + 1 }),
        q.node.count({ where: live }),
      ]);
      const page = rows.slice(0, pageSize);
      return { items: page.map(toApi), total, nextAfter: rows.length > pageSize ? page[page.length - 1].id : null };
    });
  }

  async get(controlPlaneId: string, id: string): Promise<Node> {
    const row = await this.ctx.db.read((q) => q.node.findUnique({ where: { controlPlaneId_id: { controlPlaneId, id } } }));
    if (!row || row.lastPing < this.cutoff()) throw problem.notFound("node");
    return toApi(row);
  }

  /** Removes the record only; a node that polls again reappears. An expired row is removed but answers 404, as GET does. */
  async delete(controlPlaneId: string, id: string): Promise<void> {
    const gone = await this.ctx.db.write(async (tx) => {
      const row = await tx.node.findUnique({ where: { controlPlaneId_id: { controlPlaneId, id } }, select: { lastPing: true } });
      if (row) await tx.node.deleteMany({ where: { controlPlaneId, id } });
      return row;
    });
    this.written.delete(`${controlPlaneId}\u0000${id}`);
    if (!gone || gone.lastPing < this.cutoff()) throw problem.notFound("node");
  }
}

function toApi(row: { id: string; version: string; hostname: string; lastPing: Date; type: string; configHash: string; createdAt: Date; updatedAt: Date }): Node {
  return {
    id: row.id,
    version: row.version,
    hostname: row.hostname,
    last_ping: isoSeconds(row.lastPing),
    type: row.type,
    config_hash: row.configHash,
    created_at: isoSeconds(row.createdAt),
    updated_at: isoSeconds(row.updatedAt),
    compatibility_status: { state: "COMPATIBILITY_STATE_FULLY_COMPATIBLE" },
  };
}
