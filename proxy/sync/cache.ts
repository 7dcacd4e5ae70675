// The last good snapshot on disk, so a restarted proxy serves while the control plane is down.
// Snapshots carry client secrets in clear, so the file is encrypted: AES-256-GCM with a key
// derived (HKDF-SHA256, fresh salt per write) from the data-plane token, which only this
// proxy's operator holds. The clear header (format, control plane, version, hash) is bound to
// the ciphertext as additional authenticated data. Writes go to a temp file that is renamed
// over the old one, so a crash leaves either the old or the new file, never half of one.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { join } from "node:path";
import { ProxyError } from "../errors.ts";

const FORMAT = "konnect-selfhosted/proxy-snapshot";
const FILE_VERSION = 1;
export const SNAPSHOT_FILE = "snapshot.enc.json";
export const NODE_ID_FILE = "node-id";

interface CacheFile {
  format: string;
  v: number;
  alg: "A256GCM";
  kdf: "HKDF-SHA256";
  control_plane_id: string;
  version: number;
  config_hash: string;
  saved_at: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

export interface CachedSnapshot {
  /** The snapshot as it was received (still to be validated by the caller). */
  snapshot: unknown;
  savedAt: number;
}

export class SnapshotCache {
  readonly file: string;

  constructor(
    readonly dir: string,
    private readonly dpToken: string,
    private readonly controlPlaneId: string,
  ) {
    this.file = join(dir, SNAPSHOT_FILE);
  }

  private key(salt: Buffer): Buffer {
    return Buffer.from(hkdfSync("sha256", this.dpToken, salt, `${FORMAT}/v${FILE_VERSION}/${this.controlPlaneId}`, 32));
  }

  private static aad(h: Pick<CacheFile, "format" | "v" | "control_plane_id" | "version" | "config_hash" | "saved_at" | "salt" | "iv">): Buffer {
    return Buffer.from(JSON.stringify([h.format, h.v, h.control_plane_id, h.version, h.config_hash, h.saved_at, h.salt, h.iv]));
  }

  async save(snapshot: { version: number; config_hash: string }): Promise<void> {
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const head = {
      format: FORMAT,
      v: FILE_VERSION,
      control_plane_id: this.controlPlaneId,
      version: snapshot.version,
      config_hash: snapshot.config_hash,
      saved_at: Math.floor(Date.now() / 1000),
      salt: salt.toString("base64"),
      iv: iv.toString("base64"),
    };
    const cipher = createCipheriv("aes-256-gcm", this.key(salt), iv);
    cipher.setAAD(SnapshotCache.aad(head));
    const data = Buffer.concat([cipher.update(JSON.stringify(snapshot), "utf8"), cipher.final()]);
    const file: CacheFile = { ...head, alg: "A256GCM", kdf: "HKDF-SHA256", tag: cipher.getAuthTag().toString("base64"), data: data.toString("base64") };
    await writeFileAtomic(this.dir, this.file, JSON.stringify(file));
  }

  /** Null when there is no cache; throws PROXY_CACHE_UNREADABLE when there is one we cannot use. */
  async load(): Promise<CachedSnapshot | null> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw new ProxyError("PROXY_CACHE_UNREADABLE", `cannot read ${this.file}: ${(e as Error).message}`);
    }
    let f: CacheFile;
    try {
      f = JSON.parse(text) as CacheFile;
    } catch {
      throw new ProxyError("PROXY_CACHE_UNREADABLE", `${this.file} is not JSON (truncated or foreign file)`);
    }
    if (f.format !== FORMAT || f.v !== FILE_VERSION) throw new ProxyError("PROXY_CACHE_UNREADABLE", `${this.file} has an unknown format`);
    if (f.control_plane_id !== this.controlPlaneId) {
      throw new ProxyError("PROXY_CACHE_UNREADABLE", `${this.file} belongs to control plane ${f.control_plane_id}, not ${this.controlPlaneId}`);
    }
    let clear: Buffer;
    try {
      // authTagLength pins the full 16-byte tag: node otherwise accepts a truncated one (down to
      // 4 bytes), which would make forging a file a 2^32 guess instead of 2^128.
      const decipher = createDecipheriv("aes-256-gcm", this.key(Buffer.from(f.salt, "base64")), Buffer.from(f.iv, "base64"), { authTagLength: 16 });
      decipher.setAAD(SnapshotCache.aad(f));
      decipher.setAuthTag(Buffer.from(f.tag, "base64"));
      clear = Buffer.concat([decipher.update(Buffer.from(f.data, "base64")), decipher.final()]);
    } catch {
      // Wrong token (another credential of the control plane) or a tampered file.
      throw new ProxyError("PROXY_CACHE_UNREADABLE", `${this.file} cannot be decrypted with this data-plane token (different token, or the file was modified)`);
    }
    try {
      return { snapshot: JSON.parse(clear.toString("utf8")), savedAt: f.saved_at };
    } catch {
      throw new ProxyError("PROXY_CACHE_UNREADABLE", `${this.file} decrypted to something that is not JSON`);
    }
  }
}

/** Writes `content` to `file` via a temp file in the same directory, fsync and rename. */
export async function writeFileAtomic(dir: string, file: string, content: string): Promise<void> {
  const tmp = join(dir, `.${randomUUID()}.tmp`);
  const fh = await open(tmp, "w", 0o600);
  try {
    await fh.writeFile(content, "utf8");
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  // Persist the rename itself; not every platform allows fsync on a directory.
  try {
    const d = await open(dir, "r");
    await d.sync().finally(() => d.close());
  } catch {
    /* best effort */
  }
}

/** Creates the cache directory (owner-only) if needed. */
export async function ensureCacheDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
}

/** The node's stable id: read from the cache dir, or created there on first start. */
export async function loadOrCreateNodeId(dir: string): Promise<string> {
  const file = join(dir, NODE_ID_FILE);
  try {
    const id = (await readFile(file, "utf8")).trim();
    if (/^[0-9a-f-]{36}$/.test(id)) return id;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const id = randomUUID();
  await writeFileAtomic(dir, file, `${id}\n`);
  return id;
}
