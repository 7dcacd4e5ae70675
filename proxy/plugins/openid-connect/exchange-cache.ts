// Exchanged-token cache: in-process LRU + single flight, optionally shared through Redis.
//
// Keys: `<params hash>:<subject token hash>` where the params hash covers the token endpoint,
// client id, sorted audiences, scopes, requested token type and the exchanged token's verifier
// (see exchangeParamsHash), so
// entries can only be found by someone holding the same subject token asking for the same thing:
// no user ever receives another user's token.
// TTL: chosen by the caller as min(exp_subject, exp_exchanged, ttl) − margin; entries are never
// extended on a hit (lru-cache does not refresh TTL on get unless asked to).
// Redis: the value is AES-256-GCM encrypted with a key derived (HKDF) from the subject token
// itself, so a Redis dump reveals nothing usable without the subject token; Redis expires it.
// The holder of a subject token can derive that key too, so entries read back are re-verified
// by the caller (ResolveHooks.acceptShared) before use.
// A short Redis lock (SET NX PX) lets N replicas exchange a given token once.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Redis } from "ioredis";
import type { Logger } from "../types.ts";
import type { Claims } from "./verify.ts";

export interface CachedExchange {
  /** The exchanged (target-issuer) access token. */
  token: string;
  /** Its verified claims. */
  claims: Claims;
  /** Epoch ms after which the entry must not be used (the expiry margin already taken off). */
  expiresAt: number;
}

export interface ExchangeKeyParts {
  tokenEndpoint: string;
  clientId: string;
  audiences: readonly string[];
  scopes: readonly string[];
  requestedTokenType: string;
  /**
   * Who verified the exchanged token (the target issuer's identity, plus the HS secret's hash
   * when HS tokens are allowed) and for how long it may be reused (the cache ttl). Two instances
   * sharing a token endpoint but trusting different issuers, or allowing a shorter reuse, must
   * not take each other's entries.
   */
  verifier?: string;
}

/** Hash of everything that shapes an exchange besides the subject token. */
export function exchangeParamsHash(p: ExchangeKeyParts): string {
  const canonical = JSON.stringify([p.tokenEndpoint, p.clientId, [...p.audiences].sort(), [...p.scopes].sort(), p.requestedTokenType, p.verifier ?? ""]);
  return createHash("sha256").update(canonical).digest("base64url");
}

export interface ExchangeCacheStats {
  hits: number;
  misses: number;
  /** Times the producer (a real exchange) ran. */
  produced: number;
  /** Requests that joined an exchange already in flight. */
  joined: number;
  sharedHits: number;
  sharedErrors: number;
  /** Entries read from Redis that failed re-verification. */
  sharedRejected: number;
  /** Requests answered from a remembered refusal. */
  failureHits: number;
}

/** Redis layer; every failure degrades to "not found" so Redis can never break a request. */
export class SharedExchangeStore {
  private lastErrorLog = 0;
  constructor(private readonly redis: Redis, private readonly log: Logger, private readonly prefix = "kcs:oidc:tx:") {}

  private encKey(cacheKey: string, subjectToken: string): Buffer {
    return Buffer.from(hkdfSync("sha256", subjectToken, cacheKey, "openid-connect exchange cache v1", 32));
  }

  private noteError(e: unknown): void {
    const now = Date.now();
    if (now - this.lastErrorLog > 10_000) {
      this.lastErrorLog = now;
      this.log.warn({ code: "OIDC_SHARED_CACHE_ERROR", err: (e as Error)?.message }, "shared exchange cache unavailable; using the local cache only");
    }
  }

  async get(cacheKey: string, subjectToken: string): Promise<CachedExchange | undefined> {
    let raw: string | null;
    try {
      raw = await this.redis.get(this.prefix + cacheKey);
    } catch (e) {
      this.noteError(e);
      throw e;
    }
    if (!raw) return undefined;
    try {
      const buf = Buffer.from(raw, "base64url");
      const iv = buf.subarray(0, 12), tag = buf.subarray(12, 28), ct = buf.subarray(28);
      const d = createDecipheriv("aes-256-gcm", this.encKey(cacheKey, subjectToken), iv, { authTagLength: 16 });
      d.setAAD(Buffer.from(cacheKey));
      d.setAuthTag(tag);
      const entry = JSON.parse(Buffer.concat([d.update(ct), d.final()]).toString("utf8")) as CachedExchange;
      return entry.expiresAt > Date.now() ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  async set(cacheKey: string, subjectToken: string, entry: CachedExchange, ttlMs: number): Promise<void> {
    try {
      const iv = randomBytes(12);
      const c = createCipheriv("aes-256-gcm", this.encKey(cacheKey, subjectToken), iv);
      c.setAAD(Buffer.from(cacheKey));
      const ct = Buffer.concat([c.update(JSON.stringify(entry), "utf8"), c.final()]);
      const value = Buffer.concat([iv, c.getAuthTag(), ct]).toString("base64url");
      await this.redis.set(this.prefix + cacheKey, value, "PX", Math.max(1, Math.floor(ttlMs)));
    } catch (e) {
      this.noteError(e);
    }
  }

  async tryLock(cacheKey: string, ttlMs: number): Promise<boolean> {
    try {
      return (await this.redis.set(`${this.prefix}lock:${cacheKey}`, "1", "PX", Math.max(1, Math.floor(ttlMs)), "NX")) === "OK";
    } catch (e) {
      this.noteError(e);
      return true; // Redis down: behave like a single replica.
    }
  }

  async unlock(cacheKey: string): Promise<void> {
    try {
      await this.redis.del(`${this.prefix}lock:${cacheKey}`);
    } catch (e) {
      this.noteError(e);
    }
  }
}

/** Verifies (and may re-bound) an entry read from the shared store; undefined or a throw = unusable. */
export type SharedEntryCheck = (entry: CachedExchange) => Promise<CachedExchange | undefined>;

export interface ResolveHooks {
  /** See `resolve`. */
  acceptShared?: SharedEntryCheck;
  /**
   * How long (ms) a failed exchange is remembered for its key (≤ 0: not at all). Callers name
   * only definitive refusals: remembering an outage would outlast it.
   */
  failureTtlMs?: (error: unknown) => number;
}

export interface Produced {
  entry: CachedExchange;
  /** How long the entry may be cached (ms); ≤ 0 means "use once, don't cache". */
  ttlMs: number;
}

const LOCK_POLL_MS = 20;

export class ExchangeCache {
  readonly stats: ExchangeCacheStats = { hits: 0, misses: 0, produced: 0, joined: 0, sharedHits: 0, sharedErrors: 0, sharedRejected: 0, failureHits: 0 };
  private readonly lru: LRUCache<string, CachedExchange>;
  private readonly inflight = new Map<string, Promise<CachedExchange>>();
  /** Recent definitive refusals, so one refused token cannot make every request call the IdP. */
  private readonly failures: LRUCache<string, { error: unknown }>;

  constructor(max: number, private readonly shared?: SharedExchangeStore) {
    this.lru = new LRUCache<string, CachedExchange>({ max, ttlAutopurge: false, updateAgeOnGet: false });
    this.failures = new LRUCache<string, { error: unknown }>({ max: Math.max(1, Math.min(max, 10_000)), ttlAutopurge: false, updateAgeOnGet: false });
  }

  get size(): number {
    return this.lru.size;
  }

  /** Synchronous local lookup (the warm path). `nowMs` lets a caller that already read the clock pass it. */
  get(key: string, nowMs: number = Date.now()): CachedExchange | undefined {
    const e = this.lru.get(key);
    if (e && e.expiresAt > nowMs) {
      this.stats.hits++;
      return e;
    }
    return undefined;
  }

  /**
   * Returns the cached exchange for `key` or runs `produce` once for all concurrent callers
   * (and, with Redis, once across replicas while the lock holder is alive). `acceptShared`
   * checks an entry read from Redis before it is used (and returns it, possibly re-bounded):
   * Redis is shared infrastructure, so what it holds is re-verified, never trusted as is.
   */
  resolve(key: string, subjectToken: string, useCache: boolean, waitMs: number, produce: () => Promise<Produced>, hooks: ResolveHooks = {}): Promise<CachedExchange> {
    if (useCache) {
      const hit = this.get(key);
      if (hit) return Promise.resolve(hit);
      const failed = this.failures.get(key);
      if (failed !== undefined) {
        this.stats.failureHits++;
        return Promise.reject(failed.error);
      }
    }
    const running = this.inflight.get(key);
    if (running) {
      this.stats.joined++;
      return running;
    }
    this.stats.misses++;
    const p = this.fill(key, subjectToken, useCache, waitMs, produce, hooks.acceptShared).finally(() => this.inflight.delete(key));
    if (useCache && hooks.failureTtlMs) {
      const ttlOf = hooks.failureTtlMs;
      p.catch((error: unknown) => {
        const ttl = Math.floor(ttlOf(error));
        if (ttl > 0) this.failures.set(key, { error }, { ttl });
      });
    }
    this.inflight.set(key, p);
    return p;
  }

  private async fill(key: string, subjectToken: string, useCache: boolean, waitMs: number, produce: () => Promise<Produced>, acceptShared: SharedEntryCheck | undefined): Promise<CachedExchange> {
    const shared = useCache ? this.shared : undefined;
    let locked = false;
    if (shared) {
      const found = await this.sharedGet(shared, key, subjectToken, acceptShared);
      if (found) return found;
      locked = await shared.tryLock(key, waitMs);
      if (!locked) {
        // Another replica is exchanging this token: wait for its result, bounded by waitMs.
        const deadline = Date.now() + waitMs;
        while (Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, LOCK_POLL_MS));
          const later = await this.sharedGet(shared, key, subjectToken, acceptShared);
          if (later) return later;
        }
      }
    }
    try {
      this.stats.produced++;
      const { entry, ttlMs } = await produce();
      if (useCache && ttlMs > 0) {
        this.lru.set(key, entry, { ttl: Math.floor(ttlMs) });
        if (shared) await shared.set(key, subjectToken, entry, ttlMs);
      }
      return entry;
    } finally {
      if (shared && locked) await shared.unlock(key);
    }
  }

  private async sharedGet(shared: SharedExchangeStore, key: string, subjectToken: string, accept: SharedEntryCheck | undefined): Promise<CachedExchange | undefined> {
    let e: CachedExchange | undefined;
    try {
      e = await shared.get(key, subjectToken);
    } catch {
      this.stats.sharedErrors++;
      return undefined;
    }
    if (!e) return undefined;
    if (accept) {
      try {
        e = await accept(e);
      } catch {
        e = undefined;
      }
      if (!e) {
        // Unusable (does not verify, or already too old): exchange afresh, which overwrites it.
        this.stats.sharedRejected++;
        return undefined;
      }
    }
    const ttl = e.expiresAt - Date.now();
    if (ttl <= 0) return undefined;
    this.stats.sharedHits++;
    this.lru.set(key, e, { ttl });
    return e;
  }
}
