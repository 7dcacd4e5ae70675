// Builds a control plane's ConfigSnapshot (what proxies poll) and keeps the newest one per control
// plane serialised in memory, so N proxies fetching the same new version cost one build.
// The entities and the version are read in one consistent read (PostgreSQL: REPEATABLE READ), so a
// snapshot never mixes two versions. config_hash = SHA-256 of the canonical JSON of the entities.
import type { ConfigSnapshot } from "../contract/index.ts";
import { problem } from "../http/problems.ts";
import type { StoreContext } from "./context.ts";
import type { EntityRepository } from "./entities.ts";
import { canonicalJson, sha256Hex } from "./util.ts";

export interface BuiltSnapshot {
  version: number;
  configHash: string;
  /** The serialised ConfigSnapshot, ready to send. */
  json: string;
  configUpdatedAt: Date;
  createdAt: Date;
}

export class SnapshotBuilder {
  private readonly latest = new Map<string, BuiltSnapshot>();
  private readonly building = new Map<string, Promise<BuiltSnapshot>>();

  constructor(private readonly ctx: StoreContext, private readonly entities: EntityRepository) {}

  /** The snapshot at the current version (cached when nothing changed since the last build). */
  async current(controlPlaneId: string): Promise<BuiltSnapshot> {
    const known = this.ctx.versions.peek(controlPlaneId);
    const cached = this.latest.get(controlPlaneId);
    if (cached && known !== undefined && cached.version === known) return cached;
    // Concurrent callers share one build.
    let pending = this.building.get(controlPlaneId);
    if (!pending) {
      pending = this.build(controlPlaneId).finally(() => this.building.delete(controlPlaneId));
      this.building.set(controlPlaneId, pending);
    }
    return pending;
  }

  forget(controlPlaneId: string): void {
    this.latest.delete(controlPlaneId);
  }

  private async build(controlPlaneId: string): Promise<BuiltSnapshot> {
    const { cp, services, routes, consumers, plugins } = await this.ctx.db.snapshotRead(async (tx) => {
      const cp = await tx.controlPlane.findUnique({ where: { id: controlPlaneId }, select: { configVersion: true, configUpdatedAt: true, createdAt: true } });
      if (!cp) return { cp: null, services: [], routes: [], consumers: [], plugins: [] };
      const [services, routes, consumers, plugins] = await Promise.all([
        this.entities.all(tx, controlPlaneId, "services"),
        this.entities.all(tx, controlPlaneId, "routes"),
        this.entities.all(tx, controlPlaneId, "consumers"),
        this.entities.all(tx, controlPlaneId, "plugins"),
      ]);
      return { cp, services, routes, consumers, plugins };
    });
    if (!cp) {
      this.latest.delete(controlPlaneId);
      throw problem.notFound("control plane");
    }
    const body = { services, routes, consumers, plugins };
    const configHash = sha256Hex(canonicalJson(body));
    const snapshot = { control_plane_id: controlPlaneId, version: cp.configVersion, config_hash: configHash, ...body } as ConfigSnapshot;
    const built: BuiltSnapshot = { version: cp.configVersion, configHash, json: JSON.stringify(snapshot), configUpdatedAt: cp.configUpdatedAt, createdAt: cp.createdAt };
    const prev = this.latest.get(controlPlaneId);
    if (!prev || prev.version <= built.version) this.latest.set(controlPlaneId, built);
    this.ctx.versions.observe(controlPlaneId, built.version);
    return built;
  }
}
