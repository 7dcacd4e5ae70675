// Runs the proxy in the test process (real listeners on loopback) so tests can read its log
// lines and register test-only plugin modules. Config comes over HTTP either from the real API
// (`controlPlane` given: the API runs as its own process) or from the control-plane stub (for
// what the API cannot send: test-only plugins, garbage). Sync with the proxy as its own process
// is covered by proxy-sync tests.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { ConfigSnapshot } from "../../api/contract/index.ts";
import { startProxy, type ProxyApp, type ProxyAppOptions } from "../../proxy/app.ts";
import { createLogger } from "../../proxy/log.ts";
import type { ProxySettings } from "../../proxy/settings.ts";
import { startControlPlaneStub, type ControlPlaneStub, type StubOptions } from "./proxy-control-plane-stub.ts";

export interface InProcessProxy {
  app: ProxyApp;
  /** The stub, when no real control plane was given. */
  cp: ControlPlaneStub;
  controlPlaneId: string;
  token: string;
  base: string;
  logs: Record<string, unknown>[];
  /** Stub only: publishes a snapshot and waits until the proxy serves its version. */
  publish(s: ConfigSnapshot): Promise<void>;
  /** Waits until the proxy serves `version`. */
  waitForVersion(version: number): Promise<void>;
  /** Log lines carrying `code`, newest last. */
  logsWithCode(code: string): Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startInProcessProxy(
  opts: Partial<Pick<ProxyAppOptions, "modules" | "parsePlugin">> & { settings?: Partial<ProxySettings>; controlPlane?: { serverUrl: string; controlPlaneId: string; dpToken: string }; stub?: StubOptions } = {},
): Promise<InProcessProxy> {
  const controlPlaneId = opts.controlPlane?.controlPlaneId ?? randomUUID();
  const token = opts.controlPlane?.dpToken ?? `kdp_${randomUUID().replace(/-/g, "")}`;
  const cp = opts.controlPlane ? (null as unknown as ControlPlaneStub) : await startControlPlaneStub(controlPlaneId, token, 0, opts.stub);
  const cacheDir = await mkdtemp(join(tmpdir(), "proxy-test-"));
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split("\n")) if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
      cb();
    },
  });
  const settings: ProxySettings = {
    serverUrl: opts.controlPlane?.serverUrl ?? cp.url,
    controlPlaneId,
    dpToken: token,
    listenHost: "127.0.0.1",
    port: 0,
    statusPort: 0,
    cacheDir,
    redisUrl: undefined,
    logLevel: "debug",
    pollWaitSeconds: 30,
    syncRetryInitialMs: 50,
    syncRetryMaxMs: 200,
    upstreamConnections: 16,
    accessLog: false,
    maxUriLength: 8192,
    maxHeaderBytes: 32768,
    clientBodyTimeoutMs: 60_000,
    clientSendTimeoutMs: 60_000,
    keepAliveTimeoutMs: 60_000,
    maxSnapshotBytes: 64 * 1024 * 1024,
    ...opts.settings,
  };
  const app = await startProxy(settings, { log: createLogger("debug", sink), modules: opts.modules, parsePlugin: opts.parsePlugin });
  const waitForVersion = async (version: number) => {
    const deadline = Date.now() + 10_000;
    while (app.state.current?.version !== version) {
      if (Date.now() > deadline) throw new Error(`proxy did not load version ${version}; serving ${app.state.current?.version}; last sync error: ${JSON.stringify(app.poller.status.lastError)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return {
    app,
    cp,
    controlPlaneId,
    token,
    base: `http://127.0.0.1:${app.port}`,
    logs,
    async publish(s) {
      if (!cp) throw new Error("publish() needs the stub; with a real control plane change it through the API");
      cp.set(s);
      await waitForVersion(s.version);
    },
    waitForVersion,
    logsWithCode: (code) => logs.filter((l) => l.code === code),
    async close() {
      await app.close();
      await cp?.close();
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}
