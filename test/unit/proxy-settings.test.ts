// Settings: environment variables, mirroring flags, and clear errors that never echo the token.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SettingsError, loadSettings } from "../../proxy/settings.ts";
import { backoffDelay } from "../../proxy/sync/poller.ts";
import { classifyUpstreamError } from "../../proxy/forward.ts";
import { errorBody, errorFormat, errorResponse } from "../../proxy/errors.ts";

const cp = "3f1c9a52-5d7e-4a8b-9c0d-1e2f3a4b5c6d";
const env = { KONNECT_SERVER_URL: "http://127.0.0.1:8080", KONNECT_CONTROL_PLANE_ID: cp, KONNECT_DP_TOKEN: "kdp_0123456789abcdef0123" };

test("defaults and environment", () => {
  const s = loadSettings([], env);
  assert.equal(s.port, 8000);
  assert.equal(s.statusPort, 8100);
  assert.ok(s.cacheDir.endsWith(`data/proxy-${cp}`));
  assert.equal(s.redisUrl, undefined);
  assert.equal(s.pollWaitSeconds, 30);
});

test("flags mirror and override the environment", () => {
  const s = loadSettings(["--port", "9000", "--cache-dir", "/tmp/pc", "--redis-url", "redis://127.0.0.1:6379"], env);
  assert.equal(s.port, 9000);
  assert.equal(s.cacheDir, "/tmp/pc");
  assert.equal(s.redisUrl, "redis://127.0.0.1:6379");
});

test("every problem is reported at once, with the variable and flag names", () => {
  const err = (() => {
    try {
      loadSettings(["--port", "99999"], {});
    } catch (e) {
      return e as SettingsError;
    }
  })();
  assert.ok(err instanceof SettingsError);
  assert.equal(err.code, "PROXY_SETTINGS_INVALID");
  const text = err.problems.join("\n");
  for (const name of ["KONNECT_SERVER_URL (--server-url)", "KONNECT_CONTROL_PLANE_ID", "KONNECT_DP_TOKEN", "PROXY_PORT (--port)"]) assert.ok(text.includes(name), name);
});

test("a token of the wrong kind is refused without being echoed", () => {
  const secret = "kpat_this-is-a-personal-token-not-a-dp-one";
  assert.throws(
    () => loadSettings([], { ...env, KONNECT_DP_TOKEN: secret }),
    (e: SettingsError) => e.problems.some((p) => p.includes("kdp_")) && !e.message.includes(secret),
  );
  assert.throws(() => loadSettings([], { ...env, KONNECT_CONTROL_PLANE_ID: "not-a-uuid" }), /must be a UUID/);
  assert.throws(() => loadSettings([], { ...env, KONNECT_SERVER_URL: "ftp://x" }), /http:\/\/ or https:\/\//);
  // A URL with credentials is quoted without them.
  for (const bad of ["ftp://admin:pw-s3cret@host", "admin:pw-s3cret@host/x"]) {
    assert.throws(() => loadSettings([], { ...env, KONNECT_SERVER_URL: bad }), (e: SettingsError) => e.problems.some((p) => p.includes("KONNECT_SERVER_URL")) && !e.message.includes("pw-s3cret"));
  }
  assert.throws(() => loadSettings(["--unknown-flag", "1"], env), SettingsError);
});

test("retry backoff is capped, grows exponentially and is jittered within [step/2, step]", () => {
  const policy = { initialMs: 100, maxMs: 1000 };
  for (let i = 0; i < 50; i++) {
    const d1 = backoffDelay(1, policy);
    assert.ok(d1 >= 50 && d1 <= 100);
    const d3 = backoffDelay(3, policy);
    assert.ok(d3 >= 200 && d3 <= 400);
    const d20 = backoffDelay(20, policy);
    assert.ok(d20 >= 500 && d20 <= 1000);
  }
});

test("upstream errors map to Kong's statuses", () => {
  assert.equal(classifyUpstreamError({ code: "ECONNREFUSED" }), "PROXY_UPSTREAM_UNREACHABLE");
  assert.equal(classifyUpstreamError({ code: "UND_ERR_SOCKET" }), "PROXY_UPSTREAM_UNREACHABLE");
  assert.equal(classifyUpstreamError({ code: "UND_ERR_CONNECT_TIMEOUT" }), "PROXY_UPSTREAM_TIMEOUT");
  assert.equal(classifyUpstreamError({ code: "UND_ERR_HEADERS_TIMEOUT" }), "PROXY_UPSTREAM_TIMEOUT");
  assert.equal(classifyUpstreamError({ code: "ENOTFOUND" }), "PROXY_UPSTREAM_DNS");
  assert.equal(errorResponse("PROXY_UPSTREAM_DNS", "x", undefined).status, 503);
});

test("error bodies: Kong's JSON template, Accept negotiation by q-value", () => {
  assert.equal(errorFormat(undefined), "json");
  assert.equal(errorFormat("*/*"), "json");
  assert.equal(errorFormat("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"), "html");
  assert.equal(errorFormat("application/json;q=0.5, text/plain"), "text");
  assert.equal(errorFormat("application/xml"), "xml");
  assert.equal(errorBody('say "hi"', "abc").body, '{\n  "message":"say \\"hi\\"",\n  "request_id":"abc"\n}');
  assert.equal(errorBody("m", null).body, '{\n  "message":"m"\n}');
  assert.match(errorBody("<b>", "id", "html").body, /&lt;b&gt;/);
});
