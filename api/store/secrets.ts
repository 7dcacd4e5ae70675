// Encryption at rest for plugin-config values the contract marks `secret: true`
// (client_secret, client_id, session_secret, private JWK parts, redis passwords, …).
//
// Which values: derived from each plugin's JSON schema (z.toJSONSchema of its zod config), so a
// field marked secret in api/contract is encrypted without touching this file. Each secret value
// (the whole value, e.g. the client_secret array) becomes the string "enc:v1:<base64url>", where the
// payload is AES-256-GCM(iv 12 bytes | tag 16 bytes | ciphertext of JSON.stringify(value)) and the
// field path is bound as additional data, so a ciphertext cannot be moved to another field.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { PLUGINS } from "../contract/index.ts";
import { ApiProblem } from "../http/problems.ts";

const PREFIX = "enc:v1:";
export const KEY_FILE_NAME = "encryption.key";

export type KeySource = "env" | "option" | "file-existing" | "file-created";

/** How to make a key, for every message about a malformed one. */
export const MAKE_KEY_HINT = "make one with `openssl rand -base64 32`";

/** Key from an explicit value (base64, 32 bytes) or the key file under dataDir (created 0600 if missing). */
export function loadEncryptionKey(opts: { key?: string | Buffer; dataDir: string }): { key: Buffer; source: KeySource; file?: string } {
  if (opts.key !== undefined) {
    const key = typeof opts.key === "string" ? Buffer.from(opts.key, "base64") : opts.key;
    if (key.length !== 32) throw new Error(`the encryption key (KONNECT_ENCRYPTION_KEY) must be 32 bytes, base64-encoded (got ${key.length} bytes); ${MAKE_KEY_HINT}`);
    return { key, source: "option" };
  }
  const file = join(opts.dataDir, KEY_FILE_NAME);
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
    if (key.length !== 32) throw new Error(`${file} does not hold a base64-encoded 32-byte key (got ${key.length} bytes); restore the original file, or if no secrets were stored yet, ${MAKE_KEY_HINT}`);
    return { key, source: "file-existing", file };
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const key = randomBytes(32);
  // "wx": never overwrite a key another process created meanwhile.
  try {
    writeFileSync(file, key.toString("base64") + "\n", { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return loadEncryptionKey(opts);
    throw err;
  }
  chmodSync(file, 0o600);
  return { key, source: "file-created", file };
}

export class SecretBox {
  constructor(private readonly key: Buffer) {}

  seal(value: unknown, path: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    cipher.setAAD(Buffer.from(path));
    const ct = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), ct]).toString("base64url");
  }

  open(sealed: string, path: string): unknown {
    const raw = Buffer.from(sealed.slice(PREFIX.length), "base64url");
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(path));
      decipher.setAuthTag(raw.subarray(12, 28));
      const pt = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
      return JSON.parse(pt.toString("utf8"));
    } catch {
      throw new ApiProblem("ERR_SECRET_UNREADABLE", `a stored secret (${path}) cannot be decrypted: it was written with a different encryption key (KONNECT_ENCRYPTION_KEY / ${KEY_FILE_NAME})`);
    }
  }

  static isSealed(v: unknown): v is string {
    return typeof v === "string" && v.startsWith(PREFIX);
  }
}

/** A path into a config: property names, with "*" for every element of an array. */
export type SecretPath = string[];

/** Secret paths of a JSON schema (as z.toJSONSchema emits it: properties / items / anyOf). */
export function secretPaths(schema: unknown, at: string[] = [], out: SecretPath[] = []): SecretPath[] {
  if (!schema || typeof schema !== "object") return out;
  const s = schema as Record<string, unknown>;
  if (s.secret === true) {
    out.push(at);
    return out; // the whole value is sealed; nothing inside needs its own envelope
  }
  for (const alt of (s.anyOf ?? s.oneOf ?? []) as unknown[]) secretPaths(alt, at, out);
  if (s.properties && typeof s.properties === "object") {
    for (const [k, v] of Object.entries(s.properties as Record<string, unknown>)) secretPaths(v, [...at, k], out);
  }
  if (s.items) secretPaths(s.items, [...at, "*"], out);
  // anyOf branches can repeat the same path; keep one.
  return dedupe(out);
}

function dedupe(paths: SecretPath[]): SecretPath[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const k = p.join("\u0000");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const pathCache = new Map<string, SecretPath[]>();

/** Secret paths inside `config` of the named plugin (empty for unknown names). */
export function pluginSecretPaths(pluginName: string): SecretPath[] {
  let paths = pathCache.get(pluginName);
  if (!paths) {
    const def = PLUGINS[pluginName];
    paths = def ? secretPaths(z.toJSONSchema(def.config, { io: "input", unrepresentable: "any" })) : [];
    pathCache.set(pluginName, paths);
  }
  return paths;
}

/**
 * `config` with every secret value replaced by `fn(value, concretePath)`: a copy, or the object
 * itself when `inPlace` (for objects the caller just parsed and owns).
 */
export function mapSecrets(config: Record<string, unknown>, paths: SecretPath[], fn: (value: unknown, path: string) => unknown, inPlace = false): Record<string, unknown> {
  const copy = inPlace ? config : structuredClone(config);
  for (const p of paths) visit(copy, p, 0, [], fn);
  return copy;
}

function visit(node: unknown, path: SecretPath, i: number, concrete: string[], fn: (value: unknown, path: string) => unknown): void {
  if (node === null || typeof node !== "object") return;
  const seg = path[i];
  const last = i === path.length - 1;
  const apply = (container: Record<string, unknown> | unknown[], key: string | number) => {
    const value = (container as Record<string | number, unknown>)[key];
    if (value === null || value === undefined) return;
    if (last) (container as Record<string | number, unknown>)[key] = fn(value, [...concrete, String(key)].join("."));
    else visit(value, path, i + 1, [...concrete, String(key)], fn);
  };
  if (seg === "*") {
    if (Array.isArray(node)) node.forEach((_, idx) => apply(node, idx));
  } else if (!Array.isArray(node)) {
    apply(node as Record<string, unknown>, seg);
  }
}

export function sealPluginConfig(box: SecretBox, pluginName: string, config: Record<string, unknown>): Record<string, unknown> {
  // Always seal: input comes from users, never pre-sealed (a secret that merely looks sealed is still sealed).
  return mapSecrets(config, pluginSecretPaths(pluginName), (v, p) => box.seal(v, p));
}

/** `inPlace`: decrypt into `config` itself (hot read path: the caller just parsed it from the row). */
export function openPluginConfig(box: SecretBox, pluginName: string, config: Record<string, unknown>, inPlace = false): Record<string, unknown> {
  return mapSecrets(config, pluginSecretPaths(pluginName), (v, p) => (SecretBox.isSealed(v) ? box.open(v, p) : v), inPlace);
}
