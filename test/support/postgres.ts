// A real PostgreSQL for tests.
//
// Order of preference:
//  1. TEST_DATABASE_URL (CI starts a server and exports it): each caller gets a fresh database on it;
//  2. a throwaway cluster started from /usr/lib/postgresql/15/bin as the `postgres` user in a temp dir
//     on a free loopback port (trust auth, loopback only), removed again by stop();
//  3. nothing: `skipReason` says why, and callers skip their PostgreSQL tests visibly with t.skip().
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

const BIN = "/usr/lib/postgresql/15/bin";

export interface PostgresServer {
  /** Admin connection URL (database `postgres`). */
  adminUrl: string;
  /** Creates a new, empty database and returns its URL. */
  createDatabase(prefix?: string): Promise<string>;
  stop(): Promise<void>;
}

export type PostgresHandle = { server: PostgresServer; skipReason?: undefined } | { server?: undefined; skipReason: string };

let counter = 0;

/** Starts (or connects to) PostgreSQL; never throws for "not available here", returns skipReason instead. */
/** `throwaway`: a cluster of the caller's own even when TEST_DATABASE_URL is set (for tests that stop it). */
export async function startPostgres(opts: { throwaway?: boolean } = {}): Promise<PostgresHandle> {
  const external = opts.throwaway ? undefined : process.env.TEST_DATABASE_URL;
  if (external) return { server: await fromUrl(external) };
  if (!existsSync(join(BIN, "postgres"))) return { skipReason: `PostgreSQL binaries not found in ${BIN} and TEST_DATABASE_URL is not set` };
  if (spawnSync("id", ["-u", "postgres"]).status !== 0) return { skipReason: "no `postgres` system user to run a throwaway cluster as" };
  if (process.getuid?.() !== 0) return { skipReason: "a throwaway PostgreSQL needs root (to run it as the postgres user); set TEST_DATABASE_URL instead" };
  try {
    return { server: await throwawayCluster() };
  } catch (err) {
    return { skipReason: `could not start a throwaway PostgreSQL: ${(err as Error).message}` };
  }
}

async function fromUrl(url: string): Promise<PostgresServer> {
  const admin = new URL(url);
  const created: string[] = [];
  return {
    adminUrl: url,
    createDatabase: async (prefix = "t") => {
      const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
      await adminQuery(url, `CREATE DATABASE "${name}"`);
      created.push(name);
      const u = new URL(admin);
      u.pathname = `/${name}`;
      return u.toString();
    },
    stop: async () => {
      for (const name of created) await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    },
  };
}

async function throwawayCluster(): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), "pg-test-"));
  // Spawned directly with the postgres uid/gid (we run as root, and postgres refuses root), so
  // signals reach the postmaster itself rather than a runuser wrapper.
  const uid = Number(spawnSync("id", ["-u", "postgres"]).stdout.toString().trim());
  const gid = Number(spawnSync("id", ["-g", "postgres"]).stdout.toString().trim());
  chownSync(dir, uid, gid);
  const dataDir = join(dir, "data");
  const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C.UTF-8" };
  const init = spawnSync(join(BIN, "initdb"), ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"], { encoding: "utf8", uid, gid, env, cwd: dir });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    join(BIN, "postgres"),
    ["-D", dataDir, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1",
      "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200"],
    { stdio: ["ignore", "ignore", "pipe"], uid, gid, env, cwd: dir },
  );
  let stderr = "";
  child.stderr?.on("data", (d) => { stderr = (stderr + d.toString()).slice(-4000); });
  child.unref();
  (child.stderr as { unref?: () => void } | null)?.unref?.();
  const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await adminQuery(adminUrl, "SELECT 1");
      break;
    } catch (err) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill("SIGKILL");
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`postgres did not come up: ${(err as Error).message}\n${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const base = await fromUrl(adminUrl);
  return {
    ...base,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGINT"); // fast shutdown
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => { timer = setTimeout(r, 5000); })]);
        clearTimeout(timer);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
