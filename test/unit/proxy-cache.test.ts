// The encrypted last-good snapshot and the node id on disk.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { SnapshotCache, loadOrCreateNodeId } from "../../proxy/sync/cache.ts";

let dir: string;
const cp = randomUUID();
const token = `kdp_${randomUUID().replace(/-/g, "")}`;
const secret = `client-secret-${randomUUID()}`;
const snap = { control_plane_id: cp, version: 7, config_hash: "a".repeat(64), plugins: [{ config: { client_secret: [secret] } }] };

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "proxy-cache-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("round trip; the file holds neither the secret nor the token in clear; owner-only; no temp files left", async () => {
  const cache = new SnapshotCache(dir, token, cp);
  await cache.save(snap);
  const loaded = await cache.load();
  assert.deepEqual(loaded?.snapshot, snap);
  const raw = await readFile(cache.file, "utf8");
  assert.ok(!raw.includes(secret));
  assert.ok(!raw.includes("client_secret"));
  assert.ok(!raw.includes(token));
  assert.equal((await stat(cache.file)).mode & 0o777, 0o600);
  assert.deepEqual((await readdir(dir)).filter((f) => f.endsWith(".tmp")), []);
});

test("another token cannot read it; a modified file is refused", async () => {
  const cache = new SnapshotCache(dir, token, cp);
  await cache.save(snap);
  await assert.rejects(new SnapshotCache(dir, `kdp_${randomUUID()}`, cp).load(), { code: "PROXY_CACHE_UNREADABLE" });
  await assert.rejects(new SnapshotCache(dir, token, randomUUID()).load(), { code: "PROXY_CACHE_UNREADABLE" });
  const file = JSON.parse(await readFile(cache.file, "utf8")) as { version: number; data: string };
  await writeFile(cache.file, JSON.stringify({ ...file, version: 8 }));
  await assert.rejects(cache.load(), { code: "PROXY_CACHE_UNREADABLE" }, "the clear header is authenticated");
  const bytes = Buffer.from(file.data, "base64");
  bytes[0] ^= 1;
  await writeFile(cache.file, JSON.stringify({ ...file, data: bytes.toString("base64") }));
  await assert.rejects(cache.load(), { code: "PROXY_CACHE_UNREADABLE" });
  await writeFile(cache.file, '{"trunc');
  await assert.rejects(cache.load(), { code: "PROXY_CACHE_UNREADABLE" });
});

test("a truncated authentication tag is refused (GCM would accept its 4-byte prefix)", async () => {
  const cache = new SnapshotCache(dir, token, cp);
  await cache.save(snap);
  const file = JSON.parse(await readFile(cache.file, "utf8")) as { tag: string };
  const short = Buffer.from(file.tag, "base64").subarray(0, 4).toString("base64");
  await writeFile(cache.file, JSON.stringify({ ...file, tag: short }));
  await assert.rejects(cache.load(), { code: "PROXY_CACHE_UNREADABLE" });
});

test("no file: null", async () => {
  const empty = await mkdtemp(join(tmpdir(), "proxy-cache-empty-"));
  assert.equal(await new SnapshotCache(empty, token, cp).load(), null);
  await rm(empty, { recursive: true });
});

test("the node id is created once and then stable", async () => {
  const a = await loadOrCreateNodeId(dir);
  const b = await loadOrCreateNodeId(dir);
  assert.match(a, /^[0-9a-f-]{36}$/);
  assert.equal(a, b);
});
