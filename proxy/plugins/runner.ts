// The plugin runner knows phases, not plugins. Per snapshot it builds one PluginInstance per
// enabled plugin entity; per compiled route it precomputes, for every plugin name, which instance
// applies (Kong's scope precedence, consumer-scoped candidates kept aside because the consumer is
// only known once an auth plugin ran); per request it runs access phases by priority (higher
// first), stops at the first PluginResponse, and runs headerFilter/log for the instances that ran.
import type { Plugin } from "../../api/contract/index.ts";
import { dashed } from "../headers.ts";
import type { CompiledRoute } from "../router.ts";
import type { Logger, PluginInstance, PluginModule, PluginResponse, PluginServices, ProxyRequest, ResponseInfo } from "./types.ts";

/** One plugin entity of a snapshot with its validated, defaulted config. */
export interface PluginEntity {
  plugin: Plugin;
  config: unknown;
}

export interface PluginEntry {
  name: string;
  priority: number;
  plugin: Plugin;
  instance: PluginInstance;
  protocols: ReadonlySet<string>;
  headerNames: readonly string[];
}

export class PluginBuildError extends Error {
  override readonly name = "PluginBuildError";
  constructor(
    readonly pluginId: string,
    readonly pluginName: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`plugin ${pluginName} (${pluginId}): ${message}`, options);
  }
}

/** Kong's lookup order (lower wins): route+service+consumer … global. */
const Rank = {
  RouteServiceConsumer: 1,
  RouteConsumer: 2,
  ServiceConsumer: 3,
  RouteService: 4,
  Consumer: 5,
  Route: 6,
  Service: 7,
  Global: 8,
} as const;
type Rank = (typeof Rank)[keyof typeof Rank];

function rankOf(p: Plugin): Rank {
  const r = p.route != null;
  const s = p.service != null;
  const c = p.consumer != null;
  if (c) return r && s ? Rank.RouteServiceConsumer : r ? Rank.RouteConsumer : s ? Rank.ServiceConsumer : Rank.Consumer;
  return r && s ? Rank.RouteService : r ? Rank.Route : s ? Rank.Service : Rank.Global;
}

interface Candidate {
  entry: PluginEntry;
  rank: Rank;
}

/** One plugin name on one route: the instance without a consumer, plus consumer-scoped ones. */
interface Slot {
  base: Candidate | null;
  byConsumer: Map<string, Candidate> | null;
}

export interface RoutePlan {
  /** Slots in priority order. Empty plan: the request is proxied without any plugin work. */
  readonly slots: readonly Slot[];
  /** Header names any applicable instance declared it sets upstream, `_` read as `-` (stripped from client input). */
  readonly declaredHeaders: ReadonlySet<string> | null;
  readonly hasHeaderFilter: boolean;
}

const EMPTY_PLAN: RoutePlan = { slots: [], declaredHeaders: null, hasHeaderFilter: false };

/** The plugin instances of one snapshot. */
export class PluginSet {
  private readonly plans = new Map<string, RoutePlan>();

  private constructor(
    readonly entries: readonly PluginEntry[],
    private readonly log: Logger,
  ) {}

  /**
   * Instantiates every enabled entity. A name with no module, or a module whose `create` throws,
   * fails the whole snapshot (instances already created are closed).
   */
  static build(entities: readonly PluginEntity[], modules: ReadonlyMap<string, PluginModule>, services: PluginServices): PluginSet {
    const entries: PluginEntry[] = [];
    try {
      for (const { plugin, config } of entities) {
        if (plugin.enabled === false) continue;
        const mod = modules.get(plugin.name);
        if (!mod) throw new PluginBuildError(plugin.id, plugin.name, "this proxy has no implementation of this plugin");
        let instance: PluginInstance;
        try {
          instance = mod.create(config, plugin, services);
        } catch (e) {
          throw new PluginBuildError(plugin.id, plugin.name, `could not be instantiated: ${(e as Error).message}`, { cause: e });
        }
        const headerNames = (instance.upstreamHeaderNames?.() ?? []).map((h) => h.toLowerCase());
        entries.push({ name: plugin.name, priority: mod.priority, plugin, instance, protocols: new Set(plugin.protocols), headerNames });
      }
    } catch (e) {
      void closeEntries(entries, services.logger);
      throw e;
    }
    // Higher priority first; equal priorities in a stable order.
    entries.sort((a, b) => b.priority - a.priority || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return new PluginSet(entries, services.logger);
  }

  get size(): number {
    return this.entries.length;
  }

  /** The plan for a compiled route on one scheme; computed once, then cached. */
  planFor(route: CompiledRoute, scheme: "http" | "https"): RoutePlan {
    const key = scheme === "http" ? route.id : `${route.id}|s`;
    let plan = this.plans.get(key);
    if (plan === undefined) {
      plan = this.computePlan(route, scheme);
      this.plans.set(key, plan);
    }
    return plan;
  }

  private computePlan(route: CompiledRoute, scheme: string): RoutePlan {
    if (this.entries.length === 0) return EMPTY_PLAN;
    const routeId = route.route.id;
    const serviceId = route.service?.id ?? null;
    const slots = new Map<string, Slot>();
    const declared = new Set<string>();
    let hasHeaderFilter = false;
    for (const entry of this.entries) {
      const p = entry.plugin;
      if (!entry.protocols.has(scheme)) continue;
      if (p.route != null && p.route.id !== routeId) continue;
      if (p.service != null && p.service.id !== serviceId) continue;
      const cand: Candidate = { entry, rank: rankOf(p) };
      let slot = slots.get(entry.name);
      if (!slot) {
        slot = { base: null, byConsumer: null };
        slots.set(entry.name, slot);
      }
      if (p.consumer != null) {
        slot.byConsumer ??= new Map();
        const prev = slot.byConsumer.get(p.consumer.id);
        if (!prev || better(cand, prev)) slot.byConsumer.set(p.consumer.id, cand);
      } else if (!slot.base || better(cand, slot.base)) slot.base = cand;
      // Dashed form: the core also strips underscore spellings of these (headers.ts `dashed`).
      for (const h of entry.headerNames) declared.add(dashed(h));
      if (entry.instance.headerFilter) hasHeaderFilter = true;
    }
    // Map iteration keeps insertion order, and entries were sorted by priority.
    return { slots: [...slots.values()], declaredHeaders: declared.size ? declared : null, hasHeaderFilter };
  }

  async close(): Promise<void> {
    await closeEntries(this.entries, this.log);
  }
}

function better(a: Candidate, b: Candidate): boolean {
  return a.rank < b.rank || (a.rank === b.rank && a.entry.plugin.id > b.entry.plugin.id);
}

async function closeEntries(entries: readonly PluginEntry[], log: Logger): Promise<void> {
  await Promise.all(
    entries.map(async (e) => {
      try {
        await e.instance.close?.();
      } catch (err) {
        log.error({ code: "PROXY_PLUGIN_CLOSE_FAILED", plugin: e.name, plugin_id: e.plugin.id, err: (err as Error).message }, "plugin close failed");
      }
    }),
  );
}

/** Picks the instance of a slot for the request's current consumer. */
function pick(slot: Slot, consumerId: string | null): PluginEntry | null {
  let best = slot.base;
  if (consumerId !== null && slot.byConsumer !== null) {
    const c = slot.byConsumer.get(consumerId);
    if (c && (!best || c.rank < best.rank)) best = c;
  }
  return best ? best.entry : null;
}

export class PluginFailure extends Error {
  override readonly name = "PluginFailure";
  constructor(
    readonly entry: PluginEntry,
    readonly phase: "access" | "headerFilter",
    cause: unknown,
  ) {
    super(`plugin ${entry.name} failed in ${phase}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/**
 * Runs the access phases of a plan. Instances that ran are appended to `ran` (the core calls
 * their headerFilter/log later). Gives the PluginResponse when one stopped the request.
 * Synchronous as long as every access phase answers synchronously (no promise, no microtask
 * hop on a warm path); from the first phase that returns a promise on, a promise. A plugin that
 * threw becomes a PluginFailure, thrown synchronously or as the rejection: callers `await` the
 * result inside their try.
 */
export function runAccess(plan: RoutePlan, req: ProxyRequest, ran: PluginEntry[]): PluginResponse | undefined | Promise<PluginResponse | undefined> {
  return runFrom(plan, req, ran, 0);
}

function runFrom(plan: RoutePlan, req: ProxyRequest, ran: PluginEntry[], start: number): PluginResponse | undefined | Promise<PluginResponse | undefined> {
  const slots = plan.slots;
  for (let i = start; i < slots.length; i++) {
    // The consumer is read when each plugin's turn comes, so consumer-scoped instances apply
    // to plugins running after the auth plugin that identified the consumer.
    const entry = pick(slots[i], req.consumer?.id ?? null);
    if (entry === null) continue;
    ran.push(entry);
    const access = entry.instance.access;
    if (!access) continue;
    let result: PluginResponse | void | Promise<PluginResponse | void>;
    try {
      result = access.call(entry.instance, req);
    } catch (e) {
      throw new PluginFailure(entry, "access", e);
    }
    if (result instanceof Promise) return continueAfter(plan, req, ran, i, entry, result);
    if (result) return result;
  }
  return undefined;
}

async function continueAfter(plan: RoutePlan, req: ProxyRequest, ran: PluginEntry[], i: number, entry: PluginEntry, pending: Promise<PluginResponse | void>): Promise<PluginResponse | undefined> {
  let result: PluginResponse | void;
  try {
    result = await pending;
  } catch (e) {
    throw new PluginFailure(entry, "access", e);
  }
  if (result) return result;
  return runFrom(plan, req, ran, i + 1);
}

/** Runs headerFilter of the instances that ran, in priority order. Throws PluginFailure. */
export function runHeaderFilter(ran: readonly PluginEntry[], req: ProxyRequest, res: ResponseInfo): void {
  for (const entry of ran) {
    if (!entry.instance.headerFilter) continue;
    try {
      entry.instance.headerFilter(req, res);
    } catch (e) {
      throw new PluginFailure(entry, "headerFilter", e);
    }
  }
}

/** Runs log phases; failures are logged and swallowed (the response is already out). */
export function runLog(ran: readonly PluginEntry[], req: ProxyRequest, res: { status: number; latencyMs: number }, log: Logger): void {
  for (const entry of ran) {
    if (!entry.instance.log) continue;
    try {
      entry.instance.log(req, res);
    } catch (e) {
      log.error({ code: "PROXY_PLUGIN_FAILED", plugin: entry.name, plugin_id: entry.plugin.id, phase: "log", request_id: req.id, err: (e as Error).message }, "plugin log phase failed");
    }
  }
}
