// Terraform (and CDKTF) in tests: the provider built and installed into a throwaway filesystem
// mirror, working directories that never touch $HOME, the real terraform binary, and the real API
// started as a separate process on a loopback port.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KonnectClient } from "../../api/client.ts";
import { installProvider, type Installed } from "../../cdktf/scripts/build-provider.ts";
import { PROJECT_ROOT, startProcess, tsxArgs, type ManagedProcess } from "./processes.ts";

export const TERRAFORM_BIN = process.env.TERRAFORM_BIN ?? "/usr/local/bin/terraform";
export const MAGIC_COOKIE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

export interface ProviderInstall extends Installed {
  /** Scratch root: the mirror, the CLI config and every HOME/working dir made from it. */
  root: string;
  cleanup(): void;
}

/** Builds the bundle and installs it into a fresh mirror with its own CLI config. */
export async function installProviderForTests(): Promise<ProviderInstall> {
  const root = mkdtempSync(join(tmpdir(), "tf-konnect-"));
  const installed = await installProvider(join(root, "provider"));
  return { ...installed, root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Environment for terraform/cdktf child processes: HOME and caches inside the scratch dir, our CLI
 * config, no checkpoint calls, and no NODE_EXTRA_CA_CERTS (this machine sets it; it adds ~40 ms to
 * every provider launch and the provider needs no extra CAs for a loopback API).
 */
export function terraformEnv(install: ProviderInstall, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const home = join(install.root, "home");
  mkdirSync(home, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: process.env.TMPDIR,
    TF_CLI_CONFIG_FILE: install.cliConfigFile,
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    NO_COLOR: "1",
    CDKTF_HOME: join(home, ".cdktf"),
    CDKTF_DISABLE_PLUGIN_CACHE_ENV: "1",
    DISABLE_VERSION_CHECK: "1",
    // The provider's V8 code cache (see build-provider.ts) inside the scratch dir, not in /tmp.
    KONNECT_PROVIDER_CACHE_DIR: join(install.root, "provider-cache"),
    ...extra,
  };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout + stderr, for assertions on what a user sees. */
  output: string;
}

export function run(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: opts.cwd, env: opts.env, maxBuffer: 64 << 20, timeout: opts.timeoutMs ?? 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === "number" ? ((err as { code: number }).code) : 1) : 0;
      resolve({ code, stdout, stderr, output: `${stdout}\n${stderr}` });
    });
  });
}

/** A terraform working directory with its own files and environment. */
export class Workspace {
  constructor(
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  static create(install: ProviderInstall, name: string, env: Record<string, string | undefined> = {}): Workspace {
    return new Workspace(join(install.root, "work", name), terraformEnv(install, env));
  }

  /** Replaces the .tf files of the workspace. */
  write(files: Record<string, string>): this {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(this.dir, name), text);
    return this;
  }

  remove(name: string): this {
    rmSync(join(this.dir, name), { force: true });
    return this;
  }

  tf(args: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
    const merged = { ...this.env, ...env };
    for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
    return run(TERRAFORM_BIN, args, { cwd: this.dir, env: merged });
  }

  init() {
    return this.tf(["init", "-input=false", "-no-color"]);
  }
  apply(extra: string[] = []) {
    return this.tf(["apply", "-auto-approve", "-input=false", "-no-color", ...extra]);
  }
  /** `plan -detailed-exitcode`: 0 no changes, 2 changes, 1 error. */
  plan(extra: string[] = []) {
    return this.tf(["plan", "-detailed-exitcode", "-input=false", "-no-color", ...extra]);
  }
  destroy() {
    return this.tf(["destroy", "-auto-approve", "-input=false", "-no-color"]);
  }
  /** `terraform show -json`: the state's resources by address. */
  async state(): Promise<Record<string, Record<string, any>>> {
    const r = await this.tf(["show", "-json", "-no-color"]);
    if (r.code !== 0) throw new Error(`terraform show failed:\n${r.output}`);
    const doc = JSON.parse(r.stdout) as { values?: { root_module?: { resources?: { address: string; values: Record<string, any> }[] } } };
    return Object.fromEntries((doc.values?.root_module?.resources ?? []).map((x) => [x.address, x.values]));
  }
}

/** Fails with terraform's own output when a command did not exit as expected. */
export function expectExit(r: RunResult, code: number, what: string): RunResult {
  if (r.code !== code) throw new Error(`${what}: expected exit ${code}, got ${r.code}\n${r.output}`);
  return r;
}

// ---- the API under test ---------------------------------------------------------------------------

export interface RunningApi {
  url: string;
  token: string;
  /** The API's SQLite data dir (the token CLI works on it too). */
  dataDir: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

/** The real API (`api/main.ts`) on an ephemeral loopback port with a throwaway SQLite data dir. */
export async function startApi(root: string): Promise<RunningApi> {
  const dataDir = mkdtempSync(join(root, "api-data-"));
  const token = "kpat_" + "tfE2eBootstrapToken".padEnd(40, "x");
  const { command, args } = tsxArgs("api/main.ts");
  const proc = await startProcess({
    name: "api",
    command,
    args,
    cwd: PROJECT_ROOT,
    // info: the readiness line ("API listening" with the bound address) is logged at info level.
    // Auth cache off: a token revoked with the CLI is refused at once.
    env: { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, KONNECT_BOOTSTRAP_TOKEN: token, KONNECT_AUTH_CACHE_TTL_MS: "0", LOG_LEVEL: "info", NODE_EXTRA_CA_CERTS: undefined, DATABASE_URL: undefined },
    ready: /"msg":"API listening"/,
    timeoutMs: 60_000,
  });
  const url = (JSON.parse(proc.readyLine) as { address: string }).address;
  return {
    url,
    token,
    dataDir,
    process: proc,
    stop: async () => {
      await proc.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Provider install and API started side by side; whatever did start is cleaned up if the other fails. */
export async function installAndStartApi(): Promise<{ install: ProviderInstall; api: RunningApi }> {
  const [install, api] = await Promise.allSettled([installProviderForTests(), startApi(tmpdir())]);
  if (install.status === "fulfilled" && api.status === "fulfilled") return { install: install.value, api: api.value };
  if (install.status === "fulfilled") install.value.cleanup();
  if (api.status === "fulfilled") await api.value.stop();
  throw install.status === "rejected" ? install.reason : (api as PromiseRejectedResult).reason;
}

/** What the e2e files share: the provider installed, an API, a client of it, the TF_VAR_s the configs read. */
export interface TerraformStack {
  install: ProviderInstall;
  api: RunningApi;
  client: KonnectClient;
  /** TF_VAR_server_url and TF_VAR_token for this API. */
  vars: Record<string, string>;
  stop(): Promise<void>;
}

export async function startTerraformStack(): Promise<TerraformStack> {
  const { install, api } = await installAndStartApi();
  const client = new KonnectClient({ serverUrl: api.url, token: api.token });
  return {
    install,
    api,
    client,
    vars: { TF_VAR_server_url: api.url, TF_VAR_token: api.token },
    stop: async () => {
      await client.close();
      await api.stop();
      install.cleanup();
    },
  };
}

/** The API's own token CLI (`npm run tokens -- …`) against the API's data dir. */
export function tokensCli(api: RunningApi, args: string[]): Promise<RunResult> {
  const { command, args: pre } = tsxArgs("api/cli/tokens.ts");
  return run(command, [...pre, ...args], { cwd: PROJECT_ROOT, env: { PATH: process.env.PATH, DATA_DIR: api.dataDir } });
}

// ---- launching the provider directly (handshake tests, benchmark) ---------------------------------

export interface Launch {
  /** The handshake line (without newline). */
  handshake: string;
  /** Spawn to handshake line, ms. */
  ms: number;
  child: ReturnType<typeof spawn>;
  /** Everything the process wrote to stdout, until now. */
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the provider as Terraform does (magic cookie, protocol versions, client certificate). */
export function launchProvider(binary: string, clientCertPem: string | undefined, env: NodeJS.ProcessEnv = {}): Promise<Launch> {
  const started = performance.now();
  const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, TMPDIR: process.env.TMPDIR, TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE, PLUGIN_PROTOCOL_VERSIONS: "5,6", ...env };
  if (clientCertPem) childEnv.PLUGIN_CLIENT_CERT = clientCertPem;
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  const child = spawn(binary, [], { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once("exit", (code, signal) => r({ code, signal })));
  return new Promise((resolve, reject) => {
    const onData = () => {
      const nl = out.indexOf("\n");
      if (nl < 0) return;
      child.stdout!.off("data", onData);
      resolve({ handshake: out.slice(0, nl), ms: performance.now() - started, child, stdout: () => out, stderr: () => err, exited });
    };
    child.stdout!.on("data", onData);
    void exited.then(({ code, signal }) => reject(new Error(`provider exited (${code ?? signal}) before the handshake: ${err}`)));
  });
}
