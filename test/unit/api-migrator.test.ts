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

  it("the committed migrations cover both providers with the same migration names", () => {
    const names = (p: "sqlite" | "postgresql") => loadMigrations(p).map((m) => m.name);
    assert.ok(names("sqlite").length > 0);
    assert.deepEqual(names("sqlite"), names("postgresql"));
  });
});
