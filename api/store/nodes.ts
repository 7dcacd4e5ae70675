// Data-plane nodes as recorded by their polls (the poll is the heartbeat).
// A node row is written when something about the node changed (first poll, hostname, version,
// config hash) or when its stored last_ping is older than NODE_PING_RESOLUTION_MS; other polls only
// touch memory. Without this, N proxies long-polling would turn every 304 into a database write.
import type { Node } from "../contract/index.ts";
import { problem } from "../http/problems.ts";
import type { StoreContext } from "./context.ts";
import { isoSeconds } from "./util.ts";

export const NODE_PING_RESOLUTION_MS = 5_000;

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
  private readonly written = new Map<string, Written>();
  /** Heartbeats that reached the database / arrived at all (for the benchmark and tests). */
  readonly stats = { heartbeats: 0, writes: 0 };

  constructor(private readonly ctx: StoreContext, private readonly resolutionMs = NODE_PING_RESOLUTION_MS) {}

  /** Records a poll. Resolves without a database write when one was done recently for the same state. */
  async heartbeat(controlPlaneId: string, hb: NodeHeartbeat): Promise<void> {
    this.stats.heartbeats++;
    const key = `${controlPlaneId}\u0000${hb.id}`;
    const fingerprint = `${hb.hostname}\u0000${hb.version}\u0000${hb.configHash}`;
    const now = Date.now();
    const prev = this.written.get(key);
    if (prev && prev.fingerprint === fingerprint && now - prev.at < this.resolutionMs) return;
    this.written.set(key, { at: now, fingerprint });
    this.stats.writes++;
    const at = new Date(now);
    try {
      await this.ctx.db.write((tx) =>
        tx.node.upsert({
          where: { controlPlaneId_id: { controlPlaneId, id: hb.id } },
          create: { controlPlaneId, id: hb.id, hostname: hb.hostname, version: hb.version, type: "kong-proxy", configHash: hb.configHash, lastPing: at, createdAt: at, updatedAt: at },
          update: { hostname: hb.hostname, version: hb.version, configHash: hb.configHash, lastPing: at, updatedAt: at },
        }),
      );
    } catch (err) {
      this.written.delete(key); // try again on the next poll
      throw err;
    }
  }

  async list(controlPlaneId: string, pageSize: number, after?: string): Promise<{ items: Node[]; total: number; nextAfter: string | null }> {
    return this.ctx.db.read(async (q) => {
      const [rows, total] = await Promise.all([
        q.node.findMany({ where: { controlPlaneId, ...(after ? { id: { gt: after } } : {}) }, orderBy: { id: "asc" }, take: pageSize + 1 }),
        q.node.count({ where: { controlPlaneId } }),
      ]);
      const page = rows.slice(0, pageSize);
      return { items: page.map(toApi), total, nextAfter: rows.length > pageSize ? page[page.length - 1].id : null };
    });
  }

  async get(controlPlaneId: string, id: string): Promise<Node> {
    const row = await this.ctx.db.read((q) => q.node.findUnique({ where: { controlPlaneId_id: { controlPlaneId, id } } }));
    if (!row) throw problem.notFound("node");
    return toApi(row);
  }

  /** Removes the record only; a node that polls again reappears. */
  async delete(controlPlaneId: string, id: string): Promise<void> {
    const r = await this.ctx.db.write((tx) => tx.node.deleteMany({ where: { controlPlaneId, id } }));
    if (r.count === 0) throw problem.notFound("node");
    this.written.delete(`${controlPlaneId}\u0000${id}`);
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
