// Generates the CDKTF TypeScript bindings in cdktf/bindings from the provider's own GetProviderSchema
// answer (encoded and decoded through the same protobuf codec Terraform talks to), converted to the
// `terraform providers schema -json` shape that @cdktf/provider-generator reads.
//
//   npm run bindings:generate            → cdktf/bindings (committed)
//   npx tsx cdktf/scripts/generate-bindings.ts --out /tmp/x   (the staleness test uses this)
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const PROVIDER_ADDRESS = "registry.terraform.io/kong/konnect";
const PROVIDER_VERSION: string = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
export const BINDINGS_DIR = join(root, "cdktf/bindings");

/** The provider schema exactly as a GetProviderSchema call returns it over the wire, in terraform's JSON format. */
export async function providerSchemaJson(): Promise<Record<string, unknown>> {
  const { KonnectProvider } = await import("../provider/provider.ts");
  const { ProtoCodec } = await import("../provider/proto/codec.ts");
  const { protoResponseToTerraformJson } = await import("../provider/schema/types.ts");
  const descriptor = (await import("../provider/proto/descriptor.json", { with: { type: "json" } })).default;
  const codec = new ProtoCodec(descriptor as never);
  const type = "tfplugin6.GetProviderSchema.Response";
  const wire = codec.decode(type, codec.encode(type, new KonnectProvider().GetProviderSchema()));
  return protoResponseToTerraformJson(wire, PROVIDER_ADDRESS);
}

export async function generateBindings(outDir: string): Promise<void> {
  // @cdktf/commons runs `terraform version` and writes ~/.cdktf when it is loaded: contain both.
  const scratch = mkdtempSync(join(tmpdir(), "cdktf-home-"));
  process.env.CHECKPOINT_DISABLE = "1";
  process.env.CDKTF_HOME ??= scratch;
  process.env.CDKTF_DISABLE_PLUGIN_CACHE_ENV = "1";
  // That `terraform version` warns on a CLI config file that does not exist; give it an empty one.
  if (!process.env.TF_CLI_CONFIG_FILE || !existsSync(process.env.TF_CLI_CONFIG_FILE)) {
    process.env.TF_CLI_CONFIG_FILE = join(scratch, "terraformrc");
    writeFileSync(process.env.TF_CLI_CONFIG_FILE, "");
  }
  try {
    // provider_versions pins required_providers.konnect.version in synthesized stacks (cdktf deploy
    // insists on one); it is the version the mirror installs, i.e. package.json's.
    const schema = { ...(await providerSchemaJson()), provider_versions: { [PROVIDER_ADDRESS]: PROVIDER_VERSION } };
    const { generateProviderBindingsFromSchema } = await import("@cdktf/provider-generator");
    rmSync(join(outDir, "providers"), { recursive: true, force: true });
    await generateProviderBindingsFromSchema(outDir, schema as never);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const i = process.argv.indexOf("--out");
  const out = resolve(i > 0 ? process.argv[i + 1] : BINDINGS_DIR);
  await generateBindings(out);
  process.stderr.write(`bindings written to ${out}\n`);
}
