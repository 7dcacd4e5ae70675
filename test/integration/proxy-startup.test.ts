// `npm run proxy` with missing or invalid settings: exit code 2, one line per problem naming the
// variable and flag, and never the token itself.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
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
