// Cross-replica change notifications over PostgreSQL LISTEN/NOTIFY.
// Every write transaction calls `notifyInTx` (NOTIFY is delivered at commit, and only if the
// transaction commits); each replica keeps one dedicated LISTEN connection and feeds what it hears
// into ConfigVersions, which wakes the long-polls it holds. While the connection is down the
// version cache is switched off (correct, just slower) and the listener reconnects with backoff.
import pg from "pg";
import type { Logger } from "pino";
import type { ConfigVersions } from "./config-versions.ts";
import type { Tx } from "./database.ts";

export const CHANNEL = "konnect_config";

export type ChangeEvent =
  | { kind: "version"; controlPlaneId: string; version: number }
  | { kind: "deleted"; controlPlaneId: string }
  | { kind: "credentials" };

export function encodeEvent(e: ChangeEvent): string {
  if (e.kind === "version") return `v:${e.controlPlaneId}:${e.version}`;
  if (e.kind === "deleted") return `d:${e.controlPlaneId}`;
  return "c:";
}

export function decodeEvent(payload: string): ChangeEvent | null {
  const [kind, id, v] = payload.split(":");
  if (kind === "v" && id && v && /^\d+$/.test(v)) return { kind: "version", controlPlaneId: id, version: Number(v) };
  if (kind === "d" && id) return { kind: "deleted", controlPlaneId: id };
  if (kind === "c") return { kind: "credentials" };
  return null;
}

export async function notifyInTx(tx: Tx, event: ChangeEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${encodeEvent(event)})`;
}

export interface ListenerHandle {
  close(): Promise<void>;
  /** Resolves once LISTEN is active (first connection). */
  ready: Promise<void>;
  connected(): boolean;
}

export function startListener(url: string, versions: ConfigVersions, log: Logger, onCredentials: () => void): ListenerHandle {
  let client: pg.Client | null = null;
  let stopped = false;
  let isConnected = false;
  let delay = 200;
  let timer: NodeJS.Timeout | undefined;
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));

  const down = (why: string) => {
    if (isConnected) log.warn({ reason: why }, "config change listener disconnected; serving polls from the database until it is back");
    isConnected = false;
    versions.trustCache = false;
    versions.invalidateAll();
    if (client) {
      client.removeAllListeners();
      client.on("error", () => undefined);
      client.end().catch(() => undefined);
      client = null;
    }
    if (!stopped) {
      timer = setTimeout(connect, delay);
      delay = Math.min(delay * 2, 5000);
    }
  };

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url });
    client = c;
    c.on("error", (err) => down(err.message));
    c.on("end", () => { if (!stopped) down("connection ended"); });
    c.on("notification", (msg) => {
      const e = msg.payload ? decodeEvent(msg.payload) : null;
      if (!e) return;
      if (e.kind === "version") versions.observe(e.controlPlaneId, e.version);
      else if (e.kind === "deleted") versions.removed(e.controlPlaneId);
      else onCredentials();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      if (stopped) return;
      // Anything cached before this point may have missed notifications.
      versions.invalidateAll();
      versions.trustCache = true;
      isConnected = true;
      delay = 200;
      resolveReady();
    } catch (err) {
      if (client === c) down((err as Error).message);
    }
  };

  versions.trustCache = false;
  void connect();
  return {
    ready,
    connected: () => isConnected,
    close: async () => {
      stopped = true;
      clearTimeout(timer);
      resolveReady();
      const c = client;
      client = null;
      if (c) {
        c.removeAllListeners();
        c.on("error", () => undefined);
        await c.end().catch(() => undefined);
      }
    },
  };
}
