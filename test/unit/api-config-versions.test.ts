// api/store/config-versions.ts and the If-None-Match parser: the in-memory side of long-polling.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseIfNoneMatch } from "../../api/http/data-plane.ts";
import { ReadWriteLock } from "../../api/store/database.ts";
import { ConfigVersions } from "../../api/store/config-versions.ts";

describe("ConfigVersions", () => {
  it("loads once, then answers from memory; only moves forward", async () => {
    let loads = 0;
    const v = new ConfigVersions(async () => (loads++, 5));
    assert.equal(await v.current("cp"), 5);
    assert.equal(await v.current("cp"), 5);
    assert.equal(loads, 1);
    v.observe("cp", 4);
    assert.equal(await v.current("cp"), 5);
    v.observe("cp", 6);
    assert.equal(await v.current("cp"), 6);
  });

  it("reads the database every time while the cache is not trusted", async () => {
    let loads = 0;
    const v = new ConfigVersions(async () => (loads++, 1));
    v.trustCache = false;
    await v.current("cp");
    await v.current("cp");
    assert.equal(loads, 2);
    assert.equal(v.peek("cp"), undefined);
  });

  it("wakes waiters on a new version, not on an old one; no lost wake-up after a change", async () => {
    const v = new ConfigVersions(async () => 1);
    await v.current("cp");
    let woke = false;
    const waiting = v.wait("cp", 1, 60_000).then(() => (woke = true));
    assert.equal(v.waiting("cp"), 1);
    v.observe("cp", 1);
    await new Promise((r) => setImmediate(r));
    assert.equal(woke, false);
    v.observe("cp", 2);
    await waiting;
    assert.equal(v.waiting("cp"), 0);
    // The version moved before the wait started: resolves at once.
    await v.wait("cp", 1, 60_000);
  });

  it("releases waiters on abort, timeout, removal and close", async () => {
    const v = new ConfigVersions(async () => 1);
    await v.current("cp");
    const ac = new AbortController();
    const aborted = v.wait("cp", 1, 60_000, ac.signal);
    ac.abort();
    await aborted;
    await v.wait("cp", 1, 5);
    const removed = v.wait("cp", 1, 60_000);
    v.removed("cp");
    await removed;
    await v.current("cp");
    const closing = v.wait("cp", 1, 60_000);
    v.close();
    await closing;
    assert.equal(v.waiting(), 0);
    await v.wait("cp", 1, 60_000); // after close: immediate
  });
});

describe("If-None-Match", () => {
  it("accepts strong, weak, lists and *", () => {
    assert.deepEqual([...parseIfNoneMatch('"7"').versions], [7]);
    assert.deepEqual([...parseIfNoneMatch('W/"7", "8"').versions], [7, 8]);
    assert.equal(parseIfNoneMatch("*").any, true);
    assert.equal(parseIfNoneMatch('"abc"').versions.size, 0);
    assert.equal(parseIfNoneMatch(undefined).versions.size, 0);
  });
});

describe("ReadWriteLock", () => {
  it("runs readers together, a writer alone, and does not starve writers", async () => {
    const lock = new ReadWriteLock();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const r1 = lock.read(async () => { log.push("r1+"); await gate; log.push("r1-"); });
    const r2 = lock.read(async () => { log.push("r2+"); log.push("r2-"); });
    const w = lock.write(async () => { log.push("w+"); log.push("w-"); });
    const r3 = lock.read(async () => { log.push("r3"); });
    await new Promise((r) => setImmediate(r));
    release();
    await Promise.all([r1, r2, w, r3]);
    assert.deepEqual(log, ["r1+", "r2+", "r2-", "r1-", "w+", "w-", "r3"]);
  });
});
