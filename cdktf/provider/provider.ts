// tfplugin6.Provider: one handler per RPC, in the order Terraform calls them. Requests and responses
// are the decoded protobuf messages (see proto/tfplugin6.proto); values inside are cty msgpack.
// Loaded after the handshake (server.ts imports it lazily), so zod, undici and pino stay off the
// start-up path.
import { z } from "zod";
import { ReservedKeyError, conform, decodeJson, decodeMsgpack, encodeMsgpack, type CtyType, type CtyValue } from "./cty/value.ts";
import { withoutCredentials } from "../../api/url-credentials.ts";
import { error, fromApiError, isApiError, providerBug, toWire, type Diagnostic, type PathStep } from "./diagnostics.ts";
import { knownOnly, overlayPlanned, type Obj } from "./engine/plan.ts";
import { toSteps } from "./engine/validate.ts";
import { createLogger, type Logger } from "./log.ts";
import { resolveProviderConfig, validateProviderConfig } from "./provider-config.ts";
import { DATA_SOURCES, RESOURCES, deriveSchemas } from "./registry.ts";
import { ImportIdError, type ProviderContext, type Resource } from "./resources/resource.ts";
import { StopGate, StoppedError } from "./stop.ts";
import { providerSchemaResponse, schemaType, type ProviderSchemas, type TfSchema } from "./schema/types.ts";

type Msg = Record<string, any>;

/**
 * A provider process lives for a handful of RPCs: zod's JIT (which compiles a parser per object
 * schema on first use) costs more than it saves there. Measured: first parse of the openid-connect
 * body 40-170 ms with JIT, 8-20 ms without. Called by the plugin server only, not by in-process users.
 */
export function tuneForShortLivedProcess(): void {
  z.config({ jitless: true });
}

const NULL_VALUE = { msgpack: Uint8Array.of(0xc0) };

export class KonnectProvider {
  /** Set by ConfigureProvider; the HTTP client itself is made on the first call that needs it. */
  private configured: { serverUrl: string; token: string | undefined; terraformVersion: string } | undefined;
  private ctx: ProviderContext | undefined;
  private logger: Logger | undefined;
  /** Set once a 404 has been checked against the control plane list (see confirmKonnectApi). */
  private apiConfirmed: Promise<void> | undefined;
  /** StopProvider: cuts retry pauses short and refuses requests from then on (see stop.ts). */
  private readonly gate = new StopGate();

  constructor(
    private readonly schemas: ProviderSchemas = deriveSchemas(),
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /** Created on first use: most launches never log. */
  private get log(): Logger {
    return (this.logger ??= createLogger());
  }

  GetMetadata(): Msg {
    return {
      server_capabilities: { plan_destroy: false },
      resources: Object.keys(RESOURCES).map((type_name) => ({ type_name })),
      data_sources: Object.keys(DATA_SOURCES).map((type_name) => ({ type_name })),
    };
  }

  GetProviderSchema(): Msg {
    return providerSchemaResponse(this.schemas);
  }

  ValidateProviderConfig(req: Msg): Msg {
    const type = schemaType(this.schemas.provider);
    return reservedKeysAsDiagnostic(type, () => {
      const config = decode(req.config, type) as Obj | null;
      return { diagnostics: validateProviderConfig(config).map(toWire) };
    });
  }

  async ConfigureProvider(req: Msg): Promise<Msg> {
    const config = decode(req.config, schemaType(this.schemas.provider)) as Obj | null;
    const { resolved, diagnostics } = resolveProviderConfig(config, this.env);
    // The HTTP client (undici, ~35 ms to load) waits until a call needs it: a plan that only
    // creates never talks to the API.
    if (resolved) this.configured = { ...resolved, terraformVersion: String(req.terraform_version ?? "?") };
    return { diagnostics: diagnostics.map(toWire) };
  }

  ValidateResourceConfig(req: Msg): Msg {
    const { resource, schema } = this.resource(req.type_name);
    return reservedKeysAsDiagnostic(schemaType(schema), () => {
      const config = decode(req.config, schemaType(schema)) as Obj | null;
      return { diagnostics: config ? resource.validate(schema, config).map(toWire) : [] };
    });
  }

  ValidateDataResourceConfig(req: Msg): Msg {
    const ds = DATA_SOURCES[req.type_name];
    const schema = this.schemas.dataSources[req.type_name];
    return reservedKeysAsDiagnostic(schemaType(schema), () => {
      const config = decode(req.config, schemaType(schema)) as Obj | null;
      return { diagnostics: config ? ds.validate(schema, config).map(toWire) : [] };
    });
  }

  UpgradeResourceState(req: Msg): Msg {
    const { schema } = this.resource(req.type_name);
    const type = schemaType(schema);
    // Schema version 0 is the only one so far: upgrading means conforming the stored JSON to today's shape.
    const value = req.raw_state?.json?.length ? decodeJson(req.raw_state.json, type) : null;
    return { upgraded_state: { msgpack: encodeMsgpack(value, type) } };
  }

  async ReadResource(req: Msg): Promise<Msg> {
    const { resource, schema } = this.resource(req.type_name);
    const type = schemaType(schema);
    const current = decode(req.current_state, type) as Obj | null;
    if (!current) return { new_state: NULL_VALUE };
    const ctx = await this.requireContext();
    if (!ctx.ok) return { new_state: req.current_state, diagnostics: [toWire(ctx.diag)] };
    try {
      const fresh = await this.gate.run(async () => {
        const got = await resource.read({ ...ctx.value, schema }, current);
        if (!got) await this.confirmKonnectApi(ctx.value);
        return got;
      });
      if (!fresh) {
        this.log.info({ type: req.type_name, id: current.id }, "object no longer exists; removing from state");
        return { new_state: NULL_VALUE };
      }
      return { new_state: { msgpack: encodeMsgpack(fresh, type) } };
    } catch (e) {
      // Keep the current state: a failed refresh must not lose anything.
      return { new_state: req.current_state, diagnostics: this.failure("ReadResource", e, resource, current, false).map(toWire) };
    }
  }

  PlanResourceChange(req: Msg): Msg {
    const { resource, schema } = this.resource(req.type_name);
    const type = schemaType(schema);
    const prior = decode(req.prior_state, type) as Obj | null;
    const config = decode(req.config, type) as Obj | null;
    try {
      const result = resource.plan(schema, prior, config);
      if (result.diagnostics.some((d) => d.severity === "ERROR")) return { diagnostics: result.diagnostics.map(toWire) };
      return {
        planned_state: result.planned ? { msgpack: encodeMsgpack(result.planned, type) } : NULL_VALUE,
        requires_replace: result.requiresReplace.map((steps) => ({ steps })),
        diagnostics: result.diagnostics.map(toWire),
      };
    } catch (e) {
      return { diagnostics: [toWire(providerBug("PlanResourceChange", e))] };
    }
  }

  async ApplyResourceChange(req: Msg): Promise<Msg> {
    const { resource, schema } = this.resource(req.type_name);
    const type = schemaType(schema);
    const prior = decode(req.prior_state, type) as Obj | null;
    const planned = decode(req.planned_state, type) as Obj | null;
    const ctx = await this.requireContext();
    // On failure: nothing for a create, the prior state for an update or delete.
    const keep = prior ? { msgpack: encodeMsgpack(prior, type) } : NULL_VALUE;
    if (!ctx.ok) return { new_state: keep, diagnostics: [toWire(ctx.diag)] };
    try {
      if (!planned) {
        await this.gate.run(async () => {
          try {
            await resource.delete({ ...ctx.value, schema }, prior!);
          } catch (e) {
            // Already gone counts as deleted, once the 404 is known to come from a Konnect API.
            if (!isApiError(e) || e.code !== "API_NOT_FOUND") throw e;
            await this.confirmKonnectApi(ctx.value);
          }
        });
        return { new_state: NULL_VALUE };
      }
      const rctx = { ...ctx.value, schema };
      const actual = await this.gate.run(() => (prior ? resource.update(rctx, prior, planned) : resource.create(rctx, planned)));
      const state = conform(overlayPlanned(planned, conform(actual, type)), type);
      return { new_state: { msgpack: encodeMsgpack(state, type) } };
    } catch (e) {
      const action = !planned ? "delete" : prior ? "update" : "create";
      return { new_state: keep, diagnostics: this.failure("ApplyResourceChange", e, resource, planned ?? prior!, !prior, action).map(toWire) };
    }
  }

  ImportResourceState(req: Msg): Msg {
    const { resource, schema } = this.resource(req.type_name);
    try {
      const state = resource.import(String(req.id));
      return { imported_resources: [{ type_name: req.type_name, state: { msgpack: encodeMsgpack(state, schemaType(schema)) } }] };
    } catch (e) {
      if (e instanceof ImportIdError) return { diagnostics: [toWire(error("ERR_INVALID_IMPORT_ID", "Invalid import id", e.message))] };
      return { diagnostics: [toWire(providerBug("ImportResourceState", e))] };
    }
  }

  async ReadDataSource(req: Msg): Promise<Msg> {
    const ds = DATA_SOURCES[req.type_name];
    const schema = this.schemas.dataSources[req.type_name];
    const type = schemaType(schema);
    const config = (decode(req.config, type) as Obj | null) ?? {};
    const ctx = await this.requireContext();
    if (!ctx.ok) return { diagnostics: [toWire(ctx.diag)] };
    try {
      const result = await this.gate.run(() => ds.read({ ...ctx.value, schema }, config));
      return { state: { msgpack: encodeMsgpack({ ...config, ...result }, type) } };
    } catch (e) {
      const what = `data.${req.type_name}`;
      const stopped = this.stoppedDiagnostic(e, what, "read");
      const diags = stopped ? [stopped] : isApiError(e) ? fromApiError(e, what, ctx.value.serverUrl) : [providerBug("ReadDataSource", e)];
      return { diagnostics: diags.map(toWire) };
    }
  }

  /**
   * Ctrl-C: Terraform waits for the RPCs in progress. Those waiting out a 429 (or a refused
   * connection) return at once with ERR_STOPPED; a request already sent is waited for, so its result
   * reaches the state; nothing is sent after this.
   */
  StopProvider(): Msg {
    this.log.info("StopProvider: interrupting retry waits, sending nothing more");
    this.gate.stop();
    return {};
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private stoppedDiagnostic(e: unknown, what: string, action: "create" | "update" | "delete" | "read"): Diagnostic | undefined {
    const s = stoppedDetail(e, this.gate.isStopped);
    if (!s) return undefined;
    const outcome = { create: "nothing was created", update: "the object was not changed", delete: "the object was not deleted", read: "the state was left as it was" }[action];
    const why = s.rateLimited
      ? `it was waiting to retry after the Konnect API answered 429 (rate limited), so ${outcome}`
      : `no request was sent after the stop; requests already answered stand, so run terraform plan to see what remains`;
    return error("ERR_STOPPED", "Stopped by Terraform", `${what}: Terraform asked the provider to stop (interrupt) and ${why}.`);
  }

  private resource(typeName: string): { resource: Resource; schema: TfSchema } {
    const resource = RESOURCES[typeName];
    const schema = this.schemas.resources[typeName];
    if (!resource || !schema) throw new Error(`unknown resource type ${typeName}`);
    return { resource, schema };
  }

  private async requireContext(): Promise<{ ok: true; value: ProviderContext } | { ok: false; diag: Diagnostic }> {
    if (this.ctx) return { ok: true, value: this.ctx };
    const c = this.configured;
    if (!c) return { ok: false, diag: error("ERR_NOT_CONFIGURED", "Provider not configured", "ConfigureProvider did not succeed; see the errors above.") };
    const [{ KonnectClient }, { Agent }] = await Promise.all([import("../../api/client.ts"), import("undici")]);
    let client: InstanceType<typeof KonnectClient>;
    try {
      client = new KonnectClient({
        serverUrl: c.serverUrl,
        token: c.token,
        // The client's own pool settings, behind the stop gate; lives as long as the process.
        dispatcher: this.gate.dispatcher(new Agent({ keepAliveTimeout: 10_000, connections: 16 })),
        userAgent: `terraform-provider-konnect (self-hosted) terraform/${c.terraformVersion}`,
        maxRetryElapsedMs: Number(this.env.KONNECT_MAX_RETRY_MS ?? 60_000),
      });
    } catch (e) {
      return { ok: false, diag: error("ERR_INVALID_SERVER_URL", "Invalid server_url", (e as Error).message) };
    }
    // ctx.serverUrl goes into diagnostics (and NotKonnectApi's message): never its credentials.
    this.ctx = { client, serverUrl: withoutCredentials(c.serverUrl) };
    this.log.debug({ serverUrl: this.ctx.serverUrl, token: c.token ? "set" : "none" }, "client created");
    return { ok: true, value: this.ctx };
  }

  /**
   * A 404 removes an object from state (read) or counts as deleted (delete) only when server_url serves
   * the Konnect API at all: with a wrong path prefix or another server every path is a 404, and
   * taking that at its word dropped every resource from state on the next apply, leaving the objects
   * orphaned. Checked once per process, only after a 404, with the control plane list.
   */
  private async confirmKonnectApi(ctx: ProviderContext): Promise<void> {
    this.apiConfirmed ??= ctx.client.controlPlanes.list({ "page[size]": 1 }).then(
      (res) => {
        if (!Array.isArray((res as { data?: unknown } | null)?.data)) throw new NotKonnectApi(ctx.serverUrl, "answered 200 without a control plane list");
      },
      (e) => {
        if (isApiError(e) && (e.code === "API_NOT_FOUND" || e.code === "API_BAD_RESPONSE")) throw new NotKonnectApi(ctx.serverUrl, e.message);
        // 401/403 and the like: the route exists, so this is the Konnect API.
        if (isApiError(e) && (e.code === "API_UNAUTHORIZED" || e.code === "API_FORBIDDEN")) return;
        throw e;
      },
    );
    try {
      await this.apiConfirmed;
    } catch (e) {
      if (!(e instanceof NotKonnectApi)) this.apiConfirmed = undefined; // transient: ask again next time
      throw e;
    }
  }

  /** An exception from a CRUD call as diagnostics that name the resource (and the attribute where one is to blame). */
  private failure(rpc: string, e: unknown, resource: Resource, obj: Obj, creating = false, action: "create" | "update" | "delete" | "read" = "read"): Diagnostic[] {
    const stopped = this.stoppedDiagnostic(e, resource.metadata.describe(knownOnly(obj) as Obj), action);
    if (stopped) return [stopped];
    if (e instanceof NotKonnectApi) {
      const what = resource.metadata.describe(knownOnly(obj) as Obj);
      return [
        error(
          "ERR_INVALID_SERVER_URL",
          "server_url does not serve the Konnect API",
          `${what} answered 404, but so does GET ${e.serverUrl.replace(/\/+$/, "")}/v2/control-planes (${e.reason}): this server_url is not a Konnect API, so the 404 does not show the object was deleted. It is kept in state. Check server_url (its host, path prefix and region).`,
        ),
      ];
    }
    if (!isApiError(e)) {
      this.log.error({ rpc, err: (e as Error)?.message }, "provider error");
      return [providerBug(rpc, e)];
    }
    // Planned values may be unknown (id on create, a name from another resource): name the object by
    // what is known, never by an unknown's internal representation.
    obj = knownOnly(obj) as Obj;
    const what = resource.metadata.describe(obj) + (typeof obj.control_plane_id === "string" ? ` in control plane ${obj.control_plane_id}` : "");
    const schema = this.schemas.resources[resource.metadata.typeName];
    const diags = fromApiError(e, what, this.ctx?.serverUrl ?? this.configured?.serverUrl ?? "", (field) => toSteps(fieldSegments(field), schema.attributes));
    for (const d of diags) {
      if (d.attribute) continue;
      if (e.code === "API_NOT_FOUND" && creating && typeof obj.control_plane_id === "string") {
        d.attribute = { steps: [{ attribute_name: "control_plane_id" }] };
        d.detail = `control plane ${obj.control_plane_id} was not found (or is not visible to this token). ${d.detail}`;
      }
      if (e.code === "API_NOT_FOUND" && !creating && rpc === "ApplyResourceChange") {
        d.detail = `${what} no longer exists in Konnect (deleted outside Terraform?); run terraform apply -refresh-only or plan again to re-create it. ${d.detail}`;
      }
    }
    return diags;
  }
}

/**
 * The diagnostic for work cut short by StopProvider: either the gate ended a retry pause
 * (StoppedError), or the work tried to send after the stop and the gated dispatcher refused
 * (the client reports that as API_UNREACHABLE). Undefined for any other failure.
 */
function stoppedDetail(e: unknown, stopped: boolean): { rateLimited: boolean } | undefined {
  if (e instanceof StoppedError) return { rateLimited: e.call.lastStatus === 429 };
  if (stopped && isApiError(e) && e.code === "API_UNREACHABLE" && /ERR_STOPPED/.test(e.message)) return { rateLimited: false };
  return undefined;
}

/** The API at server_url turned out not to be a Konnect API (see confirmKonnectApi). */
class NotKonnectApi extends Error {
  constructor(
    readonly serverUrl: string,
    readonly reason: string,
  ) {
    super(`${serverUrl} does not serve the Konnect API: ${reason}`);
  }
}

/**
 * A map key "__proto__" (see ReservedKeyError) as an error on that key, at validate time, so nothing
 * later ever sees it: terraform stops before planning.
 */
function reservedKeysAsDiagnostic(type: CtyType, validate: () => Msg): Msg {
  try {
    return validate();
  } catch (e) {
    if (!(e instanceof ReservedKeyError)) throw e;
    const where = e.path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : i === e.path.length - 1 ? `["${p}"]` : `.${p}`)).join("");
    return {
      diagnostics: [
        toWire(
          error(
            "ERR_INVALID_ATTRIBUTE",
            `Invalid map key in ${where.replace(/\["__proto__"\]$/, "")}`,
            `${where}: the map key "__proto__" is not supported: the Konnect API refuses any request body containing it (a JavaScript prototype-pollution guard), so it could never be applied. Rename the key.`,
            typeSteps(e.path, type),
          ),
        ),
      ],
    };
  }
}

/** Terraform path steps for a value path, following the cty type (attributes, map keys, list indexes; stops at sets). */
function typeSteps(path: (string | number)[], type: CtyType): PathStep[] {
  const steps: PathStep[] = [];
  let t: CtyType | undefined = type;
  for (const p of path) {
    if (!Array.isArray(t)) break;
    const [kind, inner]: [string, unknown] = t as [string, unknown];
    if (kind === "object" && typeof p === "string") {
      steps.push({ attribute_name: p });
      t = (inner as Record<string, CtyType>)[p];
    } else if (kind === "map" && typeof p === "string") {
      steps.push({ element_key_string: p });
      t = inner as CtyType;
    } else if (kind === "list" && typeof p === "number") {
      steps.push({ element_key_int: p });
      t = inner as CtyType;
    } else break;
  }
  return steps;
}

function decode(dv: Msg | undefined, type: Parameters<typeof decodeMsgpack>[1]): CtyValue {
  if (dv?.msgpack?.length) return decodeMsgpack(dv.msgpack, type);
  if (dv?.json?.length) return decodeJson(dv.json, type);
  return null;
}

/** `config.token_exchange.subject_token_issuers[0].issuer` (or `.0.`) → path segments. */
export function fieldSegments(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of field.split(/\.|(?=\[)/)) {
    const idx = /^\[(\d+)\]$/.exec(part) ?? /^(\d+)$/.exec(part);
    if (idx) out.push(Number(idx[1]));
    else if (part) out.push(part);
  }
  return out;
}
