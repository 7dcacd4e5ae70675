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

/** What an operator needs to act on a failed poll, besides the code and message. */
export interface SyncErrorDetails {
  /** The client's code (API_UNAUTHORIZED, API_RESPONSE_TOO_LARGE, …), when the API was reached or tried. */
  api_code?: string;
  /** The API's HTTP status, when it answered. */
  api_status?: number;
  /** The settings to check, by variable name. */
  settings?: string[];
  hint?: string;
  /** Version of a rejected snapshot. */
  version?: unknown;
}

export interface SyncStatus {
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  lastError: ({ code: string; message: string; at: number } & SyncErrorDetails) | null;
  consecutiveFailures: number;
}

export type SyncErrorCode = "PROXY_SYNC_FAILED" | "PROXY_SYNC_UNAUTHORIZED" | "PROXY_SNAPSHOT_INVALID" | "PROXY_SNAPSHOT_TOO_LARGE";

/** Maps a failed poll to the proxy's sync error code and the details that say what to check. */
export function syncFailure(e: unknown, controlPlaneId: string): { code: SyncErrorCode; details: SyncErrorDetails } {
  if (!(e instanceof ApiError)) return { code: "PROXY_SYNC_FAILED", details: {} };
  const details: SyncErrorDetails = { api_code: e.code };
  if (e.status !== null) details.api_status = e.status;
  switch (e.code) {
    case "API_UNAUTHORIZED":
    case "API_FORBIDDEN":
      // The API answers 401 for an unknown, revoked or expired token and 403 for a token of
      // another control plane (api/http/auth.ts).
      details.settings = ["KONNECT_DP_TOKEN", "KONNECT_CONTROL_PLANE_ID"];
      details.hint =
        e.code === "API_FORBIDDEN"
          ? `KONNECT_DP_TOKEN belongs to another control plane than KONNECT_CONTROL_PLANE_ID=${controlPlaneId}; use a token of that control plane`
          : `the API does not accept KONNECT_DP_TOKEN (unknown, revoked or expired) for KONNECT_CONTROL_PLANE_ID=${controlPlaneId}; create a token with POST /v2/control-planes/${controlPlaneId}/dp-tokens`;
      return { code: "PROXY_SYNC_UNAUTHORIZED", details };
    case "API_BAD_RESPONSE":
      // 200 with a body that is not JSON (truncated, garbage, a corrupt gzip stream).
      return { code: "PROXY_SNAPSHOT_INVALID", details };
    case "API_RESPONSE_TOO_LARGE":
      details.settings = ["PROXY_MAX_SNAPSHOT_BYTES"];
      details.hint = "the snapshot is larger than PROXY_MAX_SNAPSHOT_BYTES (decompressed size); raise it if the configuration is really that large";
      return { code: "PROXY_SNAPSHOT_TOO_LARGE", details };
    case "API_NOT_FOUND":
      details.settings = ["KONNECT_CONTROL_PLANE_ID", "KONNECT_SERVER_URL"];
      details.hint = `the API has no data-plane configuration for KONNECT_CONTROL_PLANE_ID=${controlPlaneId} (unknown control plane, or KONNECT_SERVER_URL is not this API)`;
      return { code: "PROXY_SYNC_FAILED", details };
    default:
      return { code: "PROXY_SYNC_FAILED", details };
  }
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
        const failure = syncFailure(e, controlPlaneId);
        await this.failed(failure.code, e instanceof ApiError ? `${e.code}: ${e.message}` : (e as Error).message, failure.details);
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

  private async failed(code: SyncErrorCode, message: string, details: SyncErrorDetails = {}): Promise<void> {
    const n = ++this.status.consecutiveFailures;
    this.status.lastError = { code, message, at: Date.now(), ...details };
    const delay = backoffDelay(n, this.opts.retry);
    // A snapshot the proxy refuses needs someone to act, every time; an outage is logged on its
    // first failure and then every tenth.
    const rejected = code === "PROXY_SNAPSHOT_INVALID" || code === "PROXY_SNAPSHOT_TOO_LARGE";
    const level = rejected || n === 1 || n % 10 === 0 ? "warn" : "debug";
    const serving = this.opts.currentHash() !== undefined;
    const msg = rejected
      ? serving ? "snapshot rejected; still serving the previous configuration" : "snapshot rejected; no configuration to serve yet"
      : serving ? "control plane sync failed; still serving the current configuration" : "control plane sync failed; no configuration to serve yet";
    this.opts.log[level]({ code, reason: message, attempt: n, retry_in_ms: delay, ...details }, msg);
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
