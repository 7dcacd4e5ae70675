// The shape every resource file fills in, in this order: metadata, schema, validate, plan, create,
// read, update, delete, import. The engine (../engine/) does the shared work; a resource file says
// what is specific to its type.
import type { KonnectClient } from "../../../api/client.ts";
import type { Diagnostic } from "../diagnostics.ts";
import type { Obj, PlanResult } from "../engine/plan.ts";
import type { TfSchema } from "../schema/types.ts";

export interface ProviderContext {
  client: KonnectClient;
  serverUrl: string;
}

/** What a CRUD call gets: the configured client plus the schema of the resource it works on. */
export interface ResourceContext extends ProviderContext {
  schema: TfSchema;
}

export interface Resource {
  metadata: {
    typeName: string;
    /** How messages name one object, e.g. `konnect_gateway_service "users"`. */
    describe(obj: Obj): string;
  };
  /** Derived from the contract plus this resource's Terraform-only facts. */
  schema(): TfSchema;
  /** Contract validation of a (possibly partly unknown) config. */
  validate(schema: TfSchema, config: Obj): Diagnostic[];
  plan(schema: TfSchema, prior: Obj | null, config: Obj | null): PlanResult & { diagnostics: Diagnostic[] };
  /** Returns the object as the API now has it, in Terraform's shape. */
  create(ctx: ResourceContext, planned: Obj): Promise<Obj>;
  /** Null when the object no longer exists. */
  read(ctx: ResourceContext, state: Obj): Promise<Obj | null>;
  update(ctx: ResourceContext, prior: Obj, planned: Obj): Promise<Obj>;
  /** Throws the API's 404 when the object is already gone: the provider decides whether that counts as deleted. */
  delete(ctx: ResourceContext, state: Obj): Promise<void>;
  /** The minimal state ReadResource needs; throws ImportIdError for a malformed id. */
  import(id: string): Obj;
}

export interface DataSource {
  metadata: { typeName: string };
  schema(): TfSchema;
  validate(schema: TfSchema, config: Obj): Diagnostic[];
  read(ctx: ResourceContext, config: Obj): Promise<Obj>;
}

export class ImportIdError extends Error {
  override readonly name = "ImportIdError";
}

/** `type "first known name"`, or just the type when nothing naming it is known yet (an unnamed route on create). */
export function describeAs(type: string, ...candidates: unknown[]): string {
  const name = candidates.find((c) => typeof c === "string" && c !== "");
  return name === undefined ? type : `${type} ${JSON.stringify(name)}`;
}
