// What every repository needs: the database, the version cache, the secret box, and the one way to
// write to a control plane's configuration (version bump + NOTIFY in the same transaction).
import type { ConfigVersions } from "./config-versions.ts";
import type { Database, Tx } from "./database.ts";
import { notifyInTx } from "./notifier.ts";
import type { SecretBox } from "./secrets.ts";
import { mapDbError } from "./util.ts";

export interface StoreContext {
  db: Database;
  versions: ConfigVersions;
  secrets: SecretBox;
  /** Public base URL of this API (control-plane endpoints in responses, `next` links). */
  publicUrl: string;
}

/**
 * Runs `fn` in one transaction that first bumps the control plane's config version. The bump comes
 * first on purpose: its row lock serialises concurrent writers of one control plane (PostgreSQL), so
 * the uniqueness/reference checks inside `fn` cannot race each other. 404 when the control plane is gone.
 */
export async function configWrite<T>(ctx: StoreContext, controlPlaneId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  let version = 0;
  let result: T;
  try {
    result = await ctx.db.write(async (tx) => {
      // One UPDATE … RETURNING; P2025 (no such row) becomes 404 in mapDbError.
      const row = await tx.controlPlane.update({
        where: { id: controlPlaneId },
        data: { configVersion: { increment: 1 }, configUpdatedAt: new Date() },
        select: { configVersion: true },
      });
      version = row.configVersion;
      const r = await fn(tx);
      if (ctx.db.provider === "postgresql") await notifyInTx(tx, { kind: "version", controlPlaneId, version });
      return r;
    });
  } catch (err) {
    throw mapDbError(err);
  }
  ctx.versions.observe(controlPlaneId, version);
  return result;
}

/** Reads the stored version (the cache loader). */
export async function loadVersion(db: Database, controlPlaneId: string): Promise<number | null> {
  const row = await db.read((q) => q.controlPlane.findUnique({ where: { id: controlPlaneId }, select: { configVersion: true } }));
  return row ? row.configVersion : null;
}
