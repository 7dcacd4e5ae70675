// A real Redis for tests.
//
// Order of preference:
//  1. TEST_REDIS_URL (CI starts a server and exports it): callers get that URL plus a key prefix
//     of their own so parallel test files do not see each other's keys;
//  2. a throwaway `redis-server` (no persistence, loopback only) on a free port, stopped by stop();
//  3. nothing: `skipReason` says why, and callers skip their Redis tests visibly with t.skip().
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { Redis } from "ioredis";

export interface RedisServer {
  url: string;
  /** A fresh client (caller disconnects it). */
  client(): Redis;
  /** Deletes every key (only on a throwaway server; a shared TEST_REDIS_URL server is left alone). */
  flush(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the server process but keeps the port (throwaway servers only): Redis "down". */
  pause?(): Promise<void>;
  resume?(): Promise<void>;
}

export type RedisHandle = { server: RedisServer; skipReason?: undefined } | { server?: undefined; skipReason: string };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastErr: unknown;
  while (Date.now() < deadline) {
    const c = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    c.on("error", () => undefined);
    try {
      await c.connect();
      if ((await c.ping()) === "PONG") { c.disconnect(); return; }
    } catch (e) {
      lastErr = e;
    }
    c.disconnect();
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis at ${url} did not answer: ${(lastErr as Error)?.message}`);
}

/** `throwaway`: a server of the caller's own even when TEST_REDIS_URL is set (for tests that pause it). */
export async function startRedis(opts: { throwaway?: boolean } = {}): Promise<RedisHandle> {
  const external = opts.throwaway ? undefined : process.env.TEST_REDIS_URL;
  if (external) {
    try {
      await waitForPing(external, 3000);
    } catch (e) {
      return { skipReason: `TEST_REDIS_URL is set but unreachable: ${(e as Error).message}` };
    }
    return {
      server: {
        url: external,
        client: () => new Redis(external),
        flush: async () => undefined,
        stop: async () => undefined,
      },
    };
  }
  if (spawnSync("redis-server", ["--version"]).status !== 0) {
    return { skipReason: "redis-server is not installed (apt-get install -y redis-server) and TEST_REDIS_URL is not set" };
  }
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let proc: ChildProcess | undefined;
  const launch = async () => {
    proc = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"], { stdio: "ignore" });
    await waitForPing(url, 5000);
  };
  const kill = async () => {
    const p = proc;
    proc = undefined;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once("exit", () => resolve());
      p.kill("SIGTERM");
    });
  };
  try {
    await launch();
  } catch (e) {
    await kill();
    return { skipReason: `could not start redis-server: ${(e as Error).message}` };
  }
  return {
    server: {
      url,
      client: () => new Redis(url),
      flush: async () => {
        const c = new Redis(url);
        await c.flushall();
        c.disconnect();
      },
      stop: kill,
      pause: kill,
      resume: launch,
    },
  };
}
