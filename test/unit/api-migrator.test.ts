// api/store/migrator.ts on SQLite: ordered files, one transaction each, checksums.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import { MigrationError, loadMigrations, migrateSqlite } from "../../api/store/migrator.ts";

describe("migrator (SQLite)", () => {
  const dir = mkdtempSync(join(tmpdir(), "migr-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, sql: string) => {
    mkdirSync(join(dir, "sqlite", name), { recursive: true });
    writeFileSync(join(dir, "sqlite", name, "migration.sql"), sql);
  };

  it("applies in order once, rolls back a failing file, refuses edited applied files", () => {
    write("0002_second", "ALTER TABLE t ADD COLUMN b TEXT;");
    write("0001_first", "CREATE TABLE t (a TEXT);");
    const db = join(dir, "x.db");
    assert.deepEqual(migrateSqlite(db, loadMigrations("sqlite", dir)).applied, ["0001_first", "0002_second"]);
    assert.deepEqual(migrateSqlite(db, loadMigrations("sqlite", dir)), { applied: [], alreadyApplied: ["0001_first", "0002_second"] });

    write("0003_broken", "CREATE TABLE u (x TEXT); INSERT INTO nowhere VALUES (1);");
    assert.throws(() => migrateSqlite(db, loadMigrations("sqlite", dir)), (e: unknown) => e instanceof MigrationError && e.code === "ERR_MIGRATION_FAILED");
    const check = new Database(db);
    assert.equal((check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'u'").get() as { n: number }).n, 0, "the failed file left nothing");
    check.close();
    rmSync(join(dir, "sqlite", "0003_broken"), { recursive: true });

    write("0001_first", "CREATE TABLE t (a TEXT, changed INTEGER);");
    assert.throws(() => migrateSqlite(db, loadMigrations("sqlite", dir)), (e: unknown) => e instanceof MigrationError && e.code === "ERR_MIGRATION_CHECKSUM");
  });

  it("runs with foreign keys off (a table redefinition does not cascade) but refuses to commit orphans", () => {
    const d = mkdtempSync(join(tmpdir(), "migr-fk-"));
    try {
      const at = (name: string, sql: string) => {
        mkdirSync(join(d, "sqlite", name), { recursive: true });
        writeFileSync(join(d, "sqlite", name, "migration.sql"), sql);
      };
      at("0001_tables", "CREATE TABLE p (id TEXT PRIMARY KEY, v INTEGER); CREATE TABLE c (id TEXT PRIMARY KEY, p_id TEXT REFERENCES p (id) ON DELETE CASCADE); INSERT INTO p VALUES ('a', 1); INSERT INTO c VALUES ('x', 'a');");
      // The shape Prisma generates to change a column of p.
      at("0002_redefine", "PRAGMA foreign_keys=OFF; CREATE TABLE new_p (id TEXT PRIMARY KEY, v BIGINT); INSERT INTO new_p SELECT id, v FROM p; DROP TABLE p; ALTER TABLE new_p RENAME TO p; PRAGMA foreign_keys=ON;");
      const db = join(d, "fk.db");
      migrateSqlite(db, loadMigrations("sqlite", d));
      const check = new Database(db);
      assert.equal((check.prepare("SELECT count(*) AS n FROM c").get() as { n: number }).n, 1, "the child row survived DROP TABLE p");
      check.close();
      at("0003_orphan", "INSERT INTO c VALUES ('y', 'nowhere');");
      assert.throws(() => migrateSqlite(db, loadMigrations("sqlite", d)), (e: unknown) => e instanceof MigrationError && e.code === "ERR_MIGRATION_FAILED");
      const after3 = new Database(db);
      assert.equal((after3.prepare("SELECT count(*) AS n FROM c").get() as { n: number }).n, 1, "rolled back");
      after3.close();
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it("the committed migrations cover both providers with the same migration names", () => {
    const names = (p: "sqlite" | "postgresql") => loadMigrations(p).map((m) => m.name);
    assert.ok(names("sqlite").length > 0);
    assert.deepEqual(names("sqlite"), names("postgresql"));
  });
});
