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
 * One file, three parts:
 *  - a small bootstrap (plain script) that compiles the other two with a V8 code cache;
 *  - the start-up code (grpc-js, TLS, protobuf codec, handshake), compiled at once;
 *  - the provider proper (zod, undici, pino, resources), kept as a string and compiled on the first
 *    RPC that needs it: a GetProviderSchema-only launch never pays for ~1.4 MB of code.
 * V8 only scans string literals, so the embedded code costs little until it is compiled.
 */
export async function buildProvider(outFile: string): Promise<void> {
  const { deriveSchemas } = await import("../provider/registry.ts");
  const schemas = deriveSchemas();
  const define = { __KONNECT_BUNDLED_SCHEMAS__: JSON.stringify(JSON.stringify(schemas)) };
  const common = { bundle: true, platform: "node", target: "node20", minify: true, legalComments: "none", logLevel: "warning", write: false } as const;

  const lazy = await build({ ...common, entryPoints: [join(root, "cdktf/provider/provider.ts")], format: "cjs", define });
  const providerCode = lazy.outputFiles[0].text;
  const key = (code: string) => createHash("sha256").update(code).update(process.version).digest("hex").slice(0, 16);

  // `./provider.ts`, as server.ts imports it, becomes: compile the embedded code (cached) and re-export.
  const embedProvider = {
    name: "embed-provider",
    setup(b: PluginBuild) {
      b.onResolve({ filter: /^\.\/provider\.ts$/ }, (args) => (args.importer.endsWith("server.ts") ? { path: "embedded-provider", namespace: "embedded" } : undefined));
      b.onLoad({ filter: /.*/, namespace: "embedded" }, () => ({
        loader: "js",
        contents: `const mod = { exports: {} };
__konnectLoad(__konnectProviderCode, "provider", ${JSON.stringify(key(providerCode))})(mod, mod.exports, require);
export const KonnectProvider = mod.exports.KonnectProvider;
export const tuneForShortLivedProcess = mod.exports.tuneForShortLivedProcess;`,
      }));
    },
  };

  const main = await build({ ...common, entryPoints: [join(root, "cdktf/provider/main.ts")], format: "cjs", define, plugins: [embedProvider] });
  const mainCode = main.outputFiles[0].text.replace(/^#!.*\n/, "");
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${SHEBANG}\n${bootstrap(mainCode, key(mainCode), providerCode)}`);
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
 * The bootstrap: compiles code with a V8 code cache kept in a per-user folder (default
 * $TMPDIR/terraform-provider-konnect-<uid>, or KONNECT_PROVIDER_CACHE_DIR; created 0700, and only read
 * or written when it is a real directory owned by this user and writable by nobody else). Caches are written once, at exit, after
 * the launch has run the functions it needed; a missing, foreign or rejected cache means compiling.
 * Measured here: handshake 79-87 ms without a cache for the start-up code, 63-77 ms with one.
 */
function bootstrap(mainCode: string, mainKey: string, providerCode: string): string {
  return `"use strict";
{
const vm = require("node:vm"), fs = require("node:fs"), os = require("node:os"), path = require("node:path");
const uid = typeof process.getuid === "function" ? process.getuid() : -1;
const dir = process.env.KONNECT_PROVIDER_CACHE_DIR || path.join(os.tmpdir(), "terraform-provider-konnect-" + uid);
// Ours: a real directory (lstat: not a symlink someone planted in /tmp), owned by this user, not
// group/world-writable. Anything else is neither read nor written: another local user could have
// created the directory first and filled it with symlinks that a write would follow.
const ours = () => {
  try {
    const st = fs.lstatSync(dir);
    return st.isDirectory() && (uid < 0 || st.uid === uid) && (st.mode & 0o022) === 0;
  } catch { return false; }
};
const trusted = ours();
const pending = [];
process.once("exit", () => {
  if (pending.length === 0) return;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!ours()) return;
    for (const [file, script, name] of pending) {
      const tmp = file + "." + process.pid + "." + Math.random().toString(36).slice(2);
      // "wx": never follow or reuse an existing path.
      fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600, flag: "wx" });
      fs.renameSync(tmp, file);
      // Caches of earlier builds are never read again.
      for (const old of fs.readdirSync(dir)) if (old.startsWith(name + "-") && old.endsWith(".v8cache") && path.join(dir, old) !== file) fs.rmSync(path.join(dir, old), { force: true });
    }
  } catch {}
});
const load = (code, name, key) => {
  const file = path.join(dir, name + "-" + key + ".v8cache");
  let cachedData;
  if (trusted) try { cachedData = fs.readFileSync(file); } catch {}
  const script = new vm.Script("(function (module, exports, require, __konnectLoad, __konnectProviderCode) {" + code + "\\n})", { filename: "terraform-provider-konnect/" + name + ".js", cachedData });
  if (!cachedData || script.cachedDataRejected) pending.push([file, script, name]);
  return script.runInThisContext();
};
const mod = { exports: {} };
load(${JSON.stringify(mainCode)}, "main", ${JSON.stringify(mainKey)})(mod, mod.exports, require, load, ${JSON.stringify(providerCode)});
}
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
    `built and installed kong/konnect ${PROVIDER_VERSION} in ${Date.now() - t0} ms\n  binary: ${out.binary}\n\nexport TF_CLI_CONFIG_FILE=${out.cliConfigFile}\n` +
      // Same version, new hash: `terraform init -upgrade` keeps insisting on the recorded hash.
      `(working directories initialised with an earlier build: rm .terraform.lock.hcl && terraform init)\n`,
  );
}
