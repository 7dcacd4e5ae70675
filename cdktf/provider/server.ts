// The plugin process: go-plugin handshake, AutoMTLS, one gRPC server carrying tfplugin6.Provider plus
// go-plugin's controller/stdio/broker services and health checking.
//
// Start-up is the cost Terraform pays on every launch (3 per plan), so only what the handshake needs
// is loaded here; the provider itself (zod, undici, pino) is imported on the first RPC that needs it,
// and GetProviderSchema is answered from the schema the build precomputed when there is one.
import * as grpc from "@grpc/grpc-js";
import { randomBytes } from "node:crypto";
import { appendFileSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ProtoCodec, type Descriptor } from "./proto/codec.ts";
import descriptorJson from "./proto/descriptor.json" with { type: "json" };
import { providerSchemaResponse, type ProviderSchemas } from "./schema/types.ts";
import { createServerIdentity } from "./tls.ts";

export const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
export const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

/** Set by the bundle build (esbuild `define`): the schema JSON derived at build time. */
declare const __KONNECT_BUNDLED_SCHEMAS__: string | undefined;

type Msg = Record<string, any>;
type Handler = (req: Msg) => Msg | Promise<Msg>;

const codec = new ProtoCodec(descriptorJson as unknown as Descriptor);

export interface ServeOptions {
  env?: NodeJS.ProcessEnv;
  /** Where the handshake line goes (stdout for Terraform). */
  out?: (line: string) => void;
  /** Called instead of process.exit after Shutdown (tests). */
  exit?: (code: number) => void;
}

export async function serve(opts: ServeOptions = {}): Promise<{ socket: string; stop: () => void }> {
  const env = opts.env ?? process.env;
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    process.stderr.write(
      "This binary is a plugin. These are not meant to be executed directly.\n" +
        "Please execute the program that consumes these plugins, which will\n" +
        "load any plugins automatically\n",
    );
    exit(1);
    throw new Error("not started by Terraform");
  }
  const versions = (env.PLUGIN_PROTOCOL_VERSIONS ?? "6").split(",").map((v) => v.trim());
  if (!versions.includes("6")) {
    process.stderr.write(`terraform-provider-konnect speaks plugin protocol 6; Terraform offered ${versions.join(",")}\n`);
    exit(1);
    throw new Error("protocol 6 not offered");
  }

  const clientCert = env.PLUGIN_CLIENT_CERT;
  let credentials: grpc.ServerCredentials;
  let certField = "";
  if (clientCert) {
    const id = createServerIdentity();
    credentials = grpc.ServerCredentials.createSsl(Buffer.from(clientCert), [{ private_key: Buffer.from(id.keyPem), cert_chain: Buffer.from(id.certPem) }], true);
    // Go decodes this field with base64.RawStdEncoding: no padding.
    certField = id.certDer.toString("base64").replace(/=+$/, "");
  } else {
    credentials = grpc.ServerCredentials.createInsecure(); // only when the user set TF_DISABLE_PLUGIN_TLS
  }

  const server = new grpc.Server({ "grpc.max_receive_message_length": 256 << 20, "grpc.max_send_message_length": 256 << 20 });
  const socket = join(env.TMPDIR || tmpdir(), `tfk-${process.pid}-${randomBytes(4).toString("hex")}.sock`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    server.forceShutdown();
    try {
      unlinkSync(socket);
    } catch {
      /* already gone */
    }
  };

  server.addService(serviceDefinition("tfplugin6.Provider"), providerHandlers(env));
  server.addService(serviceDefinition("plugin.GRPCController"), {
    Shutdown: (_call: unknown, cb: grpc.sendUnaryData<Msg>) => {
      cb(null, {});
      // Exit promptly after the reply is written; go-plugin otherwise waits 2 s and kills us.
      setTimeout(() => {
        stop();
        exit(0);
      }, 1);
    },
  });
  server.addService(serviceDefinition("plugin.GRPCStdio"), {
    StreamStdio: (call: grpc.ServerWritableStream<Msg, Msg>) => call.end(),
  });
  server.addService(serviceDefinition("plugin.GRPCBroker"), {
    StartStream: (call: grpc.ServerDuplexStream<Msg, Msg>) => {
      call.on("data", () => {}); // opened by Terraform, never used
      call.on("end", () => call.end());
      call.on("error", () => {});
    },
  });
  server.addService(serviceDefinition("grpc.health.v1.Health"), {
    Check: (_call: unknown, cb: grpc.sendUnaryData<Msg>) => cb(null, { status: "SERVING" }),
  });

  await new Promise<void>((resolve, reject) => server.bindAsync(`unix:${socket}`, credentials, (err) => (err ? reject(err) : resolve())));
  for (const sig of ["SIGTERM", "SIGHUP"] as const) {
    process.once(sig, () => {
      stop();
      exit(0);
    });
  }
  // Ctrl-C in a terminal sends SIGINT to the whole process group, provider included. Terraform then
  // stops gracefully: it calls StopProvider and waits for in-flight calls so their results reach the
  // state. Dying here instead lost objects the API had just created ("Plugin did not respond", not
  // in state, orphaned). So, as go-plugin servers do, ignore SIGINT and leave shutdown to Terraform.
  process.on("SIGINT", () => {});
  // With SIGINT ignored, a Terraform that is killed outright (second Ctrl-C, SIGKILL) would leave this
  // process behind: exit when the parent goes away (re-parented, ppid changes).
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) {
      stop();
      exit(0);
    }
  }, 1000).unref();
  process.once("exit", stop);
  (opts.out ?? ((l: string) => process.stdout.write(l)))(`1|6|unix|${socket}|grpc|${certField}\n`);
  recordLaunch(env, "handshake");
  return { socket, stop };
}

/**
 * With KONNECT_PROVIDER_LAUNCH_LOG set (the benchmark sets it), appends one JSON line per launch event:
 * milliseconds since the process started, at the handshake and at exit. Costs nothing otherwise.
 */
function recordLaunch(env: NodeJS.ProcessEnv, event: "handshake"): void {
  const file = env.KONNECT_PROVIDER_LAUNCH_LOG;
  if (!file) return;
  const write = (ev: string) => appendFileSync(file, JSON.stringify({ pid: process.pid, event: ev, ms: round(performance.now()) }) + "\n");
  write(event);
  process.once("exit", () => write("exit"));
}

/** Same log: one line per provider RPC (start and end, ms since process start). */
function recordRpc(env: NodeJS.ProcessEnv, name: string, start: number): void {
  const file = env.KONNECT_PROVIDER_LAUNCH_LOG;
  if (file) appendFileSync(file, JSON.stringify({ pid: process.pid, event: "rpc", name, start: round(start), end: round(performance.now()) }) + "\n");
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** grpc-js service definition from the compiled descriptor, with this folder's protobuf codec. */
function serviceDefinition(service: string): grpc.ServiceDefinition {
  const methods = codec.descriptor.services[service];
  const def: Record<string, grpc.MethodDefinition<Msg, Msg>> = {};
  for (const [name, m] of Object.entries(methods)) {
    def[name] = {
      path: m.path,
      requestStream: m.requestStream,
      responseStream: m.responseStream,
      requestSerialize: (v: Msg) => codec.encode(m.request, v),
      requestDeserialize: (b: Buffer) => codec.decode(m.request, b),
      responseSerialize: (v: Msg) => codec.encode(m.response, v),
      responseDeserialize: (b: Buffer) => codec.decode(m.response, b),
      originalName: name,
    };
  }
  return def as grpc.ServiceDefinition;
}

function bundledSchemas(): ProviderSchemas | undefined {
  return typeof __KONNECT_BUNDLED_SCHEMAS__ === "string" ? (JSON.parse(__KONNECT_BUNDLED_SCHEMAS__) as ProviderSchemas) : undefined;
}

/** Unary handlers for tfplugin6.Provider; the implementation module is loaded on first use. */
function providerHandlers(env: NodeJS.ProcessEnv): grpc.UntypedServiceImplementation {
  const bundled = bundledSchemas();
  let provider: Promise<Record<string, Handler>> | undefined;
  const load = () =>
    (provider ??= import("./provider.ts").then(({ KonnectProvider, tuneForShortLivedProcess }) => {
      tuneForShortLivedProcess();
      return new KonnectProvider(bundled, env) as unknown as Record<string, Handler>;
    }));
  const methods = Object.keys(codec.descriptor.services["tfplugin6.Provider"]);
  const impl: grpc.UntypedServiceImplementation = {};
  for (const method of methods) {
    impl[method] = (call: grpc.ServerUnaryCall<Msg, Msg>, cb: grpc.sendUnaryData<Msg>) => {
      const started = performance.now();
      const run = async (): Promise<Msg> => {
        if (method === "GetProviderSchema" && bundled) return providerSchemaResponse(bundled);
        const p = await load();
        const fn = p[method];
        if (typeof fn !== "function") throw Object.assign(new Error(`${method} is not implemented`), { code: grpc.status.UNIMPLEMENTED });
        return fn.call(p, call.request);
      };
      run().then(
        (res) => {
          recordRpc(env, method, started);
          cb(null, res);
        },
        (err: Error & { code?: number }) => {
          // Anything reaching here is a provider bug; say so as a diagnostic Terraform can show.
          if (err.code === grpc.status.UNIMPLEMENTED) return cb({ code: grpc.status.UNIMPLEMENTED, details: err.message });
          cb(null, { diagnostics: [{ severity: "ERROR", summary: `provider bug in ${method}`, detail: `${err.stack ?? err.message}\n\n[ERR_PROVIDER_BUG]` }] });
        },
      );
    };
  }
  return impl;
}
