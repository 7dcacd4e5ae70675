// Child processes of the demo, tracked so that none outlives it:
//  - each runs in its own process group (detached), so stopping it also stops anything it spawned
//    (terraform's provider plugins) and a Ctrl-C at the terminal reaches only the demo, which then
//    stops everything in order;
//  - servers are preloaded with orphan-guard.ts and keep a stdin pipe to the demo: if the demo dies
//    abruptly, they shut themselves down;
//  - output goes to a log file in the work dir, and the last lines are kept for error messages.
import { spawn } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { DemoError } from "./errors.ts";
import { forEachLine } from "../test/support/processes.ts";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
const ORPHAN_GUARD = fileURLToPath(new URL("./orphan-guard.ts", import.meta.url));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Child {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  /** The line that said the process is ready (servers), or "" (commands). */
  readonly readyLine: string;
  readonly exited: Promise<Exit>;
  /** Last lines of output (stdout and stderr interleaved). */
  tail(n?: number): string[];
  /** SIGTERM to the process group, SIGKILL after graceMs. */
  stop(graceMs?: number): Promise<Exit>;
}

/** Every child started and not yet exited; `stopAll` ends them. Closed registries refuse new children. */
export class ChildRegistry {
  private readonly children = new Set<Child>();
  private closed = false;

  add(c: Child): void {
    if (this.closed) {
      void c.stop(0);
      throw new DemoError("DEMO_INTERRUPTED", `not starting ${c.name}: the demo is stopping`);
    }
    this.children.add(c);
    void c.exited.then(() => this.children.delete(c));
  }

  list(): Child[] {
    return [...this.children];
  }

  /** Stops every child at once (each: SIGTERM, SIGKILL after graceMs). */
  async stopAll(graceMs = 5_000): Promise<void> {
    this.closed = true;
    await Promise.all([...this.children].map((c) => c.stop(graceMs)));
  }

  /** Last resort on process exit: SIGKILL whatever is still running. */
  killAllNow(): void {
    this.closed = true;
    for (const c of this.children) killGroup(c.pid, "SIGKILL");
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

interface SpawnOptions {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  logFile: string;
  /** Keep a stdin pipe open (the orphan guard's lifeline). */
  stdinPipe?: boolean;
}

function spawnTracked(registry: ChildRegistry, opts: SpawnOptions, onLine: (line: string) => void): { child: Child; markReady(line: string): void } {
  const proc = spawn(opts.command, opts.args, {
    cwd: opts.cwd ?? PROJECT_ROOT,
    // DEMO_PARENT_PID marks every descendant (terraform's provider plugins too), so a test can
    // prove that none is left after the demo exits.
    env: { ...opts.env, DEMO_PARENT_PID: String(process.pid) },
    detached: true,
    stdio: [opts.stdinPipe ? "pipe" : "ignore", "pipe", "pipe"],
  });
  const log: WriteStream = createWriteStream(opts.logFile, { flags: "a", mode: 0o600 });
  // A failed spawn (ENOENT) still yields an "exit"-like end through "error".
  const exited = new Promise<Exit>((resolve) => {
    proc.once("exit", (code, signal) => resolve({ code, signal }));
    proc.once("error", (err) => {
      onLine(`${opts.name}: ${err.message}`);
      resolve({ code: 127, signal: null });
    });
  }).then((r) => {
    log.end();
    return r;
  });
  const lines: string[] = [];
  const handle = (line: string) => {
    lines.push(line);
    if (lines.length > 200) lines.shift();
    log.write(`${line}\n`);
    onLine(line);
  };
  for (const stream of [proc.stdout!, proc.stderr!]) forEachLine(stream, handle);
  let ready = "";
  const child: Child = {
    name: opts.name,
    pid: proc.pid ?? -1,
    logFile: opts.logFile,
    get readyLine() {
      return ready;
    },
    exited,
    tail: (n = 20) => lines.slice(-n),
    async stop(graceMs = 5_000) {
      if (proc.exitCode === null && proc.signalCode === null && proc.pid) {
        killGroup(proc.pid, "SIGTERM");
        proc.stdin?.end();
        const timer = setTimeout(() => killGroup(proc.pid!, "SIGKILL"), graceMs);
        const r = await exited;
        clearTimeout(timer);
        // The leader is gone; make sure nothing it started lingers in its group.
        killGroup(proc.pid, "SIGKILL");
        return r;
      }
      return exited;
    },
  };
  if (proc.pid) registry.add(child);
  return { child, markReady: (l) => (ready = l) };
}

export interface ServerOptions {
  name: string;
  /** Project-relative TypeScript entry point, run with `node --import tsx`. */
  script: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  logFile: string;
  /** Returns true for the line that means "ready". */
  ready: (line: string) => boolean;
  timeoutMs?: number;
  /** Extra hint appended when the process dies before it is ready (e.g. which flag changes its port). */
  hint?: (tail: string[]) => string | undefined;
}

/** Starts a server (`node --import tsx <script>`, one process, no tsx wrapper) and waits for its ready line. */
export function startServer(registry: ChildRegistry, opts: ServerOptions): Promise<Child> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timeoutMs = opts.timeoutMs ?? 60_000;
    let child: Child | undefined;
    let markReady: (line: string) => void = () => {};
    const onLine = (line: string) => {
      if (settled || !opts.ready(line)) return;
      settled = true;
      clearTimeout(timer);
      markReady(line);
      resolve(child!);
    };
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void child?.stop(0);
      const tail = child?.tail(15) ?? [];
      const hint = opts.hint?.(tail);
      reject(new DemoError("DEMO_START_FAILED", `${opts.name} did not start: ${why}${hint ? `\n${hint}` : ""}`, [`last output of ${opts.name} (full log: ${opts.logFile}):`, ...tail.map((l) => `  ${l}`)]));
    };
    const timer = setTimeout(() => fail(`no ready line within ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
    try {
      ({ child, markReady } = spawnTracked(
        registry,
        {
          name: opts.name,
          command: process.execPath,
          args: ["--import", "tsx", "--import", ORPHAN_GUARD, opts.script, ...(opts.args ?? [])],
          env: { ...opts.env, DEMO_ORPHAN_GUARD: "1" },
          logFile: opts.logFile,
          stdinPipe: true,
        },
        onLine,
      ));
    } catch (e) {
      settled = true;
      clearTimeout(timer);
      reject(e);
      return;
    }
    void child.exited.then((r) => fail(`exited with ${r.code ?? r.signal}`));
  });
}

export interface CommandResult extends Exit {
  output: string;
}

/** Runs a command to completion (terraform), tracked so an interrupt stops it too. */
export async function runCommand(registry: ChildRegistry, opts: Omit<SpawnOptions, "stdinPipe"> & { timeoutMs?: number }): Promise<CommandResult> {
  const out: string[] = [];
  const { child } = spawnTracked(registry, opts, (l) => out.push(l));
  const timer = setTimeout(() => void child.stop(3_000), opts.timeoutMs ?? 180_000);
  const r = await child.exited;
  clearTimeout(timer);
  return { ...r, output: out.join("\n") };
}
