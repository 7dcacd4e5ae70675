// Child processes for tests: spawn, wait until a line of output says the process is ready,
// keep the output for assertions and failure messages, stop with SIGTERM then SIGKILL.
// Generic on purpose: the API, the proxy and anything else that prints a readiness line.
import { spawn, type ChildProcess } from "node:child_process";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface StartOptions {
  /** Shown in errors. */
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** A line (stdout or stderr) matching this means ready. */
  ready: RegExp | ((line: string) => boolean);
  timeoutMs?: number;
}

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** The line that signalled readiness. */
  readonly readyLine: string;
  /** Every line printed so far (stdout and stderr interleaved as they arrived). */
  lines(): string[];
  /** Lines that parse as JSON objects (pino logs). */
  jsonLines(): Record<string, unknown>[];
  /** Resolves with the first line (already printed or future) that matches. */
  waitFor(match: RegExp | ((line: string) => boolean), timeoutMs?: number): Promise<string>;
  /** Resolves when the process exits. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of live) c.kill("SIGKILL");
});

/** `node --import tsx <script>` from the project root. */
/** Calls onLine with each line of a text stream (the last one too, when it lacks a newline). */
export function forEachLine(stream: Readable, onLine: (line: string) => void): void {
  let buf = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    buf += chunk;
    let nl: number;
    while ((nl = buf.indexOf("\n")) !== -1) {
      onLine(buf.slice(0, nl));
      buf = buf.slice(nl + 1);
    }
  });
  stream.on("end", () => {
    if (buf) onLine(buf);
    buf = "";
  });
}

export function tsxArgs(script: string): { command: string; args: string[] } {
  return { command: process.execPath, args: ["--import", "tsx", script] };
}

export function startProcess(opts: StartOptions): Promise<ManagedProcess> {
  const child = spawn(opts.command, opts.args, {
    cwd: opts.cwd ?? PROJECT_ROOT,
    // NODE_TEST_CONTEXT would make a child node process act as a test-runner worker.
    env: { ...process.env, NODE_TEST_CONTEXT: undefined, ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  live.add(child);
  const all: string[] = [];
  const waiters = new Set<{ test: (l: string) => boolean; resolve: (l: string) => void }>();
  const onLine = (line: string) => {
    all.push(line);
    for (const w of waiters) {
      if (w.test(line)) {
        waiters.delete(w);
        w.resolve(line);
      }
    }
  };
  for (const stream of [child.stdout!, child.stderr!]) forEachLine(stream, onLine);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    });
  });
  const tail = () => all.slice(-40).join("\n");

  const waitFor = (match: RegExp | ((line: string) => boolean), timeoutMs = 15_000): Promise<string> => {
    const t = typeof match === "function" ? match : (l: string) => match.test(l);
    const seen = all.find(t);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const w = { test: t, resolve: (l: string) => (clearTimeout(timer), resolve(l)) };
      const timer = setTimeout(() => {
        waiters.delete(w);
        reject(new Error(`${opts.name}: no line matching ${String(match)} within ${timeoutMs} ms; last output:\n${tail()}`));
      }, timeoutMs);
      waiters.add(w);
    });
  };

  const stop = async (graceMs = 5_000) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      const r = await exited;
      clearTimeout(timer);
      return r;
    }
    return exited;
  };

  return new Promise((resolve, reject) => {
    const timeoutMs = opts.timeoutMs ?? 20_000;
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      child.kill("SIGKILL");
      reject(new Error(`${opts.name} did not become ready: ${why}; last output:\n${tail()}`));
    };
    void exited.then(({ code, signal }) => fail(`exited with ${code ?? signal}`));
    waitFor(opts.ready, timeoutMs).then(
      (readyLine) => {
        if (settled) return;
        settled = true;
        resolve({
          name: opts.name,
          child,
          readyLine,
          lines: () => [...all],
          jsonLines: () =>
            all.flatMap((l) => {
              if (!l.startsWith("{")) return [];
              try {
                return [JSON.parse(l) as Record<string, unknown>];
              } catch {
                return [];
              }
            }),
          waitFor,
          exited,
          stop,
        });
      },
      () => fail(`no line matching ${String(opts.ready)} within ${timeoutMs} ms`),
    );
  });
}
