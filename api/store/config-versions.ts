// The current configuration version of each control plane, kept in memory so a proxy's conditional
// poll (If-None-Match) is answered without touching the database, and the long-poll waiters that
// are woken when a version moves.
//
// Sources of truth, in order: writes in this process call `observe()` right after their commit;
// other replicas' writes arrive through PostgreSQL NOTIFY (api/store/notifier.ts) and call
// `observe()` too; anything unknown is loaded from the database. When the NOTIFY channel is down the
// cache is switched off (`trustCache = false`): every check reads the database, and waiters re-check
// at a short interval instead of relying on a wake-up.
export type VersionLoader = (controlPlaneId: string) => Promise<number | null>;

export class ConfigVersions {
  private readonly known = new Map<string, number>();
  private readonly waiters = new Map<string, Set<() => void>>();
  private closed = false;
  /** False while cross-replica change notifications cannot be trusted (PostgreSQL listener down). */
  trustCache = true;

  constructor(private readonly load: VersionLoader) {}

  /** The version, or null when the control plane does not exist. */
  async current(controlPlaneId: string): Promise<number | null> {
    if (this.trustCache) {
      const v = this.known.get(controlPlaneId);
      if (v !== undefined) return v;
    }
    const loaded = await this.load(controlPlaneId);
    if (loaded === null) {
      this.known.delete(controlPlaneId);
      return null;
    }
    if (this.trustCache) this.observe(controlPlaneId, loaded);
    return Math.max(loaded, this.known.get(controlPlaneId) ?? 0);
  }

  /** Cached value only (no database read); undefined when unknown. */
  peek(controlPlaneId: string): number | undefined {
    return this.trustCache ? this.known.get(controlPlaneId) : undefined;
  }

  /** Records a version seen after a commit; wakes waiters when it moved forward. */
  observe(controlPlaneId: string, version: number): void {
    const prev = this.known.get(controlPlaneId);
    if (prev !== undefined && version <= prev) return;
    this.known.set(controlPlaneId, version);
    this.wake(controlPlaneId);
  }

  /** The control plane is gone. */
  removed(controlPlaneId: string): void {
    this.known.delete(controlPlaneId);
    this.wake(controlPlaneId);
  }

  /** Drops everything cached (e.g. after the notification channel reconnects) and wakes all waiters. */
  invalidateAll(): void {
    this.known.clear();
    for (const id of [...this.waiters.keys()]) this.wake(id);
  }

  /**
   * Waits until `controlPlaneId` moves away from `seen`, `ms` pass, the signal aborts or close() runs.
   * Resolves immediately when the cached version already differs (no lost wake-up between check and wait).
   */
  wait(controlPlaneId: string, seen: number, ms: number, signal?: AbortSignal): Promise<void> {
    const cached = this.trustCache ? this.known.get(controlPlaneId) : undefined;
    if (this.closed || (cached !== undefined && cached !== seen) || signal?.aborted || ms <= 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      let set = this.waiters.get(controlPlaneId);
      if (!set) this.waiters.set(controlPlaneId, (set = new Set()));
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        const s = this.waiters.get(controlPlaneId);
        s?.delete(done);
        if (s && s.size === 0) this.waiters.delete(controlPlaneId);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener("abort", done, { once: true });
      set.add(done);
    });
  }

  /** Number of pending long-polls (for tests and metrics). */
  waiting(controlPlaneId?: string): number {
    if (controlPlaneId) return this.waiters.get(controlPlaneId)?.size ?? 0;
    let n = 0;
    for (const s of this.waiters.values()) n += s.size;
    return n;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Releases every waiter (shutdown). */
  close(): void {
    this.closed = true;
    for (const id of [...this.waiters.keys()]) this.wake(id);
  }

  private wake(controlPlaneId: string): void {
    const set = this.waiters.get(controlPlaneId);
    if (!set) return;
    for (const done of [...set]) done();
  }
}
