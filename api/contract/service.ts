// Gateway services: where matched requests are proxied to.
import { z } from "zod";
import { EntityName, ForeignKey, Protocol, Tags, UnixSeconds, Uuid, dflt, optional } from "./common.ts";

const Timeout = z.number().int().min(1).max(2147483646);

const Host = z.string().min(1).max(256).regex(/^[A-Za-z0-9.\-_:\[\]]+$/, "must be a hostname or an IP address");
const Path = z.string().startsWith("/", "must start with /").refine((p) => !p.includes("//"), "must not contain //");
/** Protocols that carry no HTTP path. */
const PATHLESS = ["tcp", "tls", "tls_passthrough", "udp", "grpc", "grpcs"];

const serviceFields = {
  id: Uuid.nullish(),
  name: optional(EntityName),
  host: Host.nullish(),
  port: dflt(z.number().int().min(0).max(65535), 80),
  protocol: dflt(Protocol, "http"),
  path: optional(Path),
  retries: dflt(z.number().int().min(0).max(32767), 5),
  connect_timeout: dflt(Timeout, 60000),
  read_timeout: dflt(Timeout, 60000),
  write_timeout: dflt(Timeout, 60000),
  enabled: dflt(z.boolean(), true),
  tags: Tags,
  ca_certificates: optional(z.array(Uuid)),
  client_certificate: optional(ForeignKey),
  tls_verify: optional(z.boolean()),
  tls_verify_depth: optional(z.number().int().min(0).max(64)),
  tls_sans: optional(z.strictObject({ dnsnames: optional(z.array(z.string())), uris: optional(z.array(z.string())) })),
  created_at: UnixSeconds.nullish(),
  updated_at: UnixSeconds.nullish(),
};

/**
 * Request body for POST/PUT. `url` is Kong's write-only shorthand for protocol/host/port/path;
 * it is expanded here and never returned.
 */
export const ServiceInput = z
  .strictObject({ ...serviceFields, url: optional(z.url({ error: "must be an absolute URL such as http://api.internal:8080/v1" })) })
  .superRefine((s, ctx) => {
    if (!s.host && !s.url) ctx.addIssue({ code: "custom", path: ["host"], message: "host is required (or give url)" });
    if (s.path && PATHLESS.includes(s.protocol)) {
      ctx.addIssue({ code: "custom", path: ["path"], message: `path cannot be set when protocol is ${s.protocol}` });
    }
  })
  .transform(({ url, ...s }, ctx) => {
    if (!url) return { ...s, host: s.host as string };
    const u = new URL(url);
    const protocol = u.protocol.replace(/:$/, "") as z.output<typeof Protocol>;
    const port = u.port ? Number(u.port) : protocol === "https" || protocol === "grpcs" || protocol === "wss" ? 443 : 80;
    // new URL() reports "/" for both "http://h" and "http://h/"; only an explicit path is kept.
    const explicitPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\//i.test(url);
    const path = explicitPath ? u.pathname : null;
    // The expanded fields get the same rules as when given one by one: without this, `ftp://…`,
    // `tcp://h/x` or `http://h//a` were stored as services that break the snapshot contract (and
    // with it every proxy's sync of the control plane).
    const problems = [
      !Protocol.safeParse(protocol).success && `unsupported protocol "${protocol}"; use one of ${Protocol.options.join(", ")}`,
      !Host.safeParse(u.hostname).success && "the host must be a hostname or an IP address",
      path !== null && !Path.safeParse(path).success && "the path must not contain //",
      path !== null && PATHLESS.includes(protocol) && `a path cannot be set when the protocol is ${protocol}`,
      !!(u.username || u.password) && "credentials in the url are not supported (they would be dropped)",
    ].filter((m): m is string => typeof m === "string" && m.length > 0);
    for (const message of problems) ctx.addIssue({ code: "custom", path: ["url"], message, input: url });
    return { ...s, protocol, host: u.hostname, port, path };
  });
export type ServiceInput = z.input<typeof ServiceInput>;

/** Stored/returned shape. */
export const Service = z.strictObject({
  ...serviceFields,
  id: Uuid,
  host: z.string(),
  created_at: UnixSeconds,
  updated_at: UnixSeconds,
});
export type Service = z.output<typeof Service>;
