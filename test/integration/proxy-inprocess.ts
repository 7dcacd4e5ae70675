// Runs the proxy in the test process (real listeners on loopback, real echo upstream, config
// delivered over HTTP by the control-plane stub) so tests can read its log lines and register
// test-only plugin modules. Sync behaviour against the real API, with the proxy as its own
// process, is covered by proxy-sync tests.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { ConfigSnapshot } from "../../api/contract/index.ts";
import { startProxy, type ProxyApp, type ProxyAppOptions } from "../../proxy/app.ts";
import { createLogger } from "../../proxy/log.ts";
import type { ProxySettings } from "../../proxy/settings.ts";
import { startControlPlaneStub, type ControlPlaneStub } from "./proxy-control-plane-stub.ts";

export interface InProcessProxy {
  app: ProxyApp;
  cp: ControlPlaneStub;
  controlPlaneId: string;
  token: string;
  base: string;
  logs: Record<string, unknown>[];
  /** Publishes a snapshot and waits until the proxy serves its version. */
  publish(s: ConfigSnapshot): Promise<void>;
  /** Log lines carrying `code`, newest last. */
  logsWithCode(code: string): Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startInProcessProxy(opts: Partial<Pick<ProxyAppOptions, "modules" | "parsePlugin">> & { settings?: Partial<ProxySettings> } = {}): Promise<InProcessProxy> {
  const controlPlaneId = randomUUID();
  const token = `kdp_${randomUUID().replace(/-/g, "")}`;
  const cp = await startControlPlaneStub(controlPlaneId, token);
  const cacheDir = await mkdtemp(join(tmpdir(), "proxy-test-"));
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split("\n")) if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
      cb();
    },
  });
  const settings: ProxySettings = {
    serverUrl: cp.url,
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
    ...opts.settings,
  };
  const app = await startProxy(settings, { log: createLogger("debug", sink), modules: opts.modules, parsePlugin: opts.parsePlugin });
  return {
    app,
    cp,
    controlPlaneId,
    token,
    base: `http://127.0.0.1:${app.port}`,
    logs,
    async publish(s) {
      cp.set(s);
      const deadline = Date.now() + 10_000;
      while (app.state.current?.version !== s.version) {
        if (Date.now() > deadline) throw new Error(`proxy did not load version ${s.version}; last sync error: ${JSON.stringify(app.poller.status.lastError)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    logsWithCode: (code) => logs.filter((l) => l.code === code),
    async close() {
      await app.close();
      await cp.close();
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}
