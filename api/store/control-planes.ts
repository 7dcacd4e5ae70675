// Control planes: CRUD, list with Konnect's page/filter/label/sort parameters.
// Deleting one removes everything under it (foreign keys cascade: entities, dp tokens, nodes, labels).
import { randomUUID } from "node:crypto";
import type { ControlPlane, ControlPlaneCreate, ControlPlaneList, ControlPlaneUpdate } from "../contract/index.ts";
import { problem } from "../http/problems.ts";
import type { StoreContext } from "./context.ts";
import type { Tx } from "./database.ts";
import type { ControlPlane as Row, ControlPlaneLabel, Prisma } from "./generated/sqlite/client.ts";
import { notifyInTx } from "./notifier.ts";
import { likeNeedle, mapDbError, needsExactCheck } from "./util.ts";

type RowWithLabels = Row & { labels: ControlPlaneLabel[] };

const DEFAULT_AUTH_TYPE = "pinned_client_certs";

export interface ControlPlaneListQuery {
  pageSize: number;
  pageNumber: number;
  nameEq?: string;
  nameNeq?: string;
  nameContains?: string;
  idEq?: string;
  idOeq?: string[];
  clusterTypeEq?: string;
  clusterTypeNeq?: string;
  clusterTypeOeq?: string[];
  cloudGateway?: boolean;
  /** `key:value` must match; `key` alone must exist. */
  labels?: { key: string; value?: string }[];
  sort?: { field: "created_at" | "updated_at" | "name"; desc: boolean }[];
}

export class ControlPlaneRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** `baseUrl`: this API's public URL, reported as the control plane's endpoints. */
  toApi(row: RowWithLabels, baseUrl: string): ControlPlane {
    const url = baseUrl;
    return {
      id: row.id,
      name: row.name,
      description: row.description ?? null,
      labels: Object.fromEntries(row.labels.map((l) => [l.key, l.value]).sort(([a], [b]) => (a < b ? -1 : 1))),
      config: {
        control_plane_endpoint: url,
        telemetry_endpoint: url,
        cluster_type: row.clusterType as ControlPlane["config"]["cluster_type"],
        auth_type: row.authType as ControlPlane["config"]["auth_type"],
        cloud_gateway: row.cloudGateway,
        proxy_urls: JSON.parse(row.proxyUrls),
      },
      created_at: row.createdAt.toISOString(),
      updated_at: row.updatedAt.toISOString(),
    };
  }

  async create(input: ControlPlaneCreate, baseUrl: string): Promise<ControlPlane> {
    const now = new Date();
    const id = randomUUID();
    const labels = Object.entries(input.labels ?? {}).filter((e): e is [string, string] => e[1] !== null);
    try {
      const row = await this.ctx.db.write(async (tx) => {
        await this.assertNameFree(tx, input.name);
        return tx.controlPlane.create({
          data: {
            id,
            name: input.name,
            description: input.description ?? null,
            clusterType: input.cluster_type ?? "CLUSTER_TYPE_CONTROL_PLANE",
            authType: input.auth_type ?? DEFAULT_AUTH_TYPE,
            cloudGateway: input.cloud_gateway ?? false,
            proxyUrls: JSON.stringify(input.proxy_urls ?? []),
            configVersion: 1,
            configUpdatedAt: now,
            createdAt: now,
            updatedAt: now,
            labels: { create: labels.map(([key, value]) => ({ key, value })) },
          },
          include: { labels: true },
        });
      });
      this.ctx.versions.observe(id, row.configVersion);
      return this.toApi(row, baseUrl);
    } catch (err) {
      throw mapDbError(err);
    }
  }

  async get(id: string, baseUrl: string): Promise<ControlPlane> {
    const row = await this.ctx.db.read((q) => q.controlPlane.findUnique({ where: { id }, include: { labels: true } }));
    if (!row) throw problem.notFound("control plane");
    return this.toApi(row, baseUrl);
  }

  async update(id: string, input: ControlPlaneUpdate, baseUrl: string): Promise<ControlPlane> {
    try {
      const row = await this.ctx.db.write(async (tx) => {
        const current = await tx.controlPlane.findUnique({ where: { id }, include: { labels: true } });
        if (!current) throw problem.notFound("control plane");
        if (input.name != null && input.name !== current.name) await this.assertNameFree(tx, input.name);
        // Absent leaves a field alone; explicit null unsets it (back to what create gives when the
        // field is not sent), except `name`, which cannot be unset: the official provider always sends
        // it, as null when unchanged.
        const data: Prisma.ControlPlaneUpdateInput = { updatedAt: new Date() };
        if (input.name != null) data.name = input.name;
        if (input.description !== undefined) data.description = input.description;
        if (input.auth_type !== undefined) data.authType = input.auth_type ?? DEFAULT_AUTH_TYPE;
        if (input.proxy_urls !== undefined) data.proxyUrls = JSON.stringify(input.proxy_urls ?? []);
        if (input.labels !== undefined) {
          // The map replaces the labels; a null value drops that key; null for the map drops them all.
          const labels = Object.entries(input.labels ?? {}).filter((e): e is [string, string] => e[1] !== null);
          await tx.controlPlaneLabel.deleteMany({ where: { controlPlaneId: id } });
          if (labels.length > 0) await tx.controlPlaneLabel.createMany({ data: labels.map(([key, value]) => ({ controlPlaneId: id, key, value })) });
        }
        return tx.controlPlane.update({ where: { id }, data, include: { labels: true } });
      });
      return this.toApi(row, baseUrl);
    } catch (err) {
      throw mapDbError(err);
    }
  }

  async delete(id: string): Promise<void> {
    await this.ctx.db.write(async (tx) => {
      const gone = await tx.controlPlane.deleteMany({ where: { id } });
      if (gone.count === 0) throw problem.notFound("control plane");
      if (this.ctx.db.provider === "postgresql") await notifyInTx(tx, { kind: "deleted", controlPlaneId: id });
    });
    this.ctx.versions.removed(id);
  }

  async list(q: ControlPlaneListQuery, baseUrl: string): Promise<ControlPlaneList> {
    const and: Prisma.ControlPlaneWhereInput[] = [];
    if (q.nameEq !== undefined) and.push({ name: q.nameEq });
    if (q.nameNeq !== undefined) and.push({ name: { not: q.nameNeq } });
    if (q.nameContains !== undefined) and.push({ name: { contains: likeNeedle(this.ctx.db.provider, q.nameContains) } });
    if (q.idEq !== undefined) and.push({ id: q.idEq });
    if (q.idOeq !== undefined) and.push({ id: { in: q.idOeq } });
    if (q.clusterTypeEq !== undefined) and.push({ clusterType: q.clusterTypeEq });
    if (q.clusterTypeNeq !== undefined) and.push({ clusterType: { not: q.clusterTypeNeq } });
    if (q.clusterTypeOeq !== undefined) and.push({ clusterType: { in: q.clusterTypeOeq } });
    if (q.cloudGateway !== undefined) and.push({ cloudGateway: q.cloudGateway });
    for (const l of q.labels ?? []) and.push({ labels: { some: l.value === undefined ? { key: l.key } : { key: l.key, value: l.value } } });
    const where: Prisma.ControlPlaneWhereInput = { AND: and };
    const orderBy: Prisma.ControlPlaneOrderByWithRelationInput[] = (q.sort ?? [{ field: "created_at", desc: false }]).map((s) => {
      const dir = s.desc ? "desc" : "asc";
      return s.field === "name" ? { name: dir } : s.field === "updated_at" ? { updatedAt: dir } : { createdAt: dir };
    });
    orderBy.push({ id: "asc" }); // deterministic pages when sort keys tie
    const skip = (q.pageNumber - 1) * q.pageSize;

    const exactContains = q.nameContains !== undefined && needsExactCheck(this.ctx.db.provider, q.nameContains);
    const { rows, total } = await this.ctx.db.read(async (db) => {
      if (exactContains) {
        // LIKE would treat % and _ as wildcards: fetch the (small) superset and filter exactly.
        const all = (await db.controlPlane.findMany({ where, orderBy, include: { labels: true } })).filter((r) => r.name.includes(q.nameContains!));
        return { rows: all.slice(skip, skip + q.pageSize), total: all.length };
      }
      const [rows, total] = await Promise.all([
        db.controlPlane.findMany({ where, orderBy, skip, take: q.pageSize, include: { labels: true } }),
        db.controlPlane.count({ where }),
      ]);
      return { rows, total };
    });
    return { meta: { page: { number: q.pageNumber, size: q.pageSize, total } }, data: rows.map((r) => this.toApi(r, baseUrl)) };
  }

  private async assertNameFree(tx: Tx, name: string): Promise<void> {
    const clash = await tx.controlPlane.findUnique({ where: { name }, select: { id: true } });
    if (clash) throw problem.conflict("name", `a control plane named "${name}" already exists`);
  }
}
