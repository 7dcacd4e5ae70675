// Build step: turns the .proto files in this folder into descriptor.json, the compact table the
// runtime codec (codec.ts) reads. The provider never parses .proto text at start-up.
//
// Run: npx tsx cdktf/provider/proto/compile.ts   (descriptor.json is committed)
import { loadSync } from "@grpc/proto-loader";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Descriptor, FieldDescriptor, ScalarType } from "./codec.ts";

const here = dirname(fileURLToPath(import.meta.url));
const FILES = ["tfplugin6.proto", "go-plugin.proto", "health.proto"];

interface DescriptorProto {
  name: string;
  field: { name: string; number: number; label: string; type: string; typeName: string }[];
  nestedType: DescriptorProto[];
  enumType: { name: string; value: { name: string; number: number }[] }[];
  oneofDecl: unknown[];
  options: { mapEntry?: boolean } | null;
}

const SCALARS: Record<string, FieldDescriptor["type"]> = {
  TYPE_STRING: "string",
  TYPE_BYTES: "bytes",
  TYPE_BOOL: "bool",
  TYPE_INT64: "int64",
  TYPE_INT32: "int64",
  TYPE_UINT32: "int64",
  TYPE_UINT64: "int64",
};

export function compileDescriptor(): Descriptor {
  const def = loadSync(FILES.map((f) => join(here, f)), { keepCase: true });
  const out: Descriptor = { messages: {}, enums: {}, services: {} };
  const raw = new Map<string, DescriptorProto>();

  // proto-loader lists top-level types; nested ones are reached through nestedType.
  const collect = (full: string, d: DescriptorProto) => {
    raw.set(full, d);
    for (const n of d.nestedType) collect(`${full}.${n.name}`, n);
    for (const e of d.enumType) out.enums[`${full}.${e.name}`] = Object.fromEntries(e.value.map((v) => [v.name, v.number]));
  };
  for (const [name, entry] of Object.entries(def)) {
    const e = entry as { format?: string; type?: DescriptorProto & { value?: { name: string; number: number }[] } };
    if (e.format === "Protocol Buffer 3 DescriptorProto" && e.type) collect(name, e.type);
    if (e.format === "Protocol Buffer 3 EnumDescriptorProto" && e.type?.value) {
      out.enums[name] = Object.fromEntries(e.type.value.map((v) => [v.name, v.number]));
    }
  }

  // Relative type names resolve like protobuf scoping: innermost scope first.
  const resolve = (scope: string, typeName: string): string => {
    if (typeName.startsWith(".")) return typeName.slice(1);
    const parts = scope.split(".");
    for (let i = parts.length; i >= 0; i--) {
      const candidate = [...parts.slice(0, i), typeName].join(".");
      if (raw.has(candidate) || out.enums[candidate]) return candidate;
    }
    throw new Error(`cannot resolve ${typeName} from ${scope}`);
  };

  for (const [full, d] of raw) {
    if (d.options?.mapEntry) continue;
    const fields: FieldDescriptor[] = d.field.map((f) => {
      const fd: FieldDescriptor = { name: f.name, id: f.number, type: "bytes" };
      if (f.label === "LABEL_REPEATED") fd.repeated = true;
      if (d.oneofDecl.length > 0) fd.oneof = true; // only AttributePath.Step has a oneof, and all its fields are in it
      if (SCALARS[f.type]) fd.type = SCALARS[f.type];
      else if (f.type === "TYPE_ENUM") Object.assign(fd, { type: "enum", ref: resolve(full, f.typeName) });
      else if (f.type === "TYPE_MESSAGE") {
        const ref = resolve(full, f.typeName);
        const target = raw.get(ref)!;
        if (target.options?.mapEntry) {
          const value = target.field.find((x) => x.number === 2)!;
          delete fd.repeated;
          fd.type = "map";
          fd.mapValue = value.type === "TYPE_MESSAGE" ? { type: "message", ref: resolve(ref, value.typeName) } : { type: SCALARS[value.type] as ScalarType };
        } else Object.assign(fd, { type: "message", ref });
      } else throw new Error(`unsupported field type ${f.type} in ${full}.${f.name}`);
      return fd;
    });
    out.messages[full] = fields;
  }

  // Services: method paths from proto-loader, request/response types from the rpc lines themselves
  // (proto-loader only keeps simple names, and several requests are the same empty message).
  for (const file of FILES) {
    const text = readFileSync(join(here, file), "utf8");
    const pkg = /^package\s+([\w.]+);/m.exec(text)![1];
    for (const svc of text.matchAll(/service\s+(\w+)\s*\{([^}]*)\}/g)) {
      const service = `${pkg}.${svc[1]}`;
      const methods = def[service] as Record<string, { path: string }>;
      out.services[service] = {};
      for (const rpc of svc[2].matchAll(/rpc\s+(\w+)\s*\(\s*(stream\s+)?([\w.]+)\s*\)\s*returns\s*\(\s*(stream\s+)?([\w.]+)\s*\)/g)) {
        out.services[service][rpc[1]] = {
          path: methods[rpc[1]].path,
          requestStream: Boolean(rpc[2]),
          responseStream: Boolean(rpc[4]),
          request: resolve(pkg, rpc[3]),
          response: resolve(pkg, rpc[5]),
        };
      }
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = join(here, "descriptor.json");
  writeFileSync(file, JSON.stringify(compileDescriptor(), null, 1) + "\n");
  console.error(`wrote ${file}`);
}
