// One source Prisma schema, two derived variants, committed migration SQL for both: prove the pieces
// agree. `prisma migrate diff` (WebAssembly engine, offline) from the last migrated schema to the
// current one must be empty for each provider, and the generated clients must exist. Upgrading a
// database that holds data through every later migration keeps every row.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import pg from "pg";
import { buildApp } from "../../api/app.ts";
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

  // ---- 0004: ids stored upper-case before the API lower-cased them at the edge --------------------
  const U = (n: number) => `${"ABCDEF"[n % 6].repeat(8)}-0000-4000-8000-${String(n).padStart(12, "0")}`;
  const [S, R, C, P1, P2, T, R2] = [1, 2, 3, 4, 5, 6, 7].map(U);
  const CP2 = "22222222-2222-4222-8222-222222222222";
  const ref = (field: string, id: string) => `"${field}":{"id":"${id}"}`;
  const mixedCaseRows = [
    seedRows[0],
    seedRows[0].replaceAll(CP, CP2).replace("'up'", "'other'"),
    `INSERT INTO services (control_plane_id, id, name, data, created_at, updated_at) VALUES ('${CP}', '${S}', 's-upper', '{"name":"s-upper"}', 1, 1)`,
    `INSERT INTO routes (control_plane_id, id, name, service_id, data, created_at, updated_at) VALUES ('${CP}', '${R}', 'r-upper', '${S}', '{"name":"r-upper",${ref("service", S)}}', 1, 1)`,
    `INSERT INTO consumers (control_plane_id, id, username, data, created_at, updated_at) VALUES ('${CP}', '${C}', 'c-upper', '{}', 1, 1)`,
    `INSERT INTO plugins (control_plane_id, id, name, service_id, scope_key, data, created_at, updated_at) VALUES ('${CP}', '${P1}', 'p', '${S}', '${S}||', '{"name":"p",${ref("service", S)}}', 1, 1)`,
    `INSERT INTO plugins (control_plane_id, id, name, route_id, consumer_id, scope_key, data, created_at, updated_at) VALUES ('${CP}', '${P2}', 'p', '${R}', '${C}', '|${R}|${C}', '{"name":"p",${ref("route", R)},${ref("consumer", C)}}', 1, 1)`,
    // The same service twice (upper and lower case) and a route on the upper-case one: left alone.
    `INSERT INTO services (control_plane_id, id, name, data, created_at, updated_at) VALUES ('${CP}', '${T}', 't-upper', '{}', 1, 1)`,
    `INSERT INTO services (control_plane_id, id, name, data, created_at, updated_at) VALUES ('${CP}', '${T.toLowerCase()}', 't-lower', '{}', 1, 1)`,
    `INSERT INTO routes (control_plane_id, id, name, service_id, data, created_at, updated_at) VALUES ('${CP}', '${R2.toLowerCase()}', 'r-twin', '${T}', '{${ref("service", T)}}', 1, 1)`,
    `INSERT INTO services (control_plane_id, id, name, data, created_at, updated_at) VALUES ('${CP2}', '${U(8).toLowerCase()}', 'fine', '{}', 1, 1)`,
  ];
  /** What 0004 must leave: every id and reference lower-case except the twin, JSON and scope keys to match. */
  const expectLowerCased = (q: { services: Row[]; routes: Row[]; plugins: Row[]; consumers: Row[]; versions: Row[] }) => {
    const l = (x: string) => x.toLowerCase();
    assert.deepEqual(q.services.map((r) => [r.id, r.name]), [[l(S), "s-upper"], [l(T), "t-lower"], [l(U(8)), "fine"], [T, "t-upper"]].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    assert.deepEqual(q.consumers.map((r) => r.id), [l(C)]);
    const route = q.routes.find((r) => r.name === "r-upper")!;
    assert.deepEqual([route.id, route.service_id, JSON.parse(String(route.data)).service], [l(R), l(S), { id: l(S) }]);
    const twin = q.routes.find((r) => r.name === "r-twin")!;
    assert.deepEqual([twin.service_id, JSON.parse(String(twin.data)).service], [T, { id: T }], "a reference to the kept upper-case twin is not moved to the other entity");
    const p1 = q.plugins.find((r) => r.service_id !== null)!;
    assert.deepEqual([p1.id, p1.service_id, p1.scope_key, JSON.parse(String(p1.data)).service], [l(P1), l(S), `${l(S)}||`, { id: l(S) }]);
    const p2 = q.plugins.find((r) => r.route_id !== null)!;
    const d2 = JSON.parse(String(p2.data));
    assert.deepEqual([p2.id, p2.route_id, p2.consumer_id, p2.scope_key, d2.route, d2.consumer], [l(P2), l(R), l(C), `|${l(R)}|${l(C)}`, { id: l(R) }, { id: l(C) }]);
    assert.deepEqual(q.versions.map((r) => [r.id, Number(r.config_version)]), [[CP, 8], [CP2, 7]].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)), "only the control plane whose ids changed gets a new version");
  };
  type Row = Record<string, unknown>;
  const SELECTS = {
    services: "SELECT id, name FROM services ORDER BY id",
    routes: "SELECT id, name, service_id, data FROM routes ORDER BY id",
    consumers: "SELECT id FROM consumers ORDER BY id",
    plugins: "SELECT id, service_id, route_id, consumer_id, scope_key, data FROM plugins ORDER BY id",
    versions: "SELECT id, config_version FROM control_planes ORDER BY id",
  };

  it("SQLite: 0004 lower-cases ids and references stored upper-case (twins left alone, named in a warning at start); the API then addresses them", async () => {
    const migrations = loadMigrations("sqlite");
    const file = join(work, "lower.db");
    migrateSqlite(file, migrations.filter((m) => m.name < "0004"));
    const db = new Database(file);
    for (const sql of mixedCaseRows) db.exec(sql);
    db.close();
    assert.deepEqual(migrateSqlite(file, migrations).applied, migrations.filter((m) => m.name >= "0004").map((m) => m.name));
    const check = new Database(file);
    try {
      const q = Object.fromEntries(Object.entries(SELECTS).map(([k, sql]) => [k, check.prepare(sql).all() as Row[]])) as Parameters<typeof expectLowerCased>[0];
      expectLowerCased(q);
      assert.deepEqual(check.prepare("PRAGMA foreign_key_check").all(), []);
    } finally {
      check.close();
    }
    const logs: string[] = [];
    const app = await buildApp({ databaseUrl: `file:${file}`, dataDir: work, bootstrapToken: "kpat_lowercaseidsmigrationtest0123456789", logger: { level: "warn", destination: new Writable({ write: (c, _e, cb) => (logs.push(String(c)), cb()) }) } });
    try {
      const auth = { authorization: "Bearer kpat_lowercaseidsmigrationtest0123456789" };
      const got = await app.inject({ url: `/v2/control-planes/${CP}/core-entities/routes/${R}`, headers: auth });
      assert.equal(got.statusCode, 200, got.body);
      assert.deepEqual(got.json().service, { id: S.toLowerCase() });
      const warning = logs.map((l) => JSON.parse(l)).find((l) => Array.isArray(l.entities));
      assert.deepEqual(warning?.entities, [{ kind: "services", controlPlaneId: CP, id: T }]);
    } finally {
      await app.close();
    }
  });

  it("PostgreSQL: 0004 lower-cases ids and references stored upper-case, twins left alone, foreign keys re-created", { skip: pgHandle.server ? false : `PostgreSQL unavailable: ${pgHandle.skipReason}` }, async () => {
    const url = await pgHandle.server!.createDatabase("lower");
    const migrations = loadMigrations("postgresql");
    await migratePostgres(url, migrations.filter((m) => m.name < "0004"));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const sql of mixedCaseRows) await client.query(sql);
      const fks = "SELECT conname FROM pg_constraint WHERE contype = 'f' ORDER BY conname";
      const before = (await client.query(fks)).rows;
      await migratePostgres(url, migrations);
      const q: Record<string, Row[]> = {};
      // Byte order, as SQLite sorts (the database's collation may fold case).
      for (const [k, sql] of Object.entries(SELECTS)) q[k] = (await client.query(sql.replace("ORDER BY id", 'ORDER BY id COLLATE "C"'))).rows;
      expectLowerCased(q as Parameters<typeof expectLowerCased>[0]);
      assert.deepEqual((await client.query(fks)).rows, before, "the same foreign keys as before");
      await assert.rejects(client.query(`INSERT INTO routes (control_plane_id, id, service_id, data, created_at, updated_at) VALUES ('${CP}', 'x', '${S}', '{}', 1, 1)`), /foreign key/, "and they are enforced");
    } finally {
      await client.end();
    }
  });
});

