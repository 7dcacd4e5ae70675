// The real API as its own process for proxy tests: start/stop/restart on a fixed loopback port,
// a control plane with a data-plane token, and `replaceConfig` to make the control plane hold
// exactly the given entities (ids kept, so tests can reason about them).
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { join } from "node:path";
import { KonnectClient } from "../../api/client.ts";
import type { Plugin, Route, Service } from "../../api/contract/index.ts";
import { startProcess, tsxArgs, type ManagedProcess } from "../support/processes.ts";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  readonly url: string;
  readonly adminToken: string;
  readonly admin: KonnectClient;
  process(): ManagedProcess | null;
  start(): Promise<void>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** Starts `api/main.ts` (SQLite in `dataDir`) on a port that stays the same across restarts. */
export async function startApiProcess(dataDir: string): Promise<ApiProcess> {
  const port = await freePort();
  const adminToken = `kpat_${randomBytes(24).toString("hex")}`;
  const url = `http://127.0.0.1:${port}`;
  let proc: ManagedProcess | null = null;
  const admin = new KonnectClient({ serverUrl: url, token: adminToken });
  const api: ApiProcess = {
    url,
    adminToken,
    admin,
    process: () => proc,
    async start() {
      proc = await startProcess({
        name: "api",
        ...tsxArgs("api/main.ts"),
        env: { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: join(dataDir, "api"), KONNECT_BOOTSTRAP_TOKEN: adminToken, LOG_LEVEL: "info", DATABASE_URL: "" },
        ready: /"msg":"API listening"/,
        timeoutMs: 30_000,
      });
    },
    async stop() {
      await proc?.stop();
      proc = null;
    },
    async close() {
      await api.stop();
      await admin.close();
    },
  };
  await api.start();
  return api;
}

export interface ControlPlaneAccess {
  controlPlaneId: string;
  dpToken: string;
}

export async function createControlPlane(api: ApiProcess): Promise<ControlPlaneAccess> {
  const cp = await api.admin.controlPlanes.create({ name: `proxy-test-${randomUUID().slice(0, 8)}` });
  const token = await api.admin.dpTokens.create(cp.id, { name: "proxy-under-test" });
  return { controlPlaneId: cp.id, dpToken: token.token! };
}

/** The control plane's current config version, as a proxy without a cached snapshot would see it. */
export async function currentVersion(api: ApiProcess, access: ControlPlaneAccess): Promise<number> {
  const dp = new KonnectClient({ serverUrl: api.url, token: access.dpToken });
  try {
    const r = await dp.pollConfig({ controlPlaneId: access.controlPlaneId, node: { id: "test-probe", hostname: "test", version: "0" } });
    if (r.status !== "changed") throw new Error("expected a snapshot");
    return (r.snapshot as { version: number }).version;
  } finally {
    await dp.close();
  }
}

const strip = <T extends { created_at?: unknown; updated_at?: unknown }>(e: T) => {
  const { created_at: _c, updated_at: _u, ...rest } = e;
  return rest;
};

/** Deletes every plugin, route and service of the control plane, then creates the given ones (same ids). */
export async function replaceConfig(api: ApiProcess, cpId: string, parts: { services?: Service[]; routes?: Route[]; plugins?: Plugin[] }): Promise<void> {
  const a = api.admin;
  for (const p of await a.plugins.listAll(cpId)) await a.plugins.delete(cpId, p.id);
  for (const r of await a.routes.listAll(cpId)) await a.routes.delete(cpId, r.id);
  for (const s of await a.services.listAll(cpId)) await a.services.delete(cpId, s.id);
  for (const s of parts.services ?? []) await a.services.upsert(cpId, s.id, strip(s) as never);
  for (const r of parts.routes ?? []) await a.routes.upsert(cpId, r.id, strip(r) as never);
  for (const p of parts.plugins ?? []) await a.plugins.upsert(cpId, p.id, strip(p) as never);
}
