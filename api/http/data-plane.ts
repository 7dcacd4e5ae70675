// GET /v2/control-planes/{controlPlaneId}/data-plane/config — what proxies poll (kdp_ tokens only).
//  - ETag: "<version>"; If-None-Match with the current version → 304 answered from memory (no
//    database read of entities; the token check is cached too);
//  - ?wait=<0..60>: when unchanged, hold the request until the version moves (local write or
//    PostgreSQL NOTIFY from another replica) or the wait ends → 304;
//  - every poll is the node's heartbeat (NODE_HEADERS), written to the database coalesced.
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ConfigSnapshot, MAX_POLL_WAIT_SECONDS, NODE_HEADERS } from "../contract/index.ts";
import { recheckDataPlane, requireDataPlane } from "./auth.ts";
import { ApiProblem, problem } from "./problems.ts";
import { intParam, uuidParam } from "./validation.ts";
import { bodiless } from "./replies.ts";

/** While the NOTIFY channel is down, waiters re-check the database this often. */
const UNTRUSTED_RECHECK_MS = 1000;

/** `"12"`, `W/"12"`, `"11", "12"` and `*` → the versions (or "*") the client holds. */
export function parseIfNoneMatch(h: string | undefined): { any: boolean; versions: Set<number> } {
  const versions = new Set<number>();
  if (!h) return { any: false, versions };
  if (h.trim() === "*") return { any: true, versions };
  for (const part of h.split(",")) {
    // No leading zeros: ETags compare as strings, so "061" is not the ETag "61".
    const m = /^\s*(?:W\/)?"(0|[1-9]\d{0,14})"\s*$/.exec(part);
    if (m) versions.add(Number(m[1]));
  }
  return { any: false, versions };
}

/** What a node reports in its headers (and so what node ids, hostnames and versions can be). */
export const NodeHeader = z.string().min(1).max(256).regex(/^[\x21-\x7e][\x20-\x7e]*$/, "printable ASCII only");

function heartbeatOf(req: FastifyRequest) {
  const get = (name: string) => {
    const v = req.headers[name];
    return typeof v === "string" ? v : undefined;
  };
  const id = get(NODE_HEADERS.id);
  if (id === undefined) return null; // anonymous poll: served, not recorded
  const fields = { [NODE_HEADERS.id]: id, [NODE_HEADERS.hostname]: get(NODE_HEADERS.hostname) ?? "unknown", [NODE_HEADERS.version]: get(NODE_HEADERS.version) ?? "unknown" };
  for (const [name, value] of Object.entries(fields)) {
    const r = NodeHeader.safeParse(value);
    if (!r.success) throw new ApiProblem("ERR_INVALID_PARAMETER", `invalid ${name} header`, [{ field: name, rule: "invalid", reason: r.error.issues[0].message, source: "header" }]);
  }
  const hash = get(NODE_HEADERS.configHash) ?? "";
  if (hash.length > 128 || !/^[0-9a-zA-Z]*$/.test(hash)) {
    throw new ApiProblem("ERR_INVALID_PARAMETER", `invalid ${NODE_HEADERS.configHash} header`, [{ field: NODE_HEADERS.configHash, rule: "invalid", reason: "must be a hex digest", source: "header" }]);
  }
  return { id, hostname: fields[NODE_HEADERS.hostname], version: fields[NODE_HEADERS.version], configHash: hash };
}

export const dataPlaneRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.addHook("onRequest", requireDataPlane);

  app.get("/data-plane/config", {
    schema: {
      tags: ["data-plane"],
      params: z.strictObject({ controlPlaneId: uuidParam }),
      querystring: z.strictObject({ wait: intParam(0, MAX_POLL_WAIT_SECONDS).optional() }),
      response: { 200: ConfigSnapshot, 304: z.null().describe("Unchanged (If-None-Match matched the current version)") },
    },
  }, async (req, reply) => {
    const { store } = app;
    const cp = req.params.controlPlaneId;
    const hb = heartbeatOf(req);
    if (hb) store.nodes.heartbeat(cp, hb).catch((err) => req.log.warn({ err: { message: (err as Error).message } }, "node heartbeat not recorded"));

    const held = parseIfNoneMatch(req.headers["if-none-match"]);
    const matches = (v: number) => held.any || held.versions.has(v);
    let version = await store.versions.current(cp);
    if (version === null) throw problem.notFound("control plane");

    const waitMs = (req.query.wait ?? 0) * 1000;
    if (matches(version) && waitMs > 0) {
      const deadline = Date.now() + waitMs;
      const gone = new AbortController();
      const onClose = () => {
        req.log.debug("poller went away during the long-poll");
        gone.abort();
      };
      reply.raw.once("close", onClose);
      try {
        while (matches(version) && !gone.signal.aborted && !store.versions.isClosed) {
          const left = deadline - Date.now();
          if (left <= 0) break;
          await store.versions.wait(cp, version, store.versions.trustCache ? left : Math.min(left, UNTRUSTED_RECHECK_MS), gone.signal);
          const now = await store.versions.current(cp);
          if (now === null) throw problem.notFound("control plane");
          version = now;
        }
      } finally {
        reply.raw.off("close", onClose);
      }
      // Shutting down: this socket must not stay open in keep-alive (the server waits for it),
      // which it would now that the re-check below may finish after idle sockets were closed.
      if (store.versions.isClosed) reply.header("connection", "close");
      await recheckDataPlane(req);
    }
    if (matches(version)) {
      return bodiless(reply, 304, { etag: `"${version}"`, "cache-control": "no-store" });
    }
    const snap = await store.snapshots.current(cp);
    return reply
      .code(200)
      .header("etag", `"${snap.version}"`)
      .header("cache-control", "no-store")
      .type("application/json; charset=utf-8")
      .send(snap.json as unknown as ConfigSnapshot); // pre-serialised; a JSON string is sent as is
  });
};
