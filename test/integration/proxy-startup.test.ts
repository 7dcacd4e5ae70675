// `npm run proxy` with missing or invalid settings: exit code 2, one line per problem naming the
// variable and flag, and never the token itself; a busy PROXY_PORT / PROXY_STATUS_PORT: exit 1
// with one PROXY_PORT_IN_USE line.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type AddressInfo, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { PROJECT_ROOT } from "../support/processes.ts";

function run(env: Record<string, string>, args: string[] = []) {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith("KONNECT_") && !k.startsWith("PROXY_")) clean[k] = v;
  return spawnSync(process.execPath, ["--import", "tsx", "proxy/main.ts", ...args], { cwd: PROJECT_ROOT, env: { ...clean, ...env }, encoding: "utf8", timeout: 30_000 });
}

test("no settings: exit 2 naming every required one", () => {
  const r = run({});
  assert.equal(r.status, 2);
  for (const name of ["KONNECT_SERVER_URL (--server-url)", "KONNECT_CONTROL_PLANE_ID (--control-plane-id)", "KONNECT_DP_TOKEN (--dp-token)"]) assert.ok(r.stderr.includes(name), `${name} in:\n${r.stderr}`);
  assert.ok(r.stderr.includes("usage: npm run proxy"));
});

test("a wrong token kind and a bad port: exit 2, the token is not echoed", () => {
  const token = "kpat_should-never-appear-in-output-12345";
  const r = run({ KONNECT_SERVER_URL: "http://127.0.0.1:1", KONNECT_CONTROL_PLANE_ID: "3f1c9a52-5d7e-4a8b-9c0d-1e2f3a4b5c6d", KONNECT_DP_TOKEN: token, PROXY_PORT: "http" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /KONNECT_DP_TOKEN \(--dp-token\) must be a data-plane credential starting with kdp_/);
  assert.match(r.stderr, /PROXY_PORT \(--port\) must be an integer/);
  assert.ok(!r.stderr.includes(token) && !r.stdout.includes(token));
});

test("--help prints every flag with its variable", () => {
  const r = run({}, ["--help"]);
  assert.equal(r.status, 0);
  for (const flag of ["--server-url", "--control-plane-id", "--dp-token", "--port", "--status-port", "--cache-dir", "--redis-url"]) assert.ok(r.stdout.includes(flag), flag);
});

describe("a busy port: exit 1 with one line naming the port and its variable", () => {
  let busy: Server;
  let busyPort: number;
  let cacheDir: string;
  before(async () => {
    busy = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    busyPort = (busy.address() as AddressInfo).port;
    cacheDir = await mkdtemp(join(tmpdir(), "proxy-busy-"));
  });
  after(async () => {
    await new Promise<void>((r) => busy.close(() => r()));
    await rm(cacheDir, { recursive: true, force: true });
  });

  for (const variable of ["PROXY_PORT", "PROXY_STATUS_PORT"] as const) {
    test(variable, () => {
      const token = `kdp_${randomUUID().replace(/-/g, "")}`;
      const r = run({
        // Never contacted: the listeners open before the first poll.
        KONNECT_SERVER_URL: "http://127.0.0.1:1",
        KONNECT_CONTROL_PLANE_ID: randomUUID(),
        KONNECT_DP_TOKEN: token,
        PROXY_LISTEN_HOST: "127.0.0.1",
        PROXY_CACHE_DIR: cacheDir,
        PROXY_PORT: "0",
        PROXY_STATUS_PORT: "0",
        [variable]: String(busyPort),
      });
      assert.equal(r.status, 1);
      const lines = `${r.stdout}${r.stderr}`.split("\n").filter((l) => l.trim() !== "");
      assert.equal(lines.length, 1, lines.join("\n"));
      const line = JSON.parse(lines[0]) as Record<string, unknown>;
      assert.equal(line.code, "PROXY_PORT_IN_USE");
      assert.equal(line.port, busyPort);
      assert.equal(line.variable, variable);
      assert.ok(String(line.msg).includes(`${variable}=`) && String(line.msg).includes(String(busyPort)), String(line.msg));
      assert.ok(!lines[0].includes(token));
    });
  }
});
