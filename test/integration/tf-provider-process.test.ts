// The bundled provider executable as Terraform starts it: go-plugin handshake on stdout, mutual TLS
// with the client certificate from PLUGIN_CLIENT_CERT, tfplugin6 over gRPC, prompt exit on
// GRPCController.Shutdown with the unix socket removed. A grpc-js client plays Terraform's part.
import * as grpc from "@grpc/grpc-js";
import { spawn } from "node:child_process";
import assert from "node:assert/strict";
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { decodeMsgpack, encodeMsgpack, UNKNOWN } from "../../cdktf/provider/cty/value.ts";
import { ProtoCodec, type Descriptor } from "../../cdktf/provider/proto/codec.ts";
import descriptorJson from "../../cdktf/provider/proto/descriptor.json" with { type: "json" };
import { deriveSchemas } from "../../cdktf/provider/registry.ts";
import { schemaType } from "../../cdktf/provider/schema/types.ts";
import { createServerIdentity } from "../../cdktf/provider/tls.ts";
import { installProviderForTests, launchProvider, MAGIC_COOKIE, type Launch, type ProviderInstall } from "../support/terraform.ts";

const codec = new ProtoCodec(descriptorJson as unknown as Descriptor);
const clientId = createServerIdentity(); // Terraform's side: a one-time self-signed client certificate

function derToPem(b64: string): string {
  const padded = b64 + "=".repeat((4 - (b64.length % 4)) % 4);
  return `-----BEGIN CERTIFICATE-----\n${padded.replace(/(.{64})/g, "$1\n")}\n-----END CERTIFICATE-----\n`;
}

function connect(launch: Launch, identity = clientId): { client: grpc.Client; call: (service: string, method: string, req: Record<string, unknown>) => Promise<any> } {
  const [, , network, address, , cert] = launch.handshake.split("|");
  assert.equal(network, "unix");
  const creds = grpc.credentials.createSsl(Buffer.from(derToPem(cert)), Buffer.from(identity.keyPem), Buffer.from(identity.certPem));
  const client = new grpc.Client(`unix:${address}`, creds, { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" });
  const call = (service: string, method: string, req: Record<string, unknown>) => {
    const m = codec.descriptor.services[service][method];
    return new Promise((resolve, reject) =>
      client.makeUnaryRequest(m.path, (v: Record<string, unknown>) => codec.encode(m.request, v), (b: Buffer) => codec.decode(m.response, b), req, { deadline: Date.now() + 15_000 }, (err, res) =>
        err ? reject(err) : resolve(res),
      ),
    );
  };
  return { client, call };
}

describe("tf provider process", () => {
  let install: ProviderInstall;
  before(async () => {
    install = await installProviderForTests();
  });
  after(() => install?.cleanup());

  it("prints exactly one handshake line: 1|6|unix|<socket>|grpc|<unpadded base64 DER>", async () => {
    const launch = await launchProvider(install.binary, clientId.certPem, { KONNECT_PROVIDER_CACHE_DIR: install.root + "/provider-cache" });
    const parts = launch.handshake.split("|");
    assert.equal(parts.length, 6);
    assert.deepEqual(parts.slice(0, 3), ["1", "6", "unix"]);
    assert.equal(parts[4], "grpc");
    assert.match(parts[5], /^[A-Za-z0-9+/]{50,}$/); // no '=' padding: Go decodes with RawStdEncoding
    assert.ok(existsSync(parts[3]), "socket exists while serving");
    launch.child.kill("SIGTERM");
    await launch.exited;
    assert.equal(launch.stdout(), launch.handshake + "\n", "stdout carries nothing but the handshake");
    assert.ok(!existsSync(parts[3]), "socket removed on SIGTERM");
  });

  it("serves tfplugin6 over mutual TLS and exits promptly on GRPCController.Shutdown", async () => {
    const launch = await launchProvider(install.binary, clientId.certPem, { KONNECT_PROVIDER_CACHE_DIR: install.root + "/provider-cache" });
    const { client, call } = connect(launch);
    try {
      const schema = await call("tfplugin6.Provider", "GetProviderSchema", {});
      assert.ok(schema.resource_schemas.konnect_gateway_plugin_openid_connect);
      assert.ok(schema.data_source_schemas.konnect_gateway_control_plane_list);
      assert.equal(schema.resource_schemas.konnect_gateway_plugin_openid_connect.block.attributes.find((a: any) => a.name === "config").nested_type.nesting, "SINGLE");

      // A validate call loads the lazily compiled provider inside the bundle and runs the contract.
      const s = deriveSchemas().resources.konnect_gateway_plugin_openid_connect;
      const config = encodeMsgpack({ control_plane_id: UNKNOWN, config: { issuer: "https://idp.example", auth_methods: ["bearer", "telepathy"] } } as never, schemaType(s));
      const v = await call("tfplugin6.Provider", "ValidateResourceConfig", { type_name: "konnect_gateway_plugin_openid_connect", config: { msgpack: config } });
      assert.equal(v.diagnostics.length, 1);
      assert.match(v.diagnostics[0].detail, /\[ERR_INVALID_ATTRIBUTE\]/);
      assert.deepEqual(v.diagnostics[0].attribute.steps, [{ attribute_name: "config" }, { attribute_name: "auth_methods" }, { element_key_int: 1 }]);

      // Plan for a create: defaults planned, id unknown.
      const plan = await call("tfplugin6.Provider", "PlanResourceChange", {
        type_name: "konnect_gateway_plugin_openid_connect",
        prior_state: { msgpack: Uint8Array.of(0xc0) },
        proposed_new_state: { msgpack: config },
        config: { msgpack: encodeMsgpack({ control_plane_id: "cp", config: { issuer: "https://idp.example" } } as never, schemaType(s)) },
      });
      const planned = decodeMsgpack(plan.planned_state.msgpack, schemaType(s)) as any;
      assert.equal(planned.enabled, true);
      assert.equal(planned.config.issuer, "https://idp.example");

      const health = await call("grpc.health.v1.Health", "Check", { service: "plugin" });
      assert.equal(health.status, "SERVING");
      const socket = launch.handshake.split("|")[3];
      const t0 = performance.now();
      await call("plugin.GRPCController", "Shutdown", {});
      const { code } = await launch.exited;
      process.stderr.write(`# provider exited ${(performance.now() - t0).toFixed(1)} ms after Shutdown\n`);
      assert.equal(code, 0);
      assert.ok(!existsSync(socket), "socket removed on Shutdown");
    } finally {
      client.close();
      launch.child.kill("SIGKILL");
    }
  });

  it("rejects a client that does not present Terraform's certificate", async () => {
    const launch = await launchProvider(install.binary, clientId.certPem, { KONNECT_PROVIDER_CACHE_DIR: install.root + "/provider-cache" });
    const stranger = createServerIdentity();
    const { client, call } = connect(launch, stranger);
    try {
      await assert.rejects(call("tfplugin6.Provider", "GetProviderSchema", {}), (e: grpc.ServiceError) => e.code === grpc.status.UNAVAILABLE);
    } finally {
      client.close();
      launch.child.kill("SIGTERM");
      await launch.exited;
    }
  });

  it("refuses to run without Terraform's magic cookie", async () => {
    await assert.rejects(launchProvider(install.binary, undefined, { TF_PLUGIN_MAGIC_COOKIE: undefined, KONNECT_PROVIDER_CACHE_DIR: install.root + "/provider-cache" }), /exited \(1\).*This binary is a plugin/s);
  });

  it("serves plaintext only when Terraform sends no client certificate (TF_DISABLE_PLUGIN_TLS)", async () => {
    const launch = await launchProvider(install.binary, undefined, { KONNECT_PROVIDER_CACHE_DIR: install.root + "/provider-cache" });
    const parts = launch.handshake.split("|");
    assert.equal(parts[5], "", "no certificate field without AutoMTLS");
    const client = new grpc.Client(`unix:${parts[3]}`, grpc.credentials.createInsecure());
    const m = codec.descriptor.services["tfplugin6.Provider"].GetProviderSchema;
    const res: any = await new Promise((resolve, reject) =>
      client.makeUnaryRequest(m.path, (v: any) => codec.encode(m.request, v), (b: Buffer) => codec.decode(m.response, b), {}, (e, r) => (e ? reject(e) : resolve(r))),
    );
    assert.ok(res.resource_schemas.konnect_gateway_service);
    client.close();
    launch.child.kill("SIGTERM");
    await launch.exited;
  });

  it("V8 code cache: written to a fresh 0700 directory; never into a directory others can write to or a symlink", async () => {
    const launchAndStop = async (dir: string) => {
      const launch = await launchProvider(install.binary, clientId.certPem, { KONNECT_PROVIDER_CACHE_DIR: dir });
      launch.child.kill("SIGTERM"); // exits through process.exit: the cache is written on "exit"
      await launch.exited;
    };
    // Fresh directory: created private, cache files private.
    const fresh = join(install.root, "cache-fresh");
    await launchAndStop(fresh);
    assert.equal(lstatSync(fresh).mode & 0o777, 0o700);
    const files = readdirSync(fresh);
    assert.ok(files.some((f) => /^main-[0-9a-f]{16}\.v8cache$/.test(f)), `cache written: ${files}`);
    for (const f of files) assert.equal(lstatSync(join(fresh, f)).mode & 0o777, 0o600, f);

    // World-writable directory (as another local user could create /tmp/terraform-provider-konnect-<uid>
    // first), holding a symlink to a file of ours: nothing is written there, the file is untouched.
    const shared = join(install.root, "cache-shared");
    mkdirSync(shared, { mode: 0o777 });
    chmodSync(shared, 0o777);
    const victim = join(install.root, "victim.txt");
    writeFileSync(victim, "precious");
    for (const f of files) symlinkSync(victim, join(shared, f));
    await launchAndStop(shared);
    assert.deepEqual(readdirSync(shared).sort(), [...files].sort(), "no file added to a world-writable directory");
    assert.equal(readFileSync(victim, "utf8"), "precious");

    // A symlink standing in for the directory is not followed, even to a directory of ours.
    const link = join(install.root, "cache-link");
    const target = join(install.root, "cache-target");
    mkdirSync(target, { mode: 0o700 });
    symlinkSync(target, link);
    await launchAndStop(link);
    assert.deepEqual(readdirSync(target), []);
  });

  it("ignores SIGINT (Ctrl-C reaches the whole process group; Terraform shuts down gracefully) and exits when its parent dies", async () => {
    const launch = await launchProvider(install.binary, clientId.certPem, { KONNECT_PROVIDER_CACHE_DIR: install.root + "/provider-cache" });
    const { client, call } = connect(launch);
    try {
      launch.child.kill("SIGINT");
      const schema = await call("tfplugin6.Provider", "GetProviderSchema", {});
      assert.ok(schema.resource_schemas.konnect_gateway_service, "still serving after SIGINT");
      await call("plugin.GRPCController", "Shutdown", {});
      assert.equal((await launch.exited).code, 0);
    } finally {
      client.close();
      launch.child.kill("SIGKILL");
    }

    // A parent (standing in for Terraform) that starts the provider, prints its pid and is then killed outright.
    const parent = spawn(
      process.execPath,
      ["-e", `const c = require("node:child_process").spawn(process.argv[1], [], { stdio: ["ignore", "pipe", "inherit"], env: process.env }); c.stdout.once("data", () => console.log(c.pid)); setInterval(() => {}, 1000);`, install.binary],
      { env: { PATH: process.env.PATH, TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE, PLUGIN_PROTOCOL_VERSIONS: "6", PLUGIN_CLIENT_CERT: clientId.certPem, KONNECT_PROVIDER_CACHE_DIR: install.root + "/provider-cache" }, stdio: ["ignore", "pipe", "inherit"] },
    );
    const pid = Number(await new Promise<string>((resolve) => parent.stdout!.once("data", (d) => resolve(String(d).trim()))));
    assert.ok(pid > 0);
    parent.kill("SIGKILL");
    const alive = () => {
      try {
        process.kill(pid, 0);
      } catch {
        return false;
      }
      // An exited process not yet reaped by its new parent is a zombie: gone for our purposes.
      try {
        return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
      } catch {
        return true;
      }
    };
    // Generous deadline, not a timing assertion: the provider checks its parent every second.
    for (let i = 0; i < 200 && alive(); i++) await new Promise((r) => setTimeout(r, 50));
    if (alive()) process.kill(pid, "SIGKILL");
    assert.ok(!alive(), "provider exited after its parent died");
  });
});
