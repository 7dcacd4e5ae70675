// One source Prisma schema, two derived variants, committed migration SQL for both: prove the pieces
// agree. `prisma migrate diff` (WebAssembly engine, offline) from the last migrated schema to the
// current one must be empty for each provider, and the generated clients must exist. Upgrading a
// database that holds data through every later migration keeps every row.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import pg from "pg";
import { loadMigrations, migratePostgres, migrateSqlite } from "../../api/store/migrator.ts";
import { diffSql, isEmptySql, MIGRATIONS_DIR } from "../../prisma/migration.ts";
import { PROVIDERS, SOURCE_SCHEMA, deriveSchema } from "../../prisma/variants.ts";
import { startPostgres } from "../support/postgres.ts";
import { PROJECT_ROOT } from "../support/processes.ts";

describe("Prisma schema and migrations", async () => {
  const source = readFileSync(SOURCE_SCHEMA, "utf8");
  const snapshot = readFileSync(join(MIGRATIONS_DIR, "schema.snapshot.prisma"), "utf8");
  const pgHandle = await startPostgres();
  const work = mkdtempSync(join(tmpdir(), "schema-test-"));
  after(async () => {
    await pgHandle.server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it("variants differ from the source only in provider and client output", () => {
    for (const p of PROVIDERS) {
      const variant = deriveSchema(source, p);
      assert.match(variant, new RegExp(`provider = "${p}"`));
      assert.match(variant, new RegExp(`api/store/generated/${p}"`));
      const strip = (s: string) => s.replace(/provider = "(sqlite|postgresql)"/, "").replace(/output\s*=\s*"[^"]*"/, "").replace(/^\/\/ GENERATED.*\n/, "");
      assert.equal(strip(variant), strip(source));
      assert.ok(existsSync(join(PROJECT_ROOT, "api", "store", "generated", p, "client.ts")), `generated ${p} client missing: run npm run db:generate`);
    }
  });

  it("the committed SQLite migrations produce the current schema", () => {
    assert.ok(isEmptySql(diffSql("sqlite", snapshot, source, `file:${join(work, "d.db")}`)), "schema.prisma changed without a migration: npm run db:migration -- <name>");
    assert.ok(!isEmptySql(diffSql("sqlite", null, source, `file:${join(work, "e.db")}`)), "the check can fail");
  });

  it("the committed PostgreSQL migrations produce the current schema", { skip: pgHandle.server ? false : `PostgreSQL unavailable: ${pgHandle.skipReason}` }, async () => {
    const url = await pgHandle.server!.createDatabase("schema");
    assert.ok(isEmptySql(diffSql("postgresql", snapshot, source, url)));
  });

  // One row of every entity table, with each kind of scoped plugin (the foreign keys that cascade).
  const CP = "11111111-1111-4111-8111-111111111111";
  const seedRows = [
    `INSERT INTO control_planes (id, name, cluster_type, auth_type, cloud_gateway, proxy_urls, config_version, config_updated_at, created_at, updated_at) VALUES ('${CP}', 'up', 'CLUSTER_TYPE_CONTROL_PLANE', 'pinned_client_certs', false, '[]', 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
    `INSERT INTO services (control_plane_id, id, name, data, created_at, updated_at) VALUES ('${CP}', 's1', 's', '{}', 1700000000, 1700000001)`,
    `INSERT INTO routes (control_plane_id, id, name, service_id, data, created_at, updated_at) VALUES ('${CP}', 'r1', 'r', 's1', '{}', 1700000000, 1700000000)`,
    `INSERT INTO consumers (control_plane_id, id, username, data, created_at, updated_at) VALUES ('${CP}', 'c1', 'u', '{}', 1700000000, 1700000000)`,
    ...[["p1", "'s1'", "NULL", "NULL"], ["p2", "NULL", "'r1'", "NULL"], ["p3", "NULL", "NULL", "'c1'"], ["p4", "NULL", "NULL", "NULL"]].map(
      ([id, svc, route, consumer]) => `INSERT INTO plugins (control_plane_id, id, name, service_id, route_id, consumer_id, scope_key, data, created_at, updated_at) VALUES ('${CP}', '${id}', 'x${id}', ${svc}, ${route}, ${consumer}, '${id}', '{}', 1700000000, 1700000000)`,
    ),
  ];
  const COUNT = "SELECT (SELECT count(*) FROM services) AS s, (SELECT count(*) FROM routes) AS r, (SELECT count(*) FROM consumers) AS c, (SELECT count(*) FROM plugins) AS p";
  const PAST_INT4 = 4_102_444_800; // 2100-01-01: past PostgreSQL INTEGER's 2^31 - 1

  it("SQLite: upgrading a 0001 database with data keeps every row (table redefinitions deleted service-scoped plugins) and stores seconds past 2^31", () => {
    const [first, ...later] = loadMigrations("sqlite");
    assert.ok(later.length > 0);
    const file = join(work, "upgrade.db");
    migrateSqlite(file, [first]);
    const db = new Database(file);
    for (const sql of seedRows) db.exec(sql);
    db.close();
    assert.deepEqual(migrateSqlite(file, [first, ...later]).applied, later.map((m) => m.name));
    const check = new Database(file);
    try {
      assert.deepEqual({ ...(check.prepare(COUNT).get() as object) }, { s: 1, r: 1, c: 1, p: 4 });
      assert.deepEqual(check.prepare("SELECT created_at, updated_at FROM services").get(), { created_at: 1700000000, updated_at: 1700000001 });
      check.exec(`UPDATE services SET updated_at = ${PAST_INT4}`);
      assert.equal((check.prepare("SELECT updated_at FROM services").get() as { updated_at: number }).updated_at, PAST_INT4);
      assert.deepEqual(check.prepare("PRAGMA foreign_key_check").all(), []);
    } finally {
      check.close();
    }
  });

  it("PostgreSQL: upgrading a 0001 database with data keeps every row and widens the timestamp columns to BIGINT", { skip: pgHandle.server ? false : `PostgreSQL unavailable: ${pgHandle.skipReason}` }, async () => {
    const url = await pgHandle.server!.createDatabase("upgrade");
    const [first, ...later] = loadMigrations("postgresql");
    await migratePostgres(url, [first]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const sql of seedRows) await client.query(sql);
      await assert.rejects(client.query(`UPDATE services SET updated_at = ${PAST_INT4}`), /out of range/, "0001's INTEGER columns overflow (the check can fail)");
      assert.deepEqual((await migratePostgres(url, [first, ...later])).applied, later.map((m) => m.name));
      const counts = (await client.query(COUNT)).rows[0];
      assert.deepEqual(Object.values(counts).map(Number), [1, 1, 1, 4]);
      const types = await client.query(
        "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND column_name IN ('created_at', 'updated_at') AND table_name IN ('services', 'routes', 'consumers', 'plugins')",
      );
      assert.equal(types.rows.length, 8);
      for (const r of types.rows) assert.equal(r.data_type, "bigint", `${r.table_name}.${r.column_name}`);
      await client.query(`UPDATE services SET updated_at = ${PAST_INT4}`);
      assert.equal(Number((await client.query("SELECT updated_at FROM services")).rows[0].updated_at), PAST_INT4);
    } finally {
      await client.end();
    }
  });
});
