// Core entities (services, routes, consumers, plugins) of one control plane, with Kong's rules:
//  - names unique per control plane (consumers: username and custom_id), one plugin of a name per
//    (service, route, consumer) scope, instance_name unique: 409 naming the field;
//  - references ({service|route|consumer: {id}}) must exist in the SAME control plane: 400 naming
//    `<field>.id` (the composite foreign keys enforce the same in the database);
//  - deleting a service that routes still use is refused (400 ERR_ENTITY_IN_USE, as Kong does);
//    plugins scoped to a service/route/consumer are deleted with it (Kong cascades those too);
//  - PUT is a full-object upsert: an unknown id is created with that id; a PUT that changes nothing
//    writes nothing (same updated_at, no config version bump), so repeated applies are stable.
// Inputs arrive validated and defaulted by the contract's zod schemas (api/http); what is stored is
// that normalised entity without id/timestamps, plugin secrets sealed (api/store/secrets.ts).
import { randomUUID } from "node:crypto";
import type { Consumer, Plugin, Route, Service } from "../contract/index.ts";
import { ApiProblem, problem } from "../http/problems.ts";
import { configWrite, type StoreContext } from "./context.ts";
import type { Tx } from "./database.ts";
import { openPluginConfig, sealPluginConfig } from "./secrets.ts";
import { canonicalJson, encodeTags, hasTag, likeNeedle, needsExactCheck, nowSeconds, tagNeedle, unixSeconds } from "./util.ts";

export type EntityKind = "services" | "routes" | "consumers" | "plugins";
export type ParentKind = "services" | "routes" | "consumers";
export type Entity = Service | Route | Consumer | Plugin;

/** A nested path's parent: `/services/{id}/routes` → { kind: "services", id }. */
export interface Parent {
  kind: ParentKind;
  id: string;
}

/** Normalised input as the contract's schemas output it. */
export type EntityInput = Record<string, unknown> & { id?: string | null; tags?: string[] | null };

export interface ListQuery {
  size: number;
  /** Id after which the page starts (decoded from the opaque `offset`). */
  after?: string;
  /** AND of tags (`a,b`) or OR (`a/b`). */
  tags?: { mode: "and" | "or"; values: string[] };
  nameEq?: string;
  nameContains?: string;
  customId?: string;
}

export interface Page<T> {
  data: T[];
  /** Id of the last row when more rows follow. */
  nextAfter: string | null;
}

export type StoredRow = Row;

interface Row {
  controlPlaneId: string;
  id: string;
  tags: string;
  data: string;
  /** Unix seconds. BIGINT columns (INTEGER overflows in 2038 on PostgreSQL): Prisma returns bigint. */
  createdAt: bigint;
  updatedAt: bigint;
  [column: string]: unknown;
}

/** The subset of a Prisma model delegate the repository uses (the four models share it). */
interface Delegate {
  findUnique(args: unknown): Promise<Row | null>;
  findFirst(args: unknown): Promise<Row | null>;
  findMany(args: unknown): Promise<Row[]>;
  create(args: unknown): Promise<Row>;
  update(args: unknown): Promise<Row>;
  deleteMany(args: unknown): Promise<{ count: number }>;
}

interface Reference {
  field: "service" | "route" | "consumer";
  kind: EntityKind;
  column: string;
}

interface KindSpec {
  singular: string;
  delegate(tx: Tx): Delegate;
  /** Column holding what `filter[name]` matches. */
  nameColumn: string;
  /** Indexed columns derived from the entity. */
  columns(e: EntityInput): Record<string, string | null>;
  /** Unique columns: [column, API field]. */
  unique: [string, string][];
  references: Reference[];
  /** Column linking to each possible parent of nested paths. */
  parentColumn: Partial<Record<ParentKind, string>>;
}

const refId = (v: unknown): string | null => (v && typeof v === "object" && typeof (v as { id?: unknown }).id === "string" ? (v as { id: string }).id : null);

const SPECS: Record<EntityKind, KindSpec> = {
  services: {
    singular: "service",
    delegate: (tx) => tx.service as unknown as Delegate,
    nameColumn: "name",
    columns: (e) => ({ name: (e.name as string | null) ?? null }),
    unique: [["name", "name"]],
    references: [],
    parentColumn: {},
  },
  routes: {
    singular: "route",
    delegate: (tx) => tx.route as unknown as Delegate,
    nameColumn: "name",
    columns: (e) => ({ name: (e.name as string | null) ?? null, serviceId: refId(e.service) }),
    unique: [["name", "name"]],
    references: [{ field: "service", kind: "services", column: "serviceId" }],
    parentColumn: { services: "serviceId" },
  },
  consumers: {
    singular: "consumer",
    delegate: (tx) => tx.consumer as unknown as Delegate,
    nameColumn: "username",
    columns: (e) => ({ username: (e.username as string | null) ?? null, customId: (e.custom_id as string | null) ?? null }),
    unique: [["username", "username"], ["customId", "custom_id"]],
    references: [],
    parentColumn: {},
  },
  plugins: {
    singular: "plugin",
    delegate: (tx) => tx.plugin as unknown as Delegate,
    nameColumn: "name",
    columns: (e) => {
      const serviceId = refId(e.service);
      const routeId = refId(e.route);
      const consumerId = refId(e.consumer);
      return {
        name: e.name as string,
        instanceName: (e.instance_name as string | null) ?? null,
        serviceId,
        routeId,
        consumerId,
        scopeKey: `${serviceId ?? ""}|${routeId ?? ""}|${consumerId ?? ""}`,
      };
    },
    unique: [["instanceName", "instance_name"]],
    references: [
      { field: "service", kind: "services", column: "serviceId" },
      { field: "route", kind: "routes", column: "routeId" },
      { field: "consumer", kind: "consumers", column: "consumerId" },
    ],
    parentColumn: { services: "serviceId", routes: "routeId", consumers: "consumerId" },
  },
};

/** Body field a nested path's parent fills: `/services/{id}/routes` → route.service. */
export const PARENT_FIELD: Record<ParentKind, "service" | "route" | "consumer"> = { services: "service", routes: "route", consumers: "consumer" };

export class EntityRepository {
  constructor(private readonly ctx: StoreContext) {}

  async list(controlPlaneId: string, kind: EntityKind, q: ListQuery, parent?: Parent): Promise<Page<Entity>> {
    const spec = SPECS[kind];
    return this.ctx.db.read(async (db) => {
      if (parent) await this.assertExists(db, controlPlaneId, parent.kind, parent.id);
      const and: Record<string, unknown>[] = [{ controlPlaneId }];
      if (parent) and.push({ [spec.parentColumn[parent.kind]!]: parent.id });
      if (q.nameEq !== undefined) and.push({ [spec.nameColumn]: q.nameEq });
      const provider = this.ctx.db.provider;
      if (q.nameContains !== undefined) and.push({ [spec.nameColumn]: { contains: likeNeedle(provider, q.nameContains) } });
      if (q.customId !== undefined) and.push({ customId: q.customId });
      if (q.tags) {
        const clauses = q.tags.values.map((t) => ({ tags: { contains: likeNeedle(provider, tagNeedle(t)) } }));
        and.push(q.tags.mode === "and" ? { AND: clauses } : { OR: clauses });
      }
      // `contains` is LIKE underneath; on SQLite, with % or _ in a needle it matches a superset, so
      // such queries are re-checked exactly here and the page is filled batch by batch.
      const needsExact = (q.nameContains !== undefined && needsExactCheck(provider, q.nameContains)) || (q.tags?.values.some((t) => needsExactCheck(provider, t)) ?? false);
      const exact = (r: Row) => {
        if (q.nameContains !== undefined && !String(r[spec.nameColumn] ?? "").includes(q.nameContains)) return false;
        if (q.tags) {
          const hits = q.tags.values.map((t) => hasTag(r.tags, t));
          if (q.tags.mode === "and" ? !hits.every(Boolean) : !hits.some(Boolean)) return false;
        }
        return true;
      };
      const rows: Row[] = [];
      let after = q.after;
      for (;;) {
        const batch = await spec.delegate(db as Tx).findMany({
          where: { AND: after ? [...and, { id: { gt: after } }] : and },
          orderBy: { id: "asc" },
          take: q.size + 1,
        });
        rows.push(...(needsExact ? batch.filter(exact) : batch));
        if (batch.length <= q.size || rows.length > q.size || !needsExact) break;
        after = batch[batch.length - 1].id;
      }
      const page = rows.slice(0, q.size);
      return { data: page.map((r) => this.toApi(kind, r)), nextAfter: rows.length > q.size ? page[page.length - 1].id : null };
    });
  }

  async get(controlPlaneId: string, kind: EntityKind, id: string, parent?: Parent): Promise<Entity> {
    const row = await this.ctx.db.read(async (db) => {
      if (parent) await this.assertExists(db, controlPlaneId, parent.kind, parent.id);
      return SPECS[kind].delegate(db as Tx).findUnique({ where: { controlPlaneId_id: { controlPlaneId, id } } });
    });
    if (!row || (parent && !this.belongsTo(kind, row, parent))) throw problem.notFound(SPECS[kind].singular);
    return this.toApi(kind, row);
  }

  async create(controlPlaneId: string, kind: EntityKind, input: EntityInput, parent?: Parent): Promise<Entity> {
    const spec = SPECS[kind];
    const body = this.withParent(input, parent);
    const id = body.id ?? randomUUID();
    const row = await configWrite(this.ctx, controlPlaneId, async (tx) => {
      if (parent) await this.assertExists(tx, controlPlaneId, parent.kind, parent.id);
      if (body.id != null) {
        // Only a client-chosen id can clash (a random UUID does not).
        const existing = await spec.delegate(tx).findUnique({ where: { controlPlaneId_id: { controlPlaneId, id } }, select: { id: true } });
        if (existing) throw problem.conflict("id", `a ${spec.singular} with id ${id} already exists`);
      }
      await this.checkRules(tx, controlPlaneId, kind, id, body);
      const now = nowSeconds();
      return spec.delegate(tx).create({ data: { controlPlaneId, id, ...this.storedColumns(kind, body), createdAt: now, updatedAt: now } });
    });
    return this.toApi(kind, row);
  }

  /** Full-object PUT. Returns the entity and whether it was created. */
  async upsert(controlPlaneId: string, kind: EntityKind, id: string, input: EntityInput, parent?: Parent): Promise<{ entity: Entity; created: boolean }> {
    const spec = SPECS[kind];
    if (input.id != null && input.id !== id) {
      throw new ApiProblem("ERR_VALIDATION", `body id ${input.id} does not match the id in the path`, [{ field: "id", rule: "invalid", reason: "must equal the id in the path", source: "body" }]);
    }
    const body = this.withParent({ ...input, id }, parent);
    // A PUT that changes nothing writes nothing: compare against the stored entity first.
    const current = await this.ctx.db.read((db) => spec.delegate(db as Tx).findUnique({ where: { controlPlaneId_id: { controlPlaneId, id } } }));
    if (current && parent && !this.belongsTo(kind, current, parent)) throw problem.notFound(spec.singular);
    if (current && canonicalJson(this.plainData(kind, current)) === canonicalJson(this.dataOf(body))) {
      return { entity: this.toApi(kind, current), created: false };
    }
    let created = false;
    const row = await configWrite(this.ctx, controlPlaneId, async (tx) => {
      if (parent) await this.assertExists(tx, controlPlaneId, parent.kind, parent.id);
      const existing = await spec.delegate(tx).findUnique({ where: { controlPlaneId_id: { controlPlaneId, id } } });
      if (existing && parent && !this.belongsTo(kind, existing, parent)) throw problem.notFound(spec.singular);
      await this.checkRules(tx, controlPlaneId, kind, id, body);
      const now = nowSeconds();
      if (!existing) {
        created = true;
        return spec.delegate(tx).create({ data: { controlPlaneId, id, ...this.storedColumns(kind, body), createdAt: now, updatedAt: now } });
      }
      return spec.delegate(tx).update({
        where: { controlPlaneId_id: { controlPlaneId, id } },
        data: { ...this.storedColumns(kind, body), updatedAt: Math.max(now, unixSeconds(existing.createdAt)) },
      });
    });
    return { entity: this.toApi(kind, row), created };
  }

  async delete(controlPlaneId: string, kind: EntityKind, id: string, parent?: Parent): Promise<void> {
    const spec = SPECS[kind];
    await configWrite(this.ctx, controlPlaneId, async (tx) => {
      if (parent) await this.assertExists(tx, controlPlaneId, parent.kind, parent.id);
      const existing = await spec.delegate(tx).findUnique({ where: { controlPlaneId_id: { controlPlaneId, id } } });
      if (!existing || (parent && !this.belongsTo(kind, existing, parent))) throw problem.notFound(spec.singular);
      if (kind === "services") {
        const route = await tx.route.findFirst({ where: { controlPlaneId, serviceId: id }, select: { id: true } });
        if (route) {
          throw new ApiProblem("ERR_ENTITY_IN_USE", `routes still reference this service (e.g. route ${route.id}); delete or re-point them first`, [
            { field: "id", rule: "invalid", reason: `referenced by route ${route.id}`, source: "path" },
          ]);
        }
      }
      // Scoped plugins go with their service/route/consumer via ON DELETE CASCADE.
      await spec.delegate(tx).deleteMany({ where: { controlPlaneId, id } });
    });
  }

  // ---- helpers ------------------------------------------------------------------------------------

  /** Nested paths force the parent into the body; a conflicting value in the body is an error. */
  private withParent(input: EntityInput, parent?: Parent): EntityInput {
    if (!parent) return input;
    const field = PARENT_FIELD[parent.kind];
    const given = refId(input[field]);
    if (given !== null && given !== parent.id) {
      throw new ApiProblem("ERR_VALIDATION", `${field}.id ${given} conflicts with the ${field} in the path`, [
        { field: `${field}.id`, rule: "invalid", reason: `must be ${parent.id} (the ${field} in the path) or omitted`, source: "body" },
      ]);
    }
    return { ...input, [field]: { id: parent.id } };
  }

  private belongsTo(kind: EntityKind, row: Row, parent: Parent): boolean {
    const col = SPECS[kind].parentColumn[parent.kind];
    return !!col && row[col] === parent.id;
  }

  private async assertExists(db: Tx, controlPlaneId: string, kind: ParentKind, id: string): Promise<void> {
    const row = await SPECS[kind].delegate(db).findUnique({ where: { controlPlaneId_id: { controlPlaneId, id } }, select: { id: true } });
    if (!row) throw problem.notFound(SPECS[kind].singular);
  }

  /** References exist in this control plane; unique fields are free (ignoring the entity itself). */
  private async checkRules(tx: Tx, controlPlaneId: string, kind: EntityKind, id: string, body: EntityInput): Promise<void> {
    const spec = SPECS[kind];
    for (const ref of spec.references) {
      const target = refId(body[ref.field]);
      if (target === null) continue;
      const found = await SPECS[ref.kind].delegate(tx).findUnique({ where: { controlPlaneId_id: { controlPlaneId, id: target } }, select: { id: true } });
      if (!found) throw problem.missingReference(`${ref.field}.id`, `${ref.field} ${target} does not exist in this control plane`);
    }
    const cols = spec.columns(body);
    for (const [column, field] of spec.unique) {
      const value = cols[column];
      if (value === null || value === undefined) continue;
      const clash = await spec.delegate(tx).findFirst({ where: { controlPlaneId, [column]: value, id: { not: id } }, select: { id: true } });
      if (clash) throw problem.conflict(field, `a ${spec.singular} with ${field} "${value}" already exists (id ${clash.id})`);
    }
    if (kind === "plugins") {
      const clash = await tx.plugin.findFirst({ where: { controlPlaneId, name: cols.name!, scopeKey: cols.scopeKey!, id: { not: id } }, select: { id: true } });
      if (clash) {
        const scope = [cols.serviceId && `service ${cols.serviceId}`, cols.routeId && `route ${cols.routeId}`, cols.consumerId && `consumer ${cols.consumerId}`].filter(Boolean).join(", ") || "global";
        throw problem.conflict("name", `a plugin "${cols.name}" already exists for this scope (${scope}): ${clash.id}`);
      }
    }
  }

  /** The entity without id/timestamps (what the data column holds, before sealing). */
  private dataOf(body: EntityInput): Record<string, unknown> {
    const { id: _id, created_at: _c, updated_at: _u, ...rest } = body;
    return rest;
  }

  private storedColumns(kind: EntityKind, body: EntityInput): Record<string, unknown> {
    const data = this.dataOf(body);
    if (kind === "plugins") data.config = sealPluginConfig(this.ctx.secrets, String(body.name), (data.config ?? {}) as Record<string, unknown>);
    return { ...SPECS[kind].columns(body), tags: encodeTags(body.tags), data: JSON.stringify(data) };
  }

  private plainData(kind: EntityKind, row: Row): Record<string, unknown> {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    if (kind === "plugins") data.config = openPluginConfig(this.ctx.secrets, String(data.name), (data.config ?? {}) as Record<string, unknown>, true);
    return data;
  }

  /** Stored row → API entity (secrets decrypted: Konnect returns them, the channel is authenticated). */
  toApi(kind: EntityKind, row: StoredRow): Entity {
    return { id: row.id, ...this.plainData(kind, row), created_at: unixSeconds(row.createdAt), updated_at: unixSeconds(row.updatedAt) } as unknown as Entity;
  }

  /**
   * Entities still stored with an id that is not lower-case (at most `limit` per kind). Migration
   * 0004 lower-cased the others; these have a lower-case twin (the same entity created twice while
   * ids were stored as given). Path ids arrive lower-cased, so the API cannot address them: they are
   * named in a warning at start.
   */
  async mixedCaseIds(limit = 5): Promise<{ kind: EntityKind; controlPlaneId: string; id: string }[]> {
    const out: { kind: EntityKind; controlPlaneId: string; id: string }[] = [];
    for (const kind of Object.keys(SPECS) as EntityKind[]) {
      // Table names are this module's constants, never input.
      const rows = await this.ctx.db.read((q) =>
        q.$queryRawUnsafe<{ cp: string; id: string }[]>(`SELECT control_plane_id AS cp, id FROM "${kind}" WHERE id <> lower(id) ORDER BY control_plane_id, id LIMIT ${Number(limit)}`),
      );
      for (const r of rows) out.push({ kind, controlPlaneId: r.cp, id: r.id });
    }
    return out;
  }

  /** All stored rows of one kind in a control plane, ordered by id (snapshot builder). */
  async rows(db: Tx, controlPlaneId: string, kind: EntityKind): Promise<StoredRow[]> {
    return SPECS[kind].delegate(db).findMany({ where: { controlPlaneId }, orderBy: { id: "asc" } });
  }
}
