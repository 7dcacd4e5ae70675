// Writes the next migration for both providers from the change to prisma/schema.prisma.
//
//   npm run db:migration -- <name>            write prisma/migrations/<provider>/<NNNN>_<name>/migration.sql
//   npm run db:migration -- --check           exit 1 if schema.prisma has changes no migration covers
//
// How: prisma/migrations/schema.snapshot.prisma is the source schema as of the newest migration;
// `prisma migrate diff` (WebAssembly schema engine, offline) turns snapshot → current into SQL for
// each provider. The PostgreSQL diff needs a reachable server (the JS engine connects through the
// driver adapter): DATABASE_URL_POSTGRES if set, otherwise a throwaway cluster from test/support.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROVIDERS, SOURCE_SCHEMA, deriveSchema, type Provider } from "./variants.ts";

const prismaDir = dirname(fileURLToPath(import.meta.url));
const root = join(prismaDir, "..");
export const MIGRATIONS_DIR = join(prismaDir, "migrations");
const SNAPSHOT = join(MIGRATIONS_DIR, "schema.snapshot.prisma");

/** SQL that takes a database from `from` (source-schema text, or null = empty) to `to`, for one provider. */
export function diffSql(provider: Provider, from: string | null, to: string, databaseUrl: string): string {
  const work = mkdtempSync(join(tmpdir(), "prisma-diff-"));
  try {
    const toFile = join(work, "to.prisma");
    writeFileSync(toFile, deriveSchema(to, provider));
    const args = [join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "diff"];
    if (from === null) args.push("--from-empty");
    else {
      const fromFile = join(work, "from.prisma");
      writeFileSync(fromFile, deriveSchema(from, provider));
      args.push("--from-schema-datamodel", fromFile);
    }
    args.push("--to-schema-datamodel", toFile, "--script");
    return execFileSync(process.execPath, args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** True when the SQL only holds comments/whitespace (Prisma prints "-- This is an empty migration."). */
export function isEmptySql(sql: string): boolean {
  return sql.split("\n").every((l) => l.trim() === "" || l.trim().startsWith("--"));
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const name = args.find((a) => !a.startsWith("--"));
  if (!check && (!name || !/^[a-z0-9_]+$/.test(name))) {
    console.error("usage: npm run db:migration -- <name: lower-case letters, digits, _> | --check");
    process.exit(2);
  }
  const current = readFileSync(SOURCE_SCHEMA, "utf8");
  const previous = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, "utf8") : null;

  const sqliteDir = mkdtempSync(join(tmpdir(), "prisma-sqlite-"));
  let stopPg: (() => Promise<void>) | undefined;
  let pgUrl = process.env.DATABASE_URL_POSTGRES;
  try {
    if (!pgUrl) {
      const { startPostgres } = await import("../test/support/postgres.ts");
      const handle = await startPostgres();
      if (!handle.server) throw new Error(`need PostgreSQL for the diff: ${handle.skipReason}`);
      pgUrl = await handle.server.createDatabase("diff");
      stopPg = () => handle.server.stop();
    }
    const urls: Record<Provider, string> = { sqlite: `file:${join(sqliteDir, "diff.db")}`, postgresql: pgUrl };
    const sql = Object.fromEntries(PROVIDERS.map((p) => [p, diffSql(p, previous, current, urls[p])])) as Record<Provider, string>;
    const empty = PROVIDERS.every((p) => isEmptySql(sql[p]));
    if (check) {
      if (!empty) {
        console.error("prisma/schema.prisma has changes that no migration covers; run npm run db:migration -- <name>");
        process.exit(1);
      }
      console.log("migrations cover prisma/schema.prisma");
      return;
    }
    if (empty) {
      console.log("no schema changes since the last migration");
      return;
    }
    for (const p of PROVIDERS) {
      const dir = join(MIGRATIONS_DIR, p);
      mkdirSync(dir, { recursive: true });
      const next = String(readdirSync(dir).filter((d) => /^\d{4}_/.test(d)).length + 1).padStart(4, "0");
      const folder = join(dir, `${next}_${name}`);
      mkdirSync(folder);
      writeFileSync(join(folder, "migration.sql"), sql[p]);
      console.log(`wrote ${folder}/migration.sql`);
    }
    writeFileSync(SNAPSHOT, current);
  } finally {
    rmSync(sqliteDir, { recursive: true, force: true });
    await stopPg?.();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
