// GET /v2/control-planes/{controlPlaneId}/data-plane/config — what proxies poll (kdp_ tokens only).
//  - ETag: "<version>"; If-None-Match with the current version → 304 answered from memory (no
//    database read of entities; the token check is cached too);
//  - ?wait=<0..60>: when unchanged, hold the request until the version moves (local write or
//    PostgreSQL NOTIFY from another replica) or the wait ends → 304;
//  - every poll is the node's heartbeat (NODE_HEADERS), written to the database coalesced;
//  - Accept-Encoding that accepts gzip → the snapshot gzip-compressed (compressed once per version,
//    see SnapshotBuilder.gzipped), same ETag; otherwise identity (older proxies). Vary: Accept-Encoding
//    on 200 and 304 alike, since a cache must not hand a gzip body to a poller that cannot decode it.
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

/**
 * Whether an Accept-Encoding header lets us answer gzip (RFC 9110 §12.5.3): `gzip` (or its alias
 * `x-gzip`) with q > 0, or `*` with q > 0 when gzip is not named. `gzip;q=0` refuses it. When the
 * client ranks identity above gzip explicitly (`identity;q=1, gzip;q=0.5`), identity wins. No header
 * (older proxies) → identity. Malformed q-values make their member unacceptable rather than an error.
 */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (header === undefined) return false;
  const value = Array.isArray(header) ? header.join(",") : header;
  let gzipQ: number | undefined;
  let starQ: number | undefined;
  let identityQ: number | undefined;
  for (const member of value.split(",")) {
    const [name, ...params] = member.split(";").map((p) => p.trim());
    if (!name) continue;
    let q = 1;
    for (const p of params) {
      const m = /^q\s*=\s*(.*)$/i.exec(p);
      if (!m) continue;
      // qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
      q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(m[1]) ? Number(m[1]) : 0;
    }
    const coding = name.toLowerCase();
    // The highest q wins when a coding is listed twice.
    if (coding === "gzip" || coding === "x-gzip") gzipQ = Math.max(gzipQ ?? 0, q);
    else if (coding === "*") starQ = Math.max(starQ ?? 0, q);
    else if (coding === "identity") identityQ = Math.max(identityQ ?? 0, q);
  }
  const q = gzipQ ?? starQ ?? 0;
  if (q <= 0) return false;
  return identityQ === undefined || q >= identityQ;
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
      return bodiless(reply, 304, { etag: `"${version}"`, "cache-control": "no-store", vary: "Accept-Encoding" });
    }
    const snap = await store.snapshots.current(cp);
    reply
      .code(200)
      .header("etag", `"${snap.version}"`)
      .header("cache-control", "no-store")
      .header("vary", "Accept-Encoding")
      .type("application/json; charset=utf-8");
    if (acceptsGzip(req.headers["accept-encoding"])) {
      let body: Buffer | undefined;
      try {
        body = await store.snapshots.gzipped(snap);
      } catch (err) {
        // Identity is always a correct answer: a failed compression costs bytes, not the poll.
        req.log.warn({ err: { message: (err as Error).message } }, "snapshot compression failed; answering identity");
      }
      if (body) return reply.header("content-encoding", "gzip").send(body as unknown as ConfigSnapshot);
    }
    return reply.send(snap.json as unknown as ConfigSnapshot); // pre-serialised; a JSON string is sent as is
  });
};
