// api/store/secrets.ts: which config values are secret (from the contract's JSON schema), sealing,
// and key handling.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ApiProblem } from "../../api/http/problems.ts";
import { SecretBox, loadEncryptionKey, openPluginConfig, pluginSecretPaths, sealPluginConfig } from "../../api/store/secrets.ts";

describe("secret paths", () => {
  it("come from the contract's secret markers, including nested and array items", () => {
    const paths = pluginSecretPaths("openid-connect").map((p) => p.join("."));
    for (const expected of ["client_secret", "client_id", "session_secret", "client_jwk.*.d", "client_jwk.*.k", "redis.password", "redis.sentinel_password", "cluster_cache_redis.password", "redis.cloud_authentication.aws_secret_access_key"]) {
      assert.ok(paths.includes(expected), `${expected} missing from ${paths.join(", ")}`);
    }
    assert.ok(!paths.includes("issuer") && !paths.includes("client_jwk.*.n"), "public values stay in clear");
    assert.deepEqual(pluginSecretPaths("no-such-plugin"), []);
  });
});

describe("sealing", () => {
  const box = new SecretBox(randomBytes(32));
  const config = { issuer: "https://i", client_id: ["cid"], client_secret: ["s1", "s2"], client_jwk: [{ kty: "RSA", n: "pub", d: "priv" }], redis: { host: "r", password: null }, session_secret: null };

  it("replaces every secret value and restores it", () => {
    const sealed = sealPluginConfig(box, "openid-connect", config);
    const text = JSON.stringify(sealed);
    for (const clear of ["cid", "s1", "s2", "priv"]) assert.ok(!text.includes(`"${clear}"`), clear);
    assert.equal((sealed.client_jwk as { n: string }[])[0].n, "pub");
    assert.equal((sealed.redis as { password: null }).password, null, "null stays null");
    assert.deepEqual(openPluginConfig(box, "openid-connect", sealed), config);
    assert.notEqual(JSON.stringify(sealPluginConfig(box, "openid-connect", config)), text, "random IVs");
  });

  it("binds a ciphertext to its field and key", () => {
    const sealed = sealPluginConfig(box, "openid-connect", config);
    const moved = { ...sealed, client_id: sealed.client_secret };
    assert.throws(() => openPluginConfig(box, "openid-connect", moved), (e: unknown) => e instanceof ApiProblem && e.code === "ERR_SECRET_UNREADABLE");
    assert.throws(() => openPluginConfig(new SecretBox(randomBytes(32)), "openid-connect", sealed), (e: unknown) => e instanceof ApiProblem && e.code === "ERR_SECRET_UNREADABLE");
  });
});

describe("encryption key", () => {
  it("creates a 0600 key file once and reuses it; validates explicit keys", () => {
    const dir = mkdtempSync(join(tmpdir(), "key-"));
    try {
      const a = loadEncryptionKey({ dataDir: dir });
      assert.equal(a.source, "file-created");
      assert.equal(statSync(a.file!).mode & 0o777, 0o600);
      const b = loadEncryptionKey({ dataDir: dir });
      assert.equal(b.source, "file-existing");
      assert.ok(a.key.equals(b.key));
      assert.equal(loadEncryptionKey({ dataDir: dir, key: randomBytes(32).toString("base64") }).source, "option");
      assert.throws(() => loadEncryptionKey({ dataDir: dir, key: "dG9vIHNob3J0" }), /32 bytes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
