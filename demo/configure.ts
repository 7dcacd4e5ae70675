// Applying the seed scenario's configuration: with terraform through our provider (the example
// HCL as written, plus demo/terraform/ for the upstream address), or — when terraform is not
// available — the same configuration through the REST API, printing the equivalent curl.
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { delimiter, join } from "node:path";
import { ApiError, type KonnectClient } from "../api/client.ts";
import type { Installed } from "../cdktf/scripts/build-provider.ts";
import { DemoError } from "./errors.ts";
import { PROJECT_ROOT, runCommand, type ChildRegistry } from "./processes.ts";
import { secs, type Reporter } from "./report.ts";
import { SEED, seedPluginConfig, type SeedValues } from "./seed.ts";

export const EXAMPLE_HCL = join(PROJECT_ROOT, "cdktf/examples/hcl/route/main.tf");
const DEMO_HCL_DIR = join(PROJECT_ROOT, "demo/terraform");

export interface Configured {
  via: "terraform" | "rest";
  controlPlaneId: string;
  serviceId: string;
  routeId: string;
  pluginId: string;
}

export interface ConfigureInput {
  apiUrl: string;
  adminToken: string;
  values: SeedValues;
  upstream: { host: string; port: number };
}

/** The terraform binary to use, or why there is none. */
export function findTerraform(choice: string): { bin: string } | { missing: string } {
  if (choice === "off") return { missing: "--no-terraform was given" };
  if (choice !== "auto") {
    return isExecutable(choice) ? { bin: choice } : { missing: `--terraform ${choice} is not an executable file` };
  }
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && isExecutable(join(dir, "terraform"))) return { bin: join(dir, "terraform") };
  }
  return { missing: "terraform was not found on PATH" };
}

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// ---- terraform ----------------------------------------------------------------------------------

export async function applyWithTerraform(
  r: Reporter,
  registry: ChildRegistry,
  input: ConfigureInput,
  opts: { terraformBin: string; workDir: string; logDir: string; provider: Promise<BuiltProvider> },
): Promise<Configured> {
  const { installed, ms } = await opts.provider;
  r.line(`provider kong/konnect built from cdktf/provider in ${secs(ms)}s (while the servers started), installed in a filesystem mirror:`);
  r.line(`  ${installed.mirrorDir}`);

  const ws = join(opts.workDir, "terraform", "work");
  const home = join(opts.workDir, "terraform", "home");
  mkdirSync(ws, { recursive: true });
  mkdirSync(home, { recursive: true });
  copyFileSync(EXAMPLE_HCL, join(ws, "main.tf"));
  for (const f of readdirSync(DEMO_HCL_DIR).filter((f) => f.endsWith(".tf"))) copyFileSync(join(DEMO_HCL_DIR, f), join(ws, f));
  r.line(`HCL: cdktf/examples/hcl/route/main.tf (the seed page's konnect_gateway_plugin_openid_connect, as written)`);
  r.line(`   + demo/terraform/demo.tf, demo_override.tf (the service points at the local upstream)`);

  // Terraform gets its own HOME and CLI config: nothing is read from or written to the user's.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: process.env.TMPDIR,
    TF_CLI_CONFIG_FILE: installed.cliConfigFile,
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    NO_COLOR: "1",
    // Secrets and endpoints through the environment, as the example's header says.
    KONNECT_TOKEN: input.adminToken,
    TF_VAR_server_url: input.apiUrl,
    TF_VAR_issuer: input.values.issuer,
    TF_VAR_client_id: input.values.clientId,
    TF_VAR_client_secret: input.values.clientSecret,
    TF_VAR_subject_token_issuer: input.values.subjectTokenIssuer,
    TF_VAR_upstream_host: input.upstream.host,
    TF_VAR_upstream_port: String(input.upstream.port),
  };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  r.line("environment: KONNECT_TOKEN (admin token), TF_VAR_server_url, TF_VAR_issuer (B), TF_VAR_subject_token_issuer (A),");
  r.line("             TF_VAR_client_id, TF_VAR_client_secret, TF_VAR_upstream_host, TF_VAR_upstream_port");

  const tf = async (args: string[], what: string) => {
    const t0 = performance.now();
    const res = await runCommand(registry, { name: `terraform ${args[0]}`, command: opts.terraformBin, args, env, cwd: ws, logFile: join(opts.logDir, "terraform.log") });
    if (res.code !== 0) {
      throw new DemoError("DEMO_TERRAFORM_FAILED", `terraform ${what} failed (exit ${res.code ?? res.signal}); full output in ${join(opts.logDir, "terraform.log")}`, res.output.split("\n").slice(-30));
    }
    r.code(`$ terraform ${args.join(" ")}   (${secs(performance.now() - t0)}s)`);
    return res.output;
  };

  const init = await tf(["init", "-input=false", "-no-color"], "init");
  const installedLine = init.split("\n").find((l) => /Installed kong\/konnect/.test(l));
  if (installedLine) r.line(`  ${installedLine.replace(/^- /, "").trim()}`);
  const apply = await tf(["apply", "-auto-approve", "-input=false", "-no-color"], "apply");
  for (const l of apply.split("\n")) if (/Creation complete|Apply complete!/.test(l)) r.line(`  ${l.trim()}`);
  r.check("terraform.secret_hidden", !apply.includes(input.values.clientSecret), "terraform's output never shows the client secret (sensitive)");
  const out = JSON.parse(await tf(["output", "-json", "-no-color"], "output")) as Record<string, { value: string }>;
  return {
    via: "terraform",
    controlPlaneId: out.control_plane_id.value,
    serviceId: out.service_id.value,
    routeId: out.route_id.value,
    pluginId: out.plugin_id.value,
  };
}

export interface BuiltProvider {
  installed: Installed;
  ms: number;
}

/** Builds and installs the provider into the work dir (the demo starts this while the servers start). */
export async function buildProvider(workDir: string): Promise<BuiltProvider> {
  const t0 = performance.now();
  const { installProvider } = await import("../cdktf/scripts/build-provider.ts");
  const installed = await installProvider(join(workDir, "terraform", "provider"));
  return { installed, ms: performance.now() - t0 };
}

export function exampleHclPresent(): boolean {
  return existsSync(EXAMPLE_HCL);
}

// ---- REST -----------------------------------------------------------------------------------------

/** The same resources through the API, each call printed as the curl a user would type. */
export async function applyWithRest(r: Reporter, client: KonnectClient, input: ConfigureInput): Promise<Configured> {
  const api = input.apiUrl;
  const secret = input.values.clientSecret;
  r.line(`export KONNECT_TOKEN=<the demo's admin token>  CLIENT_SECRET=<secret of client ${input.values.clientId} at B>`);
  const step = async <T extends { id: string }>(path: string, body: Record<string, unknown>, call: () => Promise<T>): Promise<T> => {
    r.code(curl("POST", `${api}${path}`, body, secret));
    try {
      const created = await call();
      r.line(`  → 201 created, id ${created.id}`);
      return created;
    } catch (e) {
      throw new DemoError("DEMO_API_FAILED", `POST ${path} failed: ${e instanceof ApiError ? `${e.code} ${e.message}` : (e as Error).message}`);
    }
  };
  const cpBody = { name: SEED.controlPlaneName, description: SEED.controlPlaneDescription };
  const cp = await step("/v2/control-planes", cpBody, () => client.controlPlanes.create(cpBody as never));
  const core = `/v2/control-planes/${cp.id}/core-entities`;
  const svcBody = { name: SEED.serviceName, host: input.upstream.host, port: input.upstream.port };
  const svc = await step(`${core}/services`, svcBody, () => client.services.create(cp.id, svcBody as never));
  const routeBody = { name: SEED.routeName, paths: [SEED.routePath], service: { id: svc.id } };
  const route = await step(`${core}/routes`, routeBody, () => client.routes.create(cp.id, routeBody as never));
  const pluginBody = { name: "openid-connect", enabled: true, config: seedPluginConfig(input.values), tags: [], route: { id: route.id } };
  const plugin = await step(`${core}/plugins`, pluginBody, () => client.plugins.create(cp.id, pluginBody));
  return { via: "rest", controlPlaneId: cp.id, serviceId: svc.id, routeId: route.id, pluginId: plugin.id };
}

/** A copy-pasteable curl; the admin token and the client secret stay shell variables. */
export function curl(method: string, url: string, body: unknown, secret?: string): string {
  // Indented, but arrays of plain values on one line: short enough to read, valid JSON to paste.
  let json = JSON.stringify(body, null, 2).replace(/\[\s+([^\[\]{}]*?)\s+\]/g, (_m, inner: string) => `[${inner.replace(/\s*\n\s*/g, " ")}]`);
  if (secret) json = json.split(JSON.stringify(secret)).join(`"'"$CLIENT_SECRET"'"`);
  return [`curl -sS -X ${method} '${url}' \\`, `  -H "Authorization: Bearer $KONNECT_TOKEN" -H 'Content-Type: application/json' \\`, `  --data '${json}'`].join("\n");
}
