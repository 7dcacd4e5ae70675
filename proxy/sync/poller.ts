// The config poller: one conditional long-poll at a time (If-None-Match + wait), forever. A 304
// is a no-op; a new snapshot goes to `apply` (which validates, compiles and swaps, or throws
// SnapshotRejected); failures of any kind leave the served config alone and retry with capped
// exponential backoff and jitter. Every poll carries the node's identity and the hash of the
// config it serves, which the API records as the heartbeat.
import { ApiError, type NodeIdentity, type PollResult } from "../../api/client.ts";
import type { Logger } from "../plugins/types.ts";
import { SnapshotRejected } from "./validate.ts";

export interface PollClient {
  pollConfig(args: { controlPlaneId: string; etag?: string | null; waitSeconds?: number; node: NodeIdentity; signal?: AbortSignal }): Promise<PollResult>;
}

export interface RetryPolicy {
  initialMs: number;
  maxMs: number;
}

export interface PollerOptions {
  client: PollClient;
  controlPlaneId: string;
  node: Omit<NodeIdentity, "configHash">;
  /** Hash of the config being served right now (heartbeat). */
  currentHash(): string | undefined;
  /** Validates, compiles and swaps; returns false when the snapshot equals the one served. Throws SnapshotRejected. */
  apply(snapshot: unknown): boolean;
  log: Logger;
  waitSeconds: number;
  retry: RetryPolicy;
  initialEtag?: string | null;
}

export interface SyncStatus {
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  lastError: { code: string; message: string; at: number } | null;
  consecutiveFailures: number;
}

export class ConfigPoller {
  private etag: string | null;
  private stopped = false;
  private readonly abort = new AbortController();
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  readonly status: SyncStatus = { lastAttemptAt: null, lastSuccessAt: null, lastError: null, consecutiveFailures: 0 };

  constructor(private readonly opts: PollerOptions) {
    this.etag = opts.initialEtag ?? null;
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { client, controlPlaneId, log } = this.opts;
    while (!this.stopped) {
      this.status.lastAttemptAt = Date.now();
      let result: PollResult;
      try {
        result = await client.pollConfig({
          controlPlaneId,
          etag: this.etag,
          waitSeconds: this.opts.waitSeconds,
          node: { ...this.opts.node, configHash: this.opts.currentHash() },
          signal: this.abort.signal,
        });
      } catch (e) {
        if (this.stopped) return;
        const code =
          e instanceof ApiError && (e.code === "API_UNAUTHORIZED" || e.code === "API_FORBIDDEN") ? "PROXY_SYNC_UNAUTHORIZED"
          : e instanceof ApiError && e.code === "API_BAD_RESPONSE" ? "PROXY_SNAPSHOT_INVALID" // 200 with a body that is not JSON (truncated, garbage)
          : "PROXY_SYNC_FAILED";
        await this.failed(code, e instanceof ApiError ? `${e.code}: ${e.message}` : (e as Error).message);
        continue;
      }
      this.status.lastSuccessAt = Date.now();
      if (result.status === "unchanged") {
        this.succeeded();
        continue;
      }
      try {
        const swapped = this.opts.apply(result.snapshot);
        this.etag = result.etag ?? etagOf(result.snapshot);
        this.succeeded();
        if (!swapped) log.debug({ etag: this.etag }, "snapshot unchanged");
      } catch (e) {
        // Keep the etag of the config we serve: the API resends the newest snapshot, which may be fixed by then.
        const reason = e instanceof SnapshotRejected ? e.reason : `could not be compiled: ${(e as Error).message}`;
        await this.failed("PROXY_SNAPSHOT_INVALID", reason, { version: versionOf(result.snapshot) });
      }
    }
  }

  private succeeded(): void {
    if (this.status.consecutiveFailures > 0) this.opts.log.info({ after_failures: this.status.consecutiveFailures }, "control plane sync recovered");
    this.status.consecutiveFailures = 0;
    this.status.lastError = null;
  }

  private async failed(code: string, message: string, extra: object = {}): Promise<void> {
    const n = ++this.status.consecutiveFailures;
    this.status.lastError = { code, message, at: Date.now() };
    const delay = backoffDelay(n, this.opts.retry);
    const level = code === "PROXY_SNAPSHOT_INVALID" || n === 1 || n % 10 === 0 ? "warn" : "debug";
    this.opts.log[level]({ code, reason: message, attempt: n, retry_in_ms: delay, ...extra }, code === "PROXY_SNAPSHOT_INVALID" ? "snapshot rejected; still serving the previous configuration" : "control plane sync failed; still serving the current configuration");
    await this.sleep(delay);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(t);
        self.wake = null;
        resolve();
      }
      this.wake = done;
    });
  }
}

/** Capped exponential backoff with "equal jitter": half the step fixed, half random. */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  const step = Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(step / 2 + Math.random() * (step / 2));
}

function versionOf(s: unknown): unknown {
  return s && typeof s === "object" ? (s as { version?: unknown }).version : undefined;
}

function etagOf(s: unknown): string | null {
  const v = versionOf(s);
  return typeof v === "number" ? `"${v}"` : null;
}
