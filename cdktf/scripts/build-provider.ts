// Builds terraform-provider-konnect as ONE executable file (esbuild bundle, node shebang, schema
// precomputed from the contract) and installs it into a Terraform filesystem mirror with a CLI config.
//
//   npm run provider:install                 → cdktf/provider/dist/{mirror/…, terraformrc}
//   npx tsx cdktf/scripts/build-provider.ts --dest /some/dir
//
// Then: export TF_CLI_CONFIG_FILE=$PWD/cdktf/provider/dist/terraformrc   (terraform init works offline)
import { build, type PluginBuild } from "esbuild";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const PROVIDER_SOURCE = "registry.terraform.io/kong/konnect";
export const PROVIDER_VERSION: string = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;

export function platformDir(): string {
  const os = process.platform === "win32" ? "windows" : process.platform;
  const arch = ({ x64: "amd64", arm64: "arm64", ia32: "386" } as Record<string, string>)[process.arch] ?? process.arch;
  return `${os}_${arch}`;
}

/**
 * Bundles the provider into `outFile` (mode 755). The schema is derived here, at build time.
 *
 * Two stages, one file: everything the handshake needs (grpc-js, TLS, protobuf codec) is ordinary
 * code; the provider proper (zod, undici, pino, resources) is bundled separately and embedded as a
 * string that is compiled on the first RPC needing it. V8 only scans a string literal, so start-up
 * does not pay for compiling ~1.4 MB of code a GetProviderSchema-only launch never runs.
 */
export async function buildProvider(outFile: string): Promise<void> {
  const { deriveSchemas } = await import("../provider/registry.ts");
  const schemas = deriveSchemas();
  const define = { __KONNECT_BUNDLED_SCHEMAS__: JSON.stringify(JSON.stringify(schemas)) };
  const common = { bundle: true, platform: "node", target: "node20", minify: true, legalComments: "none", logLevel: "warning", write: false } as const;

  const lazy = await build({ ...common, entryPoints: [join(root, "cdktf/provider/provider.ts")], format: "cjs", define });
  const lazyCode = lazy.outputFiles[0].text;

  const cacheKey = createHash("sha256").update(lazyCode).update(process.version).digest("hex").slice(0, 16);
  const embedProvider = {
    name: "embed-provider",
    setup(b: PluginBuild) {
      b.onResolve({ filter: /^\.\/provider\.ts$/ }, (args) => (args.importer.endsWith("server.ts") ? { path: "embedded-provider", namespace: "embedded" } : undefined));
      b.onLoad({ filter: /.*/, namespace: "embedded" }, () => ({
        loader: "js",
        contents: embeddedProviderModule(lazyCode, cacheKey),
      }));
    },
  };

  const main = await build({
    ...common,
    entryPoints: [join(root, "cdktf/provider/main.ts")],
    format: "cjs",
    define,
    plugins: [embedProvider],
  });
  const body = main.outputFiles[0].text.replace(/^#!.*\n/, "");
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${SHEBANG}\n${body}`);
  chmodSync(outFile, 0o755);
}

/**
 * Node picks a module loader from the file name and the nearest package.json: a file named
 * `…_v0.1.0` inside a `"type": "module"` package (a mirror or an app folder inside this repo) is
 * refused ("Unknown file extension .0"). So the shebang has node read and run the file as a plain
 * script, whatever its name and wherever it lives. (V8 accepts the `#!` line in script source.)
 */
const SHEBANG = `#!/usr/bin/env -S node -e "require('vm').runInThisContext(require('fs').readFileSync(process.argv[1],'utf8'),{filename:process.argv[1]})"`;

/**
 * The module that stands in for `./provider.ts` in the bundle: compiles the embedded provider code on
 * first use, with a V8 code cache kept in a per-user folder (0700, checked to be ours before it is
 * trusted) so later launches skip most of the compile. The cache is written once, at exit, after the
 * launch has run the functions it needed; a missing, foreign or rejected cache just means compiling.
 */
function embeddedProviderModule(code: string, cacheKey: string): string {
  return `import { Script } from "node:vm";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
const code = ${JSON.stringify(code)};
const uid = typeof process.getuid === "function" ? process.getuid() : -1;
const dir = process.env.KONNECT_PROVIDER_CACHE_DIR || join(tmpdir(), "terraform-provider-konnect-" + uid);
const file = join(dir, "provider-${cacheKey}.v8cache");
let cachedData;
try {
  const st = statSync(dir);
  if ((uid < 0 || st.uid === uid) && (st.mode & 0o022) === 0) cachedData = readFileSync(file);
} catch {}
const script = new Script("(function (module, exports, require) {" + code + "\\n})", { filename: "terraform-provider-konnect/provider.js", cachedData });
const mod = { exports: {} };
script.runInThisContext()(mod, mod.exports, require);
if (!cachedData || script.cachedDataRejected) {
  process.once("exit", () => {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const tmp = file + "." + process.pid;
      writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      renameSync(tmp, file);
    } catch {}
  });
}
export const KonnectProvider = mod.exports.KonnectProvider;
export const tuneForShortLivedProcess = mod.exports.tuneForShortLivedProcess;
`;
}

export interface Installed {
  binary: string;
  mirrorDir: string;
  cliConfigFile: string;
}

/** Builds and installs into `<dest>/mirror/<host>/<ns>/<type>/<version>/<os_arch>/` and writes `<dest>/terraformrc`. */
export async function installProvider(dest: string): Promise<Installed> {
  const mirrorDir = join(dest, "mirror");
  const pkgDir = join(mirrorDir, PROVIDER_SOURCE, PROVIDER_VERSION, platformDir());
  const binary = join(pkgDir, `terraform-provider-konnect_v${PROVIDER_VERSION}`);
  const built = join(dest, "terraform-provider-konnect");
  await buildProvider(built);
  mkdirSync(pkgDir, { recursive: true });
  copyFileSync(built, binary);
  chmodSync(binary, 0o755);
  const cliConfigFile = join(dest, "terraformrc");
  writeFileSync(cliConfigFile, cliConfig(mirrorDir));
  return { binary, mirrorDir, cliConfigFile };
}

export function cliConfig(mirrorDir: string): string {
  return `# Written by cdktf/scripts/build-provider.ts: kong/konnect comes from the local mirror, everything else from the registry.
provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(mirrorDir)}
    include = [${JSON.stringify(PROVIDER_SOURCE)}]
  }
  direct {
    exclude = [${JSON.stringify(PROVIDER_SOURCE)}]
  }
}
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const i = process.argv.indexOf("--dest");
  const dest = resolve(i > 0 ? process.argv[i + 1] : join(root, "cdktf/provider/dist"));
  const t0 = Date.now();
  const out = await installProvider(dest);
  process.stderr.write(
    `built and installed kong/konnect ${PROVIDER_VERSION} in ${Date.now() - t0} ms\n  binary: ${out.binary}\n\nexport TF_CLI_CONFIG_FILE=${out.cliConfigFile}\n`,
  );
}
