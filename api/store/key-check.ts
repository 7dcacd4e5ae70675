// Start-up check that the encryption key is the one this database's secrets were sealed with.
// Why: a replica started with another KONNECT_ENCRYPTION_KEY (or with a lost key file, which makes
// the API generate a new one) used to start fine and then answer 500 ERR_SECRET_UNREADABLE on every
// read of a plugin with secrets, and seal new secrets with a key the other replicas cannot read.
//
// The database keeps a fingerprint of the key, HMAC-SHA256(key, "konnect-key-check") (the key itself
// never leaves the process; 32 random bytes cannot be recovered from it). The first start records it;
// every start compares. A database written before this check gets its fingerprint only if the key
// opens a secret already stored in it.
import { createHmac } from "node:crypto";
import { ApiProblem } from "../http/problems.ts";
import type { Database } from "./database.ts";
import { SecretBox, openPluginConfig } from "./secrets.ts";
import { sameDigest } from "./util.ts";

export const KEY_CHECK_SETTING = "encryption_key_check";

export function keyFingerprint(key: Buffer): string {
  return createHmac("sha256", key).update("konnect-key-check").digest("hex");
}

export class KeyCheckError extends Error {
  override readonly name = "KeyCheckError";
  constructor(
    readonly code: "ERR_ENCRYPTION_KEY_MISMATCH",
    message: string,
    /** Fingerprints shown to the operator: what the database holds (null: none recorded yet) and the given key's. */
    readonly stored: string | null,
    readonly given: string,
  ) {
    super(message);
  }
}

/** Shown in messages: enough to tell two keys apart. */
export const shortFingerprint = (fp: string) => fp.slice(0, 16);

/**
 * Compares (or, on a database without one, records) the key fingerprint. Throws KeyCheckError when
 * the key differs from the one the stored secrets were sealed with; `describeKey` names where the key
 * came from and `remedy` says what to do, for the message.
 */
export async function checkEncryptionKey(db: Database, key: Buffer, describeKey: string, remedy = "use the original key"): Promise<"matched" | "recorded"> {
  const given = keyFingerprint(key);
  const mismatch = (stored: string | null, why: string) =>
    new KeyCheckError("ERR_ENCRYPTION_KEY_MISMATCH", `${describeKey} does not match the key this database was written with (${why}); ${remedy}`, stored, given);
  const compare = (stored: string): "matched" => {
    if (!sameDigest(stored, given)) throw mismatch(stored, `fingerprint ${shortFingerprint(stored)}…, this key's is ${shortFingerprint(given)}…`);
    return "matched";
  };

  const row = await db.read((q) => q.storeSetting.findUnique({ where: { name: KEY_CHECK_SETTING } }));
  if (row) return compare(row.value);

  // No fingerprint yet: a new database, or one from before this check. In the second case the key
  // must open a secret that is already stored before it becomes the recorded one.
  const sealed = await db.read((q) => q.plugin.findFirst({ where: { data: { contains: "enc:v1:" } }, select: { data: true } }));
  if (sealed) {
    const data = JSON.parse(sealed.data) as { name?: unknown; config?: Record<string, unknown> };
    try {
      openPluginConfig(new SecretBox(key), String(data.name), data.config ?? {});
    } catch (err) {
      if (err instanceof ApiProblem && err.code === "ERR_SECRET_UNREADABLE") throw mismatch(null, "it cannot decrypt the plugin secrets already stored");
      throw err;
    }
  }
  try {
    await db.write((tx) => tx.storeSetting.create({ data: { name: KEY_CHECK_SETTING, value: given } }));
    return "recorded";
  } catch (err) {
    // Another replica recorded its key first (first start of several): compare with that one.
    if ((err as { code?: string }).code !== "P2002") throw err;
    const winner = await db.read((q) => q.storeSetting.findUniqueOrThrow({ where: { name: KEY_CHECK_SETTING } }));
    return compare(winner.value);
  }
}
