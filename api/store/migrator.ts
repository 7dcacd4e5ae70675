// Applies the committed migration SQL (prisma/migrations/<provider>/NNNN_name/migration.sql) at start-up.
// Why our own: Prisma 6.19's WebAssembly migrator cannot introspect PostgreSQL through adapter-pg, and
// the native one would have to be downloaded. Rules, identical for both engines:
//  - files apply in name order, each in its own transaction together with its bookkeeping row;
//  - `_konnect_migrations` keeps name + SHA-256 of every applied file; an edited, already-applied file
//    stops the start (ERR_MIGRATION_CHECKSUM) instead of silently diverging;
//  - PostgreSQL: a session advisory lock serialises replicas that start together; SQLite: each
//    migration runs under BEGIN IMMEDIATE and re-checks the table inside it;
//  - SQLite: foreign keys are off while a migration runs and checked (PRAGMA foreign_key_check)
//    before its COMMIT. Prisma's generated table redefinitions (new_x, copy, DROP x, rename) switch
//    them off themselves, but that PRAGMA is a no-op inside a transaction, so DROP x ran as a
//    DELETE that cascaded: widening services' columns deleted every service-scoped plugin.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";

export type Provider = "sqlite" | "postgresql";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  override readonly name = "MigrationError";
  constructor(readonly code: "ERR_MIGRATION_CHECKSUM" | "ERR_MIGRATION_FAILED" | "ERR_MIGRATIONS_MISSING", message: string) {
    super(message);
  }
}

const MIGRATIONS_ROOT = fileURLToPath(new URL("../../prisma/migrations/", import.meta.url));
const TABLE = "_konnect_migrations";
/** Arbitrary constant: the advisory-lock key every replica of this service uses for migrations. */
const PG_LOCK_KEY = 7_413_920_551;

export function loadMigrations(provider: Provider, root = MIGRATIONS_ROOT): Migration[] {
  const dir = join(root, provider);
  if (!existsSync(dir)) throw new MigrationError("ERR_MIGRATIONS_MISSING", `no migrations folder ${dir}`);
  return readdirSync(dir)
    .filter((d) => /^\d{4}_[a-z0-9_]+$/.test(d) && existsSync(join(dir, d, "migration.sql")))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function checkChecksum(m: Migration, stored: string | undefined): boolean {
  if (stored === undefined) return false;
  if (stored !== m.checksum) {
    throw new MigrationError("ERR_MIGRATION_CHECKSUM", `migration ${m.name} was applied with checksum ${stored.slice(0, 12)}… but the file now has ${m.checksum.slice(0, 12)}…; migrations must not change once applied`);
  }
  return true;
}

export function migrateSqlite(file: string, migrations: Migration[]): MigrationResult {
  const db = new Database(file, { timeout: 15_000 });
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  try {
    db.pragma("journal_mode = WAL");
    // Outside any transaction (inside one it is ignored); this connection is the migrator's own.
    db.pragma("foreign_keys = OFF");
    db.exec(`CREATE TABLE IF NOT EXISTS "${TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    for (const m of migrations) {
      db.exec("BEGIN IMMEDIATE");
      try {
        const row = db.prepare(`SELECT checksum FROM "${TABLE}" WHERE name = ?`).get(m.name) as { checksum: string } | undefined;
        if (checkChecksum(m, row?.checksum)) {
          db.exec("ROLLBACK");
          result.alreadyApplied.push(m.name);
          continue;
        }
        db.exec(m.sql);
        const broken = db.prepare("PRAGMA foreign_key_check").all() as { table: string; parent: string }[];
        if (broken.length > 0) {
          const first = broken[0];
          throw new Error(`it leaves ${broken.length} row(s) whose foreign key has no parent (e.g. ${first.table} → ${first.parent})`);
        }
        db.prepare(`INSERT INTO "${TABLE}" (name, checksum, applied_at) VALUES (?, ?, ?)`).run(m.name, m.checksum, new Date().toISOString());
        db.exec("COMMIT");
        result.applied.push(m.name);
      } catch (err) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw wrap(m, err);
      }
    }
  } finally {
    db.close();
  }
  return result;
}

export async function migratePostgres(url: string, migrations: Migration[]): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  try {
    // Session-level lock: held across the per-migration transactions, released below (or when the
    // connection dies), so a replica that crashes mid-way cannot leave it held.
    await client.query("SELECT pg_advisory_lock($1)", [PG_LOCK_KEY]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS "${TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      const rows = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "${TABLE}"`);
      const applied = new Map(rows.rows.map((r) => [r.name, r.checksum]));
      for (const m of migrations) {
        if (checkChecksum(m, applied.get(m.name))) {
          result.alreadyApplied.push(m.name);
          continue;
        }
        try {
          await client.query("BEGIN");
          await client.query(m.sql); // simple-query protocol: multi-statement files are fine
          await client.query(`INSERT INTO "${TABLE}" (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
          await client.query("COMMIT");
          result.applied.push(m.name);
        } catch (err) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw wrap(m, err);
        }
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PG_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
  return result;
}

function wrap(m: Migration, err: unknown): Error {
  if (err instanceof MigrationError) return err;
  return new MigrationError("ERR_MIGRATION_FAILED", `migration ${m.name} failed and was rolled back: ${(err as Error).message}`);
}
