// The CRUD engine for core entities (services, routes, consumers, plugins): one control plane's
// `/core-entities/<kind>` collection, full-object PUT for updates, 404 meaning "gone".
import type { z } from "zod";
import { Unknown, type CtyValue } from "../cty/value.ts";
import { warning, type Diagnostic } from "../diagnostics.ts";
import { ImportIdError, type ResourceContext } from "../resources/resource.ts";
import { renameKeys, type TfSchema } from "../schema/types.ts";
import { knownOnly, planChange, type Obj, type PlanResult } from "./plan.ts";
import { validateAgainstContract } from "./validate.ts";

export type CoreKind = "services" | "routes" | "consumers" | "plugins";

/** Attributes Terraform has that the API body does not. */
const TERRAFORM_ONLY = new Set(["control_plane_id"]);
/** Server-maintained; sent back on PUT by the official provider, ignored by the API. Left out here. */
const SERVER_FIELDS = new Set(["created_at", "updated_at"]);

export function entityBody(obj: Obj, schema: TfSchema, constant: Record<string, unknown> = {}): Record<string, unknown> {
  const body: Record<string, unknown> = { ...constant };
  for (const [k, v] of Object.entries(renameKeys(knownOnly(obj), schema.attributes, "toApi") ?? {})) {
    if (TERRAFORM_ONLY.has(k) || SERVER_FIELDS.has(k)) continue;
    body[k] = v;
  }
  if (body.id === null) delete body.id;
  return body;
}

/** The API object in Terraform's shape: its fields (renamed where needed) plus the control plane it lives in. */
export function entityState(apiObject: unknown, controlPlaneId: string, schema: TfSchema): Obj {
  return { ...(renameKeys(apiObject, schema.attributes, "fromApi") as Obj), control_plane_id: controlPlaneId };
}

export function validateEntity(contract: z.ZodType, schema: TfSchema, config: Obj, constant: Record<string, unknown> = {}): Diagnostic[] {
  return [...validateBody(contract, schema, config, constant), ...serverFieldWarnings(config)];
}

function validateBody(contract: z.ZodType, schema: TfSchema, config: Obj, constant: Record<string, unknown>): Diagnostic[] {
  const body: Record<string, CtyValue> = { ...(constant as Record<string, CtyValue>) };
  const computed = new Set(schema.attributes.filter((a) => a.computed).map((a) => a.name));
  for (const [k, v] of Object.entries(config)) {
    if (TERRAFORM_ONLY.has(k) || SERVER_FIELDS.has(k)) continue;
    // A computed value the server will pick (id on create) is not the user's input: leave it out
    // rather than let its unknown-ness switch off the checks around it.
    if (v instanceof Unknown && computed.has(k)) continue;
    body[k] = v;
  }
  return validateAgainstContract(contract, body, schema.attributes);
}

/**
 * created_at/updated_at are Optional+Computed, as in the official provider, so `terraform plan
 * -generate-config-out` writes them. A configured updated_at must then be planned as written, while
 * every update moves the server's value on: the plan after any update shows a diff on it for good
 * (created_at never moves, so it is harmless). Say so on the line itself (a top-level attribute, so
 * terraform points at it); keep the official flags so configs written for the official provider load.
 */
function serverFieldWarnings(config: Obj): Diagnostic[] {
  return ["updated_at"]
    .filter((k) => config[k] !== null && config[k] !== undefined && !(config[k] instanceof Unknown))
    .map((k) =>
      warning(
        "WARN_SERVER_FIELD_CONFIGURED",
        `${k} is set by the API`,
        `${k} is maintained by the API (which ignores a configured value); once an update moves it on, every later plan shows a change back to the value written here. Delete this line (terraform plan -generate-config-out writes it; created_at may stay).`,
        [{ attribute_name: k }],
      ),
    );
}

export function planEntity(contract: z.ZodType, schema: TfSchema, prior: Obj | null, config: Obj | null, constant: Record<string, unknown> = {}): PlanResult & { diagnostics: Diagnostic[] } {
  const result = planChange(schema, prior, config);
  // Re-validate with what the plan knows now (apply-time re-plans see referenced ids and computed values).
  // (The server-field warnings were given at validate time; not again here.)
  const diagnostics = result.planned ? validateBody(contract, schema, result.planned, constant) : [];
  return { ...result, diagnostics };
}

export function coreEntityCrud(kind: CoreKind, constant: Record<string, unknown> = {}) {
  const cp = (o: Obj) => o.control_plane_id as string;
  return {
    async create(ctx: ResourceContext, planned: Obj): Promise<Obj> {
      const created = await ctx.client[kind].create(cp(planned), entityBody(planned, ctx.schema, constant) as never);
      return entityState(created, cp(planned), ctx.schema);
    },
    async read(ctx: ResourceContext, state: Obj): Promise<Obj | null> {
      try {
        return entityState(await ctx.client[kind].get(cp(state), state.id as string), cp(state), ctx.schema);
      } catch (e) {
        if ((e as { code?: string }).code === "API_NOT_FOUND") return null;
        throw e;
      }
    },
    async update(ctx: ResourceContext, prior: Obj, planned: Obj): Promise<Obj> {
      const body = { ...entityBody(planned, ctx.schema, constant), id: prior.id };
      return entityState(await ctx.client[kind].upsert(cp(planned), prior.id as string, body as never), cp(planned), ctx.schema);
    },
    async delete(ctx: ResourceContext, state: Obj): Promise<void> {
      await ctx.client[kind].delete(cp(state), state.id as string);
    },
    import(id: string): Obj {
      return parseEntityImportId(id);
    },
  };
}

/** `{"control_plane_id":"…","id":"…"}`, exactly those two keys, as the official provider accepts. */
export function parseEntityImportId(id: string): Obj {
  const hint = `expected JSON {"control_plane_id":"<control plane id>","id":"<id>"}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(id);
  } catch {
    throw new ImportIdError(`import id is not JSON: ${hint}, got ${JSON.stringify(id)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new ImportIdError(`import id must be a JSON object: ${hint}`);
  const keys = Object.keys(parsed);
  const unknownKeys = keys.filter((k) => k !== "control_plane_id" && k !== "id");
  if (unknownKeys.length) throw new ImportIdError(`import id has unknown key(s) ${unknownKeys.map((k) => JSON.stringify(k)).join(", ")}: ${hint}`);
  const p = parsed as Record<string, unknown>;
  for (const k of ["control_plane_id", "id"]) {
    if (typeof p[k] !== "string" || (p[k] as string).length === 0) throw new ImportIdError(`import id needs a non-empty string "${k}": ${hint}`);
  }
  return { control_plane_id: p.control_plane_id as string, id: p.id as string };
}
