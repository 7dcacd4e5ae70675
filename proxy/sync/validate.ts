// Shape checks of a snapshot before anything is compiled from it: the contract's ConfigSnapshot
// schema, every plugin through its own schema (parsePluginInput gives the defaulted config the
// plugin receives), the control plane it belongs to, and that every reference points inside
// the snapshot. Any failure rejects the whole snapshot; the reason names the field.
import type { z } from "zod";
import { ConfigSnapshot, parsePluginInput } from "../../api/contract/index.ts";
import type { PluginEntity } from "../plugins/runner.ts";

export type PluginParser = (body: unknown) => { success: true; data: { config: unknown } } | { success: false; error: z.ZodError };

export class SnapshotRejected extends Error {
  override readonly name = "SnapshotRejected";
  readonly code = "PROXY_SNAPSHOT_INVALID";
  constructor(readonly reason: string) {
    super(`snapshot rejected: ${reason}`);
  }
}

export interface ValidSnapshot {
  snapshot: ConfigSnapshot;
  plugins: PluginEntity[];
}

function describeIssues(error: z.ZodError, prefix: string): string {
  const issues = error.issues.slice(0, 5).map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join(".") || "(root)"}: ${i.message}`);
  const more = error.issues.length > 5 ? ` (+${error.issues.length - 5} more)` : "";
  return issues.join("; ") + more;
}

export function validateSnapshot(raw: unknown, controlPlaneId: string, parsePlugin: PluginParser = parsePluginInput as PluginParser): ValidSnapshot {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new SnapshotRejected("not a JSON object");
  const parsed = ConfigSnapshot.safeParse(raw);
  if (!parsed.success) throw new SnapshotRejected(describeIssues(parsed.error, ""));
  const snapshot = parsed.data;
  if (snapshot.control_plane_id !== controlPlaneId) {
    throw new SnapshotRejected(`control_plane_id is ${snapshot.control_plane_id}, this proxy serves ${controlPlaneId}`);
  }

  const serviceIds = new Set(snapshot.services.map((s) => s.id));
  const routeIds = new Set(snapshot.routes.map((r) => r.id));
  const consumerIds = new Set(snapshot.consumers.map((c) => c.id));
  snapshot.routes.forEach((r, i) => {
    if (r.service && !serviceIds.has(r.service.id)) throw new SnapshotRejected(`routes.${i}.service: service ${r.service.id} is not in the snapshot`);
  });

  const plugins: PluginEntity[] = snapshot.plugins.map((p, i) => {
    const result = parsePlugin(p);
    if (!result.success) throw new SnapshotRejected(describeIssues(result.error, `plugins.${i}`));
    if (p.service && !serviceIds.has(p.service.id)) throw new SnapshotRejected(`plugins.${i}.service: service ${p.service.id} is not in the snapshot`);
    if (p.route && !routeIds.has(p.route.id)) throw new SnapshotRejected(`plugins.${i}.route: route ${p.route.id} is not in the snapshot`);
    if (p.consumer && !consumerIds.has(p.consumer.id)) throw new SnapshotRejected(`plugins.${i}.consumer: consumer ${p.consumer.id} is not in the snapshot`);
    return { plugin: p, config: result.data.config };
  });
  return { snapshot, plugins };
}
