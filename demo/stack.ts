// The pieces the demo runs, started and stopped in one place:
//   API (api/main.ts, SQLite in the work dir) · IdPs A and B (test/support/idp-server.ts, real
//   oidc-provider servers) · upstream echo service (in-process, records what it received) ·
//   proxy (proxy/main.ts) for the demo's control plane.
// Every listener binds to loopback. `stop()` ends all of them and removes the work dir (unless
// --keep); it is safe to call more than once and from a signal handler.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEchoUpstream, type EchoUpstream } from "../test/support/echo-upstream.ts";
import { DemoError } from "./errors.ts";
import { PORT_OPTIONS, type DemoOptions, type PortName, type Ports } from "./options.ts";
import { ChildRegistry, startServer, type Child } from "./processes.ts";

/** What idp-server.ts prints when A and B are up (see its header). */
export interface IdpInfo {
  issuerA: string;
  issuerB: string;
  control: string;
  clients: { a: { id: string; secret: string }; gatewayPost: { id: string; secret: string } };
  defaultAudience: string;
}

export interface RunningApi {
  url: string;
  /** Admin token (kpat_…) registered at start; random per run. */
  token: string;
  child: Child;
}

export interface RunningProxy {
  url: string;
  statusUrl: string;
  child: Child;
}

export class Stack {
  readonly registry = new ChildRegistry();
  readonly logDir: string;
  api?: RunningApi;
  idps?: { info: IdpInfo; child: Child };
  upstream?: EchoUpstream;
  proxy?: RunningProxy;
  /** Ports actually bound (0s from the options replaced by what the OS picked). */
  readonly bound: Partial<Ports> = {};
  private stopping: Promise<void> | null = null;
  /** Set when a server exits on its own while the demo still needs it. */
  unexpectedExit: string | null = null;

  private constructor(
    readonly options: DemoOptions,
    readonly workDir: string,
  ) {
    this.logDir = join(workDir, "logs");
    mkdirSync(this.logDir, { recursive: true });
  }

  static create(options: DemoOptions): Stack {
    const stack = new Stack(options, mkdtempSync(join(tmpdir(), WORK_DIR_PREFIX)));
    // Kept work dirs carry no pid file, so the sweep below never removes them.
    if (!options.keep) writeFileSync(join(stack.workDir, PID_FILE), String(process.pid));
    return stack;
  }

  /**
   * A demo killed with SIGKILL cannot remove its work dir (its servers do stop: see
   * orphan-guard.ts). The next run removes such dirs: ours by name, with the pid of a demo that is
   * no longer running. Returns the dirs removed.
   */
  static sweepAbandoned(): string[] {
    const removed: string[] = [];
    for (const name of readdirSync(tmpdir())) {
      if (!name.startsWith(WORK_DIR_PREFIX)) continue;
      const dir = join(tmpdir(), name);
      let pid: number;
      try {
        pid = Number(readFileSync(join(dir, PID_FILE), "utf8"));
      } catch {
        continue;
      }
      if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    }
    return removed;
  }

  /** Fails with every fixed port that is taken, each with the flag and variable that move it. */
  async checkPorts(): Promise<void> {
    const taken: string[] = [];
    for (const [name, port] of Object.entries(this.options.ports) as [PortName, number][]) {
      if (port === 0) continue;
      const why = await portProblem(this.options.host, port);
      if (why) taken.push(portMessage(name, port, why));
    }
    if (taken.length) throw new DemoError("DEMO_PORT_IN_USE", taken.join("\n"));
  }

  private hintFor(...names: PortName[]) {
    return (tail: string[]) => {
      const text = tail.join("\n");
      if (!/EADDRINUSE|address already in use/i.test(text)) return undefined;
      return names.map((n) => portMessage(n, this.options.ports[n], "in use")).join("\n");
    };
  }

  private watch(child: Child): void {
    void child.exited.then((r) => {
      if (this.stopping || this.unexpectedExit) return;
      const tail = child.tail(8).map((l) => `\n        ${l.slice(0, 300)}`).join("");
      this.unexpectedExit = `${child.name} exited unexpectedly (${r.code ?? r.signal}); its last output:${tail || " (none)"}`;
    });
  }

  private childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
    // Children must not inherit settings meant for the demo's own environment.
    const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
    for (const k of Object.keys(env)) if (k.startsWith("KONNECT_") && !(k in extra)) delete env[k];
    delete env.DATABASE_URL;
    return env;
  }

  async startApi(): Promise<RunningApi> {
    const token = `kpat_${randomBytes(24).toString("hex")}`;
    const dataDir = join(this.workDir, "api");
    const child = await startServer(this.registry, {
      name: "api",
      script: "api/main.ts",
      env: this.childEnv({ PORT: String(this.options.ports.api), HOST: this.options.host, DATA_DIR: dataDir, KONNECT_BOOTSTRAP_TOKEN: token, LOG_LEVEL: "info" }),
      logFile: join(this.logDir, "api.log"),
      ready: (l) => l.includes('"msg":"API listening"'),
      hint: this.hintFor("api"),
    });
    const url = String((JSON.parse(child.readyLine) as { address: string }).address);
    this.bound.api = Number(new URL(url).port);
    this.watch(child);
    this.api = { url, token, child };
    return this.api;
  }

  async startIdps(): Promise<{ info: IdpInfo; child: Child }> {
    const p = this.options.ports;
    const child = await startServer(this.registry, {
      name: "idps",
      script: "test/support/idp-server.ts",
      args: ["--a-port", String(p.idpA), "--b-port", String(p.idpB), "--control-port", String(p.idpControl)],
      env: this.childEnv({}),
      logFile: join(this.logDir, "idps.log"),
      ready: (l) => l.startsWith('{"ready":true'),
      hint: this.hintFor("idpA", "idpB", "idpControl"),
    });
    const info = JSON.parse(child.readyLine) as IdpInfo;
    this.bound.idpA = Number(new URL(info.issuerA).port);
    this.bound.idpB = Number(new URL(info.issuerB).port);
    this.bound.idpControl = Number(new URL(info.control).port);
    this.watch(child);
    this.idps = { info, child };
    return this.idps;
  }

  async startUpstream(): Promise<EchoUpstream> {
    try {
      this.upstream = await startEchoUpstream({ host: this.options.host, port: this.options.ports.upstream });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === "EADDRINUSE") throw new DemoError("DEMO_PORT_IN_USE", portMessage("upstream", this.options.ports.upstream, "in use"));
      throw new DemoError("DEMO_START_FAILED", `the upstream echo service did not start: ${(e as Error).message}`);
    }
    this.bound.upstream = this.upstream.port;
    return this.upstream;
  }

  async startProxy(controlPlaneId: string, dpToken: string): Promise<RunningProxy> {
    const p = this.options.ports;
    const child = await startServer(this.registry, {
      name: "proxy",
      script: "proxy/main.ts",
      env: this.childEnv({
        KONNECT_SERVER_URL: this.api!.url,
        KONNECT_CONTROL_PLANE_ID: controlPlaneId,
        KONNECT_DP_TOKEN: dpToken,
        PROXY_LISTEN_HOST: this.options.host,
        PROXY_PORT: String(p.proxy),
        PROXY_STATUS_PORT: String(p.proxyStatus),
        PROXY_CACHE_DIR: join(this.workDir, "proxy-cache"),
        PROXY_LOG_LEVEL: "info",
        PROXY_ACCESS_LOG: "on",
      }),
      logFile: join(this.logDir, "proxy.log"),
      ready: (l) => l.includes('"msg":"proxy listening"'),
      hint: this.hintFor("proxy", "proxyStatus"),
    });
    const line = JSON.parse(child.readyLine) as { port: number; status_port: number };
    this.bound.proxy = line.port;
    this.bound.proxyStatus = line.status_port;
    this.watch(child);
    this.proxy = { url: `http://${this.options.host}:${line.port}`, statusUrl: `http://${this.options.host}:${line.status_port}/status`, child };
    return this.proxy;
  }

  /** Process ids of the servers started so far (the test checks they are gone after exit). */
  pids(): Record<string, number> {
    const out: Record<string, number> = { demo: process.pid };
    for (const c of [this.api?.child, this.idps?.child, this.proxy?.child]) if (c) out[c.name] = c.pid;
    return out;
  }

  /** Stops everything (children: SIGTERM, then SIGKILL after 5 s) and removes the work dir unless --keep. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await Promise.all([this.registry.stopAll(5_000), this.upstream?.close()]);
      if (!this.options.keep) rmSync(this.workDir, { recursive: true, force: true });
    })();
    return this.stopping;
  }

  /** Synchronous last resort (process "exit"): SIGKILL what is left, remove the work dir. */
  killNow(): void {
    this.registry.killAllNow();
    if (!this.options.keep) rmSync(this.workDir, { recursive: true, force: true });
  }
}

const WORK_DIR_PREFIX = "konnect-demo-";
const PID_FILE = "demo.pid";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function portMessage(name: PortName, port: number, why: string): string {
  const o = PORT_OPTIONS[name];
  return `port ${port} (${o.what}) is ${why} — pass --${o.flag} <port> or set ${o.env} (0 = any free port; --free-ports for all)`;
}

/** null when host:port can be bound now, otherwise a short reason. */
function portProblem(host: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", (e: NodeJS.ErrnoException) => resolve(e.code === "EADDRINUSE" ? "in use" : e.code === "EACCES" ? "not allowed (needs privileges)" : `unusable (${e.code ?? e.message})`));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(null)));
  });
}
