// A "generation" is everything compiled from one snapshot (route table, plugin instances, pool
// bindings). The proxy serves exactly one current generation; swapping is one assignment, so a
// request sees either the old or the new config, never a mix. Requests hold their generation
// until they finish; a replaced generation's plugin instances are closed once its last request
// is done, and pools no live generation uses are closed with it.
import type { ConfigSnapshot } from "../api/contract/index.ts";
import { UpstreamPools } from "./forward.ts";
import { PluginBuildError, PluginSet } from "./plugins/runner.ts";
import type { Logger, PluginModule, PluginServices } from "./plugins/types.ts";
import { RouteCompileError, compileRouteTable, type CompileOptions, type RouteTable } from "./router.ts";
import { SnapshotRejected, validateSnapshot, type PluginParser } from "./sync/validate.ts";

export type ConfigSource = "api" | "cache";

export interface Generation {
  readonly version: number;
  readonly configHash: string;
  readonly source: ConfigSource;
  readonly loadedAt: number;
  readonly snapshot: ConfigSnapshot;
  readonly table: RouteTable;
  readonly plugins: PluginSet;
  readonly poolKeys: ReadonlySet<string>;
  inflight: number;
  retired: boolean;
}

export interface GenerationDeps {
  controlPlaneId: string;
  modules: ReadonlyMap<string, PluginModule>;
  services: PluginServices;
  pools: UpstreamPools;
  compile?: CompileOptions;
  /** Plugin validation; defaults to the contract's parsePluginInput. */
  parsePlugin?: PluginParser;
}

/**
 * Validates and compiles a raw snapshot. Throws SnapshotRejected (with a reason naming the field)
 * for anything that must not replace the config being served.
 */
export function buildGeneration(raw: unknown, source: ConfigSource, deps: GenerationDeps): Generation {
  const { snapshot, plugins: entities } = validateSnapshot(raw, deps.controlPlaneId, deps.parsePlugin);
  let table: RouteTable;
  try {
    table = compileRouteTable(snapshot.routes, snapshot.services, deps.compile);
  } catch (e) {
    if (e instanceof RouteCompileError) throw new SnapshotRejected(e.message);
    throw e;
  }
  let plugins: PluginSet;
  try {
    plugins = PluginSet.build(entities, deps.modules, deps.services);
  } catch (e) {
    if (e instanceof PluginBuildError) throw new SnapshotRejected(e.message);
    throw e;
  }
  const poolKeys = new Set<string>();
  for (const r of table.routes) {
    if (r.target && r.target.pool === null) {
      r.target.pool = deps.pools.get(r.target);
      poolKeys.add(UpstreamPools.key(r.target));
    }
  }
  // Plans are cheap to compute; doing it now moves the work (and any surprise) off the first request.
  for (const r of table.routes) plugins.planFor(r, "http");
  return {
    version: snapshot.version,
    configHash: snapshot.config_hash,
    source,
    loadedAt: Date.now(),
    snapshot,
    table,
    plugins,
    poolKeys,
    inflight: 0,
    retired: false,
  };
}

export class ConfigState {
  private currentGen: Generation | null = null;
  private readonly retiring = new Set<Generation>();

  constructor(
    private readonly pools: UpstreamPools,
    private readonly log: Logger,
  ) {}

  get current(): Generation | null {
    return this.currentGen;
  }

  /** Makes `next` current; the previous generation is disposed when its requests are done. */
  swap(next: Generation): Generation | null {
    const prev = this.currentGen;
    this.currentGen = next;
    if (prev) {
      prev.retired = true;
      this.retiring.add(prev);
      if (prev.inflight === 0) this.dispose(prev);
    }
    return prev;
  }

  acquire(gen: Generation): void {
    gen.inflight++;
  }

  release(gen: Generation): void {
    gen.inflight--;
    if (gen.retired && gen.inflight === 0) this.dispose(gen);
  }

  private dispose(gen: Generation): void {
    if (!this.retiring.delete(gen)) return;
    void gen.plugins.close().then(() => this.log.debug({ version: gen.version, config_hash: gen.configHash }, "previous configuration released"));
    const keep = new Set<string>(this.currentGen?.poolKeys ?? []);
    for (const g of this.retiring) for (const k of g.poolKeys) keep.add(k);
    void this.pools.retain(keep);
  }

  /** Closes everything (shutdown). */
  async close(): Promise<void> {
    const gens = [...this.retiring, ...(this.currentGen ? [this.currentGen] : [])];
    this.retiring.clear();
    this.currentGen = null;
    await Promise.all(gens.map((g) => g.plugins.close()));
    await this.pools.close();
  }
}
