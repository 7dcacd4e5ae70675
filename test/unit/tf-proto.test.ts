// The provider's own protobuf codec (cdktf/provider/proto/codec.ts) against @grpc/proto-loader
// (protobufjs) reading the same .proto files: both directions must agree byte-for-value.
import { loadSync } from "@grpc/proto-loader";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";
import { ProtoCodec, type Descriptor } from "../../cdktf/provider/proto/codec.ts";
import { compileDescriptor } from "../../cdktf/provider/proto/compile.ts";
import descriptorJson from "../../cdktf/provider/proto/descriptor.json" with { type: "json" };

const protoDir = fileURLToPath(new URL("../../cdktf/provider/proto/", import.meta.url));
const oracle = loadSync(["tfplugin6.proto", "go-plugin.proto", "health.proto"].map((f) => protoDir + f), {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: false,
  oneofs: false,
});
const codec = new ProtoCodec(descriptorJson as unknown as Descriptor);

function method(service: string, name: string) {
  return (oracle[service] as Record<string, any>)[name];
}

describe("tf-proto codec", () => {
  it("descriptor.json is what compile.ts produces from the .proto files (not stale)", () => {
    assert.deepEqual(JSON.parse(JSON.stringify(compileDescriptor())), descriptorJson);
  });

  it("encodes a GetProviderSchema response that protobufjs decodes to the same value", () => {
    const resp = {
      provider: { version: 0, block: { version: 0, attributes: [{ name: "server_url", type: Buffer.from('"string"'), optional: true, description_kind: "PLAIN" }] } },
      resource_schemas: {
        konnect_x: {
          version: 1,
          block: {
            attributes: [
              {
                name: "config",
                required: true,
                nested_type: { nesting: "SINGLE", attributes: [{ name: "secret", type: Buffer.from('["list","string"]'), optional: true, sensitive: true }] },
              },
            ],
          },
        },
      },
      diagnostics: [{ severity: "WARNING", summary: "s", detail: "d", attribute: { steps: [{ attribute_name: "a" }, { element_key_int: 0 }, { element_key_string: "" }] } }],
      server_capabilities: { plan_destroy: true },
    };
    const bytes = codec.encode("tfplugin6.GetProviderSchema.Response", resp);
    const decoded = method("tfplugin6.Provider", "GetProviderSchema").responseDeserialize(bytes);
    assert.equal(decoded.provider.block.attributes[0].name, "server_url");
    assert.equal(Buffer.from(decoded.provider.block.attributes[0].type).toString(), '"string"');
    const cfg = decoded.resource_schemas.konnect_x.block.attributes[0];
    assert.equal(cfg.nested_type.nesting, "SINGLE");
    assert.equal(cfg.nested_type.attributes[0].sensitive, true);
    assert.equal(decoded.resource_schemas.konnect_x.version, 1);
    // oneof members with default values must still be on the wire (element_key_int 0, empty key).
    assert.deepEqual(decoded.diagnostics[0].attribute.steps, [{ attribute_name: "a" }, { element_key_int: 0 }, { element_key_string: "" }]);
    assert.equal(decoded.diagnostics[0].severity, "WARNING");
    assert.equal(decoded.server_capabilities.plan_destroy, true);
  });

  it("decodes what protobufjs encodes, skipping fields it does not declare", () => {
    const req = {
      type_name: "konnect_gateway_service",
      prior_state: { msgpack: Buffer.from([0xc0]) },
      proposed_new_state: { msgpack: Buffer.from([0x81, 0xa1, 0x61, 0x01]) },
      config: { json: Buffer.from("{}") },
      prior_private: Buffer.from("p"),
    };
    const bytes: Buffer = method("tfplugin6.Provider", "PlanResourceChange").requestSerialize(req);
    // A field number this codec does not know (99, length-delimited) must be skipped, not fatal.
    const withUnknown = Buffer.concat([bytes, Buffer.from([0x9a, 0x06, 0x02, 0x68, 0x69])]);
    const decoded = codec.decode("tfplugin6.PlanResourceChange.Request", withUnknown);
    assert.equal(decoded.type_name, "konnect_gateway_service");
    assert.deepEqual([...(decoded.prior_state as any).msgpack], [0xc0]);
    assert.deepEqual([...(decoded.proposed_new_state as any).msgpack], [0x81, 0xa1, 0x61, 0x01]);
    assert.equal(Buffer.from((decoded.config as any).json).toString(), "{}");
    assert.equal(Buffer.from(decoded.prior_private as Uint8Array).toString(), "p");
  });

  it("round-trips maps, repeated messages, enums and large int64 values", () => {
    const raw = { json: Buffer.from('{"a":1}'), flatmap: { a: "1", "b.c": "" } };
    const bytes = codec.encode("tfplugin6.RawState", raw);
    assert.deepEqual(method("tfplugin6.Provider", "UpgradeResourceState").requestDeserialize(
      method("tfplugin6.Provider", "UpgradeResourceState").requestSerialize({ type_name: "t", version: 2 ** 40, raw_state: raw }),
    ).version, 2 ** 40);
    const back = codec.decode("tfplugin6.RawState", bytes) as any;
    assert.deepEqual(back.flatmap, { a: "1", "b.c": "" });
    const up = codec.decode(
      "tfplugin6.UpgradeResourceState.Request",
      method("tfplugin6.Provider", "UpgradeResourceState").requestSerialize({ type_name: "t", version: 2 ** 40 + 3 }),
    );
    assert.equal(up.version, 2 ** 40 + 3);
    const health = codec.encode("grpc.health.v1.HealthCheckResponse", { status: "SERVING" });
    assert.equal(method("grpc.health.v1.Health", "Check").responseDeserialize(health).status, "SERVING");
  });

  it("knows every RPC path Terraform and go-plugin call", () => {
    const paths = Object.values(descriptorJson.services).flatMap((s) => Object.values(s).map((m) => (m as { path: string }).path));
    for (const p of [
      "/tfplugin6.Provider/GetProviderSchema",
      "/tfplugin6.Provider/PlanResourceChange",
      "/tfplugin6.Provider/ApplyResourceChange",
      "/tfplugin6.Provider/ImportResourceState",
      "/plugin.GRPCController/Shutdown",
      "/plugin.GRPCStdio/StreamStdio",
      "/plugin.GRPCBroker/StartStream",
      "/grpc.health.v1.Health/Check",
    ]) {
      assert.ok(paths.includes(p), p);
    }
  });
});
