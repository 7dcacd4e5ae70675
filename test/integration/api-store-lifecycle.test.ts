// Store lifecycle: restarts (migrations idempotent, data and key kept), concurrent starts on
// PostgreSQL (advisory lock), and two API replicas on one PostgreSQL (LISTEN/NOTIFY wake-ups,
// revocations, and correctness while the notification connection is down).
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { buildApp } from "../../api/app.ts";
import { KEY_CHECK_SETTING, KeyCheckError, keyFingerprint, shortFingerprint } from "../../api/store/key-check.ts";
import { loadMigrations } from "../../api/store/migrator.ts";
import { seedBody } from "../fixtures/seed-openid-connect.ts";
import { rawClient } from "../support/api-http.ts";
import { newAdminToken, startApi } from "../support/api-server.ts";
import { startPostgres, type PostgresServer } from "../support/postgres.ts";

/** Every committed migration, in order (the same names for both providers). */
const ALL_MIGRATIONS = loadMigrations("sqlite").map((m) => m.name);
const SEED = { issuer: "https://idp-b.example/b", clientId: "gw", clientSecret: "lifecycle-secret-1", subjectTokenIssuer: "https://idp-a.example/a" };

describe("SQLite store across restarts", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "api-restart-"));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it("re-applies nothing, keeps data, the key file (0600) and the bootstrap token", async () => {
    const token = newAdminToken();
    const first = await startApi({ dataDir, bootstrapToken: token, keepDataDir: true });
    assert.deepEqual(first.app.store.db.migrations.applied, ALL_MIGRATIONS);
    assert.equal(first.app.keySource, "file-created");
    const cp = await first.client.controlPlanes.create({ name: "survivor" });
    const plugin = await first.client.plugins.create(cp.id, JSON.parse(seedBody(SEED)));
    await first.close();
    assert.equal(statSync(join(dataDir, "encryption.key")).mode & 0o777, 0o600);

    const second = await startApi({ dataDir, bootstrapToken: token, keepDataDir: true });
    try {
      assert.deepEqual(second.app.store.db.migrations.applied, []);
      assert.deepEqual(second.app.store.db.migrations.alreadyApplied, ALL_MIGRATIONS);
      assert.equal(second.app.keySource, "file-existing");
      assert.equal((await second.app.store.tokens.listAdmin()).length, 1, "bootstrap registration is idempotent");
      const again = await second.client.plugins.get(cp.id, plugin.id);
      assert.deepEqual((again.config as { client_secret: string[] }).client_secret, [SEED.clientSecret]);
    } finally {
      await second.close();
    }
  });

  // Used to start fine and then answer 500 ERR_SECRET_UNREADABLE on every read of a plugin with
  // secrets (and seal new ones with a key no other replica has).
  const isKeyMismatch = (key: Buffer, original: Buffer) => (e: unknown) =>
    e instanceof KeyCheckError && e.code === "ERR_ENCRYPTION_KEY_MISMATCH" && e.given === keyFingerprint(key) && (e.stored === null || e.stored === keyFingerprint(original)) &&
    !e.message.includes(key.toString("base64")) && !e.message.includes(original.toString("base64"));

  it("a different encryption key is refused at start, naming both fingerprints (never the keys); the original key still works", async () => {
    const token = newAdminToken();
    const dir = mkdtempSync(join(tmpdir(), "api-key-"));
    const [original, other] = [randomBytes(32), randomBytes(32)];
    try {
      const a = await startApi({ dataDir: dir, bootstrapToken: token, encryptionKey: original.toString("base64"), keepDataDir: true });
      const cp = await a.client.controlPlanes.create({ name: "keyed" });
      const p = await a.client.plugins.create(cp.id, JSON.parse(seedBody(SEED)));
      await a.close();
      await assert.rejects(buildApp({ dataDir: dir, encryptionKey: other.toString("base64"), logger: false }), (e: unknown) => {
        assert.ok(isKeyMismatch(other, original)(e), String(e));
        const err = e as KeyCheckError;
        assert.ok(err.stored && err.message.includes(shortFingerprint(err.stored)) && err.message.includes(shortFingerprint(err.given)), err.message);
        return true;
      });
      const b = await startApi({ dataDir: dir, bootstrapToken: token, encryptionKey: original.toString("base64"), keepDataDir: true });
      try {
        assert.deepEqual((await b.client.plugins.get(cp.id, p.id)).config.client_secret, [SEED.clientSecret]);
      } finally {
        await b.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a lost key file is refused at start (the key generated in its place is removed); putting the file back works", async () => {
    const token = newAdminToken();
    const dir = mkdtempSync(join(tmpdir(), "api-keyfile-"));
    const keyFile = join(dir, "encryption.key");
    try {
      const a = await startApi({ dataDir: dir, bootstrapToken: token, keepDataDir: true });
      assert.equal(a.app.keySource, "file-created");
      const cp = await a.client.controlPlanes.create({ name: "file-keyed" });
      const p = await a.client.plugins.create(cp.id, JSON.parse(seedBody(SEED)));
      await a.close();
      const original = readFileSync(keyFile);
      rmSync(keyFile);
      await assert.rejects(buildApp({ dataDir: dir, logger: false }), (e: unknown) => e instanceof KeyCheckError && e.code === "ERR_ENCRYPTION_KEY_MISMATCH" && e.stored === keyFingerprint(Buffer.from(original.toString(), "base64")));
      assert.ok(!existsSync(keyFile), "the generated key file is not left behind for the next start to pick up");
      writeFileSync(keyFile, original, { mode: 0o600 });
      const b = await startApi({ dataDir: dir, bootstrapToken: token, keepDataDir: true });
      try {
        assert.equal(b.app.keySource, "file-existing");
        assert.deepEqual((await b.client.plugins.get(cp.id, p.id)).config.client_secret, [SEED.clientSecret]);
      } finally {
        await b.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a database from before the key check: a key that cannot open its stored secrets is refused; the right one is recorded", async () => {
    const token = newAdminToken();
    const dir = mkdtempSync(join(tmpdir(), "api-keyold-"));
    const [original, other] = [randomBytes(32), randomBytes(32)];
    try {
      const a = await startApi({ dataDir: dir, bootstrapToken: token, encryptionKey: original, keepDataDir: true });
      const cp = await a.client.controlPlanes.create({ name: "old" });
      await a.client.plugins.create(cp.id, JSON.parse(seedBody(SEED)));
      // What a database written before the check looks like: secrets, no fingerprint.
      await a.app.store.db.prisma.storeSetting.deleteMany({});
      await a.close();
      await assert.rejects(buildApp({ dataDir: dir, encryptionKey: other, logger: false }), isKeyMismatch(other, original));
      const b = await startApi({ dataDir: dir, bootstrapToken: token, encryptionKey: original, keepDataDir: true });
      try {
        const row = await b.app.store.db.prisma.storeSetting.findUnique({ where: { name: KEY_CHECK_SETTING } });
        assert.equal(row?.value, keyFingerprint(original));
      } finally {
        await b.close();
      }
      await assert.rejects(buildApp({ dataDir: dir, encryptionKey: other, logger: false }), isKeyMismatch(other, original));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects a malformed encryption key at start, saying how to make one", async () => {
    await assert.rejects(buildApp({ dataDir, encryptionKey: "c2hvcnQ=", logger: false }), /32 bytes.*openssl rand -base64 32/);
  });
});

describe("PostgreSQL: replicas", async () => {
  const handle = await startPostgres();
  const skip = handle.server ? false : `PostgreSQL unavailable: ${handle.skipReason}`;
  let server: PostgresServer;
  before(() => {
    if (handle.server) server = handle.server;
  });
  after(async () => {
    await handle.server?.stop();
  });

  it("concurrent starts apply the migrations exactly once (advisory lock); restarts apply nothing", { skip }, async () => {
    const databaseUrl = await server.createDatabase("race");
    const key = randomBytes(32).toString("base64");
    const dirs = [0, 1, 2, 3].map(() => mkdtempSync(join(tmpdir(), "api-race-")));
    try {
      const apps = await Promise.all(dirs.map((dataDir) => buildApp({ databaseUrl, dataDir, encryptionKey: key, logger: false })));
      const applied = apps.map((a) => a.store.db.migrations.applied);
      assert.equal(applied.filter((x) => x.length === ALL_MIGRATIONS.length).length, 1, JSON.stringify(applied));
      assert.equal(applied.filter((x) => x.length === 0).length, 3);
      await Promise.all(apps.map((a) => a.close()));
      const again = await buildApp({ databaseUrl, dataDir: dirs[0], encryptionKey: key, logger: false });
      assert.deepEqual(again.store.db.migrations.applied, []);
      await again.close();
      // A replica with another key is refused (the four above agreed on one recorded fingerprint).
      const other = randomBytes(32);
      await assert.rejects(buildApp({ databaseUrl, dataDir: dirs[1], encryptionKey: other, logger: false }), (e: unknown) => e instanceof KeyCheckError && e.code === "ERR_ENCRYPTION_KEY_MISMATCH" && e.stored === keyFingerprint(Buffer.from(key, "base64")));
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const rows = await client.query("SELECT name FROM _konnect_migrations");
      await client.end();
      assert.deepEqual(rows.rows.map((r) => r.name).sort(), ALL_MIGRATIONS);
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });

  describe("two API instances on one database", { skip }, () => {
    let a: Awaited<ReturnType<typeof startApi>>;
    let b: Awaited<ReturnType<typeof startApi>>;
    const token = newAdminToken();
    before(async () => {
      if (!handle.server) return;
      const databaseUrl = await server.createDatabase("replicas");
      const encryptionKey = randomBytes(32).toString("base64");
      a = await startApi({ databaseUrl, encryptionKey, bootstrapToken: token });
      b = await startApi({ databaseUrl, encryptionKey, bootstrapToken: token });
    });
    after(async () => {
      await a?.close();
      await b?.close();
    });

    it("a write through A wakes a long-poll held by B", async () => {
      const cp = await a.client.controlPlanes.create({ name: "replicated" });
      const dp = await a.client.dpTokens.create(cp.id, {});
      const pollB = rawClient(b.url, dp.token);
      const first = await pollB("GET", `/v2/control-planes/${cp.id}/data-plane/config`);
      assert.equal(first.status, 200);
      const held = pollB("GET", `/v2/control-planes/${cp.id}/data-plane/config?wait=30`, { headers: { "if-none-match": String(first.headers.etag) } });
      await until(() => b.app.store.versions.waiting(cp.id) === 1);
      const svc = await a.client.services.create(cp.id, { name: "via-a", host: "a.example" });
      const woken = await held;
      assert.equal(woken.status, 200, "woken by A's NOTIFY (a timeout would be 304)");
      assert.equal(woken.json.version, first.json.version + 1);
      assert.deepEqual(woken.json.services.map((s: { id: string }) => s.id), [svc.id]);
      // B serves the plugin A wrote, decrypted with the shared key
      await a.client.plugins.create(cp.id, JSON.parse(seedBody(SEED)));
      // NOTIFY reaches B asynchronously (milliseconds after A's commit): a long-poll, not a plain GET.
      const snap = await pollB("GET", `/v2/control-planes/${cp.id}/data-plane/config?wait=30`, { headers: { "if-none-match": String(woken.headers.etag) } });
      assert.equal(snap.status, 200);
      assert.deepEqual(snap.json.plugins[0].config.client_secret, [SEED.clientSecret]);
    });

    it("revoking a data-plane token through A locks it out of B at once", async () => {
      const cp = await a.client.controlPlanes.create({ name: "revocation" });
      const dp = await a.client.dpTokens.create(cp.id, {});
      const pollB = rawClient(b.url, dp.token);
      assert.equal((await pollB("GET", `/v2/control-planes/${cp.id}/data-plane/config`)).status, 200);
      await a.client.dpTokens.revoke(cp.id, dp.id);
      await until(async () => (await pollB("GET", `/v2/control-planes/${cp.id}/data-plane/config`)).status === 401, 3000);
    });

    it("while B's LISTEN connection is down, B still answers from the database and then reconnects", async () => {
      const cp = await a.client.controlPlanes.create({ name: "listener-down" });
      const dp = await a.client.dpTokens.create(cp.id, {});
      const pollB = rawClient(b.url, dp.token);
      const first = await pollB("GET", `/v2/control-planes/${cp.id}/data-plane/config`);
      const admin = new pg.Client({ connectionString: b.databaseUrl });
      await admin.connect();
      const killed = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query ILIKE 'LISTEN%' AND datname = current_database()");
      assert.ok(killed.rowCount! >= 2, "both replicas' listeners were terminated");
      await until(() => !b.app.store.versions.trustCache);
      await a.client.consumers.create(cp.id, { username: "while-down" });
      const during = await pollB("GET", `/v2/control-planes/${cp.id}/data-plane/config`, { headers: { "if-none-match": String(first.headers.etag) } });
      assert.equal(during.status, 200, "no stale 304 while notifications cannot be trusted");
      await until(() => b.app.store.versions.trustCache, 10_000);
      const held = pollB("GET", `/v2/control-planes/${cp.id}/data-plane/config?wait=30`, { headers: { "if-none-match": String(during.headers.etag) } });
      await until(() => b.app.store.versions.waiting(cp.id) === 1);
      await a.client.consumers.create(cp.id, { username: "after-reconnect" });
      assert.equal((await held).status, 200);
      await admin.end();
    });
  });
});

describe("PostgreSQL outage", async () => {
  // Needs a server this test may stop: a throwaway cluster of its own (not TEST_DATABASE_URL's).
  const own = await startPostgres({ throwaway: true });
  const skip = own.server ? false : `needs a throwaway PostgreSQL cluster (TEST_DATABASE_URL's server is shared): ${own.skipReason}`;
  after(async () => {
    await own?.server?.stop();
  });

  it("answers 503 ERR_UNAVAILABLE (with Retry-After) while the database is gone, polls included", { skip }, async () => {
    const api = await startApi({ databaseUrl: await own!.server!.createDatabase("outage") });
    try {
      const http = rawClient(api.url, api.adminToken);
      const cp = (await http("POST", "/v2/control-planes", { body: { name: "outage" } })).json;
      const dp = (await http("POST", `/v2/control-planes/${cp.id}/dp-tokens`, { body: {} })).json.item;
      const first = await http("GET", `/v2/control-planes/${cp.id}/data-plane/config`, { token: dp.token });
      await own!.server!.stop();
      const read = await http("GET", `/v2/control-planes/${cp.id}`);
      assert.equal(read.status, 503);
      assert.equal(read.json.code, "ERR_UNAVAILABLE");
      assert.match(read.contentType, /problem\+json/);
      assert.equal(read.headers["retry-after"], "1");
      const write = await http("POST", `/v2/control-planes/${cp.id}/core-entities/services`, { body: { host: "a.example" } });
      assert.equal(write.status, 503);
      assert.match(write.contentType, /^application\/json/);
      // The NOTIFY connection died with the server, so the cached version is not trusted either:
      // proxies get 503 and keep serving their last good snapshot rather than a possibly stale 304.
      await until(() => !api.app.store.versions.trustCache);
      const poll = await http("GET", `/v2/control-planes/${cp.id}/data-plane/config`, { token: dp.token, headers: { "if-none-match": String(first.headers.etag) } });
      assert.equal(poll.status, 503);
      assert.equal(poll.json.code, "ERR_UNAVAILABLE");
    } finally {
      await api.close().catch(() => undefined);
    }
  });
});

async function until(cond: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}
