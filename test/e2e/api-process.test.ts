// The API as users run it: `npm start` (tsx api/main.ts) as a separate process on SQLite, the tokens
// CLI against the same data dir, graceful SIGTERM with a long-poll held, and logs free of credentials.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { seedBody } from "../fixtures/seed-openid-connect.ts";
import { loadMigrations } from "../../api/store/migrator.ts";
import { rawClient } from "../support/api-http.ts";
import { newAdminToken } from "../support/api-server.ts";
import { PROJECT_ROOT, startProcess, tsxArgs, type ManagedProcess } from "../support/processes.ts";

const run = promisify(execFile);
const SECRET = "e2e-client-secret-61b0";

function withoutTestContext(): NodeJS.ProcessEnv {
  const { NODE_TEST_CONTEXT: _ignored, ...rest } = process.env;
  return rest;
}

describe("API process (npm start)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "api-e2e-"));
  const bootstrap = newAdminToken();
  let api: ManagedProcess;
  let url: string;
  // NODE_TEST_CONTEXT (set by node --test) would make the children behave as test workers.
  const env = { NODE_TEST_CONTEXT: undefined, DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", KONNECT_BOOTSTRAP_TOKEN: bootstrap, KONNECT_AUTH_CACHE_TTL_MS: "200", LOG_LEVEL: "info", DATABASE_URL: "" };
  const tokensCli = (...args: string[]) => run(process.execPath, ["--import", "tsx", "api/cli/tokens.ts", ...args], { cwd: PROJECT_ROOT, env: { ...withoutTestContext(), DATA_DIR: dataDir, DATABASE_URL: "" } });

  before(async () => {
    const { command, args } = tsxArgs("api/main.ts");
    api = await startProcess({ name: "api", command, args, env, ready: /"msg":"API listening"/ });
    url = JSON.parse(api.readyLine).address;
  });
  after(async () => {
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves with the bootstrap token, keeps its key file private, and applies migrations once", async () => {
    const http = rawClient(url, bootstrap);
    assert.equal((await http("GET", "/healthz", { token: null })).json.store, "sqlite");
    const cp = await http("POST", "/v2/control-planes", { body: { name: "e2e" } });
    assert.equal(cp.status, 201, cp.text);
    assert.equal(cp.json.config.control_plane_endpoint, url);
    assert.equal(statSync(join(dataDir, "encryption.key")).mode & 0o777, 0o600);
    const started = api.jsonLines().find((l) => l.msg === "API listening") as { migrations: { applied: string[] } };
    assert.deepEqual(started.migrations.applied, loadMigrations("sqlite").map((m) => m.name));
  });

  it("tokens CLI: create prints a working token once; list never shows it; revoke locks it out", async () => {
    const created = await tokensCli("create", "--name", "e2e-cli", "--kind", "spat");
    const token = created.stdout.trim();
    assert.match(token, /^spat_[A-Za-z0-9_-]{43}$/);
    assert.match(created.stderr, /shown only now/);
    const http = rawClient(url, token);
    assert.equal((await http("GET", "/v2/control-planes")).status, 200);
    const listed = await tokensCli("list");
    assert.match(listed.stdout, /\tspat\te2e-cli\t/);
    assert.ok(!listed.stdout.includes(token) && !listed.stdout.includes(bootstrap));
    await tokensCli("revoke", "e2e-cli");
    const deadline = Date.now() + 5000;
    let status = 0;
    while (Date.now() < deadline && (status = (await http("GET", "/v2/control-planes")).status) !== 401) await new Promise((r) => setTimeout(r, 50));
    assert.equal(status, 401, "revocation reaches the running API once its short verification cache expires");
    await assert.rejects(tokensCli("revoke", "e2e-cli"), (e: { code?: number }) => e.code === 1);
    await assert.rejects(tokensCli("frobnicate"), (e: { code?: number }) => e.code === 2);
  });

  it("SIGTERM: a held long-poll is answered (304), the process exits 0, and the logs hold no credentials", async () => {
    const http = rawClient(url, bootstrap);
    const cp = (await http("POST", "/v2/control-planes", { body: { name: "e2e-term" } })).json;
    assert.equal((await http("POST", `/v2/control-planes/${cp.id}/core-entities/plugins`, { body: seedBody({ issuer: "https://b.example", clientId: "gw", clientSecret: SECRET, subjectTokenIssuer: "https://a.example" }) })).status, 201);
    const dp = (await http("POST", `/v2/control-planes/${cp.id}/dp-tokens`, { body: {} })).json.item;
    const poll = rawClient(url, dp.token);
    const first = await poll("GET", `/v2/control-planes/${cp.id}/data-plane/config`, { headers: { "x-node-id": "n1" } });
    assert.equal(first.status, 200);
    const held = poll("GET", `/v2/control-planes/${cp.id}/data-plane/config?wait=60`, { headers: { "if-none-match": String(first.headers.etag) } });
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    const exit = api.stop(15_000);
    const res = await held;
    assert.equal(res.status, 304);
    assert.ok(Date.now() - started < 10_000, "the long-poll did not hold the shutdown for its full wait");
    assert.deepEqual(await exit, { code: 0, signal: null });
    const logs = api.lines().join("\n");
    assert.ok(logs.includes("shutting down"));
    for (const clear of [bootstrap, dp.token, SECRET]) assert.ok(!logs.includes(clear), `${clear.slice(0, 10)}… in the logs`);
  });

  it("refuses to start with an encryption key other than the database's, with a clear message and no key in it", async () => {
    const { command, args } = tsxArgs("api/main.ts");
    const other = randomBytes(32).toString("base64");
    await assert.rejects(
      startProcess({ name: "wrong-key-api", command, args, env: { ...env, KONNECT_ENCRYPTION_KEY: other }, ready: /API listening/, timeoutMs: 15_000 }),
      (e: Error) => /KONNECT_ENCRYPTION_KEY does not match the key this database was written with \(fingerprint [0-9a-f]{16}…/.test(e.message) && !e.message.includes(other),
    );
  });

  // Used to end with the socket's raw "listen EADDRINUSE: address already in use …".
  it("a busy port: one line naming the port, PORT= and HOST=, exit 1", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
    const { port } = blocker.address() as AddressInfo;
    try {
      const failed = await run(process.execPath, ["--import", "tsx", "api/main.ts"], { cwd: PROJECT_ROOT, env: { ...withoutTestContext(), ...env, NODE_TEST_CONTEXT: undefined, PORT: String(port), KONNECT_BOOTSTRAP_TOKEN: "", LOG_LEVEL: "warn" } }).then(
        () => assert.fail("the API started on a busy port"),
        (e: { code?: number; stdout: string; stderr: string }) => e,
      );
      assert.equal(failed.code, 1);
      const lines = failed.stderr.split("\n").filter((l) => l.trim() !== "");
      assert.equal(lines.length, 1, failed.stderr);
      assert.ok(lines[0].includes(`port ${port} on 127.0.0.1`) && lines[0].includes("PORT=") && lines[0].includes("HOST="), lines[0]);
      assert.equal(failed.stdout.trim(), "", "no log lines at LOG_LEVEL=warn");
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it("refuses to start on a node limit or retention out of range, naming the variable", async () => {
    const { command, args } = tsxArgs("api/main.ts");
    for (const [name, value] of [["KONNECT_NODE_RETENTION_SECONDS", "9000000000000"], ["KONNECT_MAX_NODES_PER_CONTROL_PLANE", "0"], ["KONNECT_NODE_RETENTION_SECONDS", "1.5"]]) {
      await assert.rejects(
        startProcess({ name: "bad-env-api", command, args, env: { ...env, [name]: value }, ready: /API listening/, timeoutMs: 15_000 }),
        new RegExp(`${name} must be a whole number from 1 to \\d+, got "${value.replace(".", "\\.")}"`),
      );
    }
  });

  it("refuses to start on an unsupported DATABASE_URL, with a clear message", async () => {
    const { command, args } = tsxArgs("api/main.ts");
    await assert.rejects(
      startProcess({ name: "bad-api", command, args, env: { ...env, DATABASE_URL: "mysql://x@localhost/db" }, ready: /API listening/, timeoutMs: 15_000 }),
      /DATABASE_URL must start with postgresql:\/\/ or file:/,
    );
  });
});
