// The demo's one config loader: flags, each mirrored by a DEMO_* environment variable (flags win).
import { parseArgs } from "node:util";
import { DemoError } from "./errors.ts";

export interface Ports {
  api: number;
  proxy: number;
  proxyStatus: number;
  idpA: number;
  idpB: number;
  idpControl: number;
  upstream: number;
}
export type PortName = keyof Ports;

export interface DemoOptions {
  ports: Ports;
  /** Every listener binds here (loopback: the demo is not reachable from other machines). */
  host: string;
  /** "auto": use terraform when found; "off": REST only; otherwise a path to the binary. */
  terraform: "auto" | "off" | string;
  /** Prompts and colour; off with --non-interactive, CI=true or when stdin/stdout is not a terminal. */
  interactive: boolean;
  /** Keep the work dir (database, logs, terraform state) after exit. */
  keep: boolean;
  /** Write the JSON report (checks, statuses, what the upstream received) here. */
  reportFile: string | undefined;
}

/** Friendly fixed defaults so the printed URLs are easy to retype; 0 = any free port. */
export const PORT_OPTIONS: Record<PortName, { flag: string; env: string; default: number; what: string }> = {
  api: { flag: "api-port", env: "DEMO_API_PORT", default: 8080, what: "the API (control plane)" },
  proxy: { flag: "proxy-port", env: "DEMO_PROXY_PORT", default: 8000, what: "the proxy" },
  proxyStatus: { flag: "proxy-status-port", env: "DEMO_PROXY_STATUS_PORT", default: 8100, what: "the proxy's status listener" },
  idpA: { flag: "idp-a-port", env: "DEMO_IDP_A_PORT", default: 9000, what: "authorization server A" },
  idpB: { flag: "idp-b-port", env: "DEMO_IDP_B_PORT", default: 9001, what: "authorization server B" },
  idpControl: { flag: "idp-control-port", env: "DEMO_IDP_CONTROL_PORT", default: 9002, what: "the IdPs' control API" },
  upstream: { flag: "upstream-port", env: "DEMO_UPSTREAM_PORT", default: 9100, what: "the upstream echo service" },
};

export function usage(): string {
  const ports = Object.values(PORT_OPTIONS).map((o) => `  --${o.flag.padEnd(20)} ${o.env.padEnd(24)} port of ${o.what} (default ${o.default}; 0 = any free port)`);
  return [
    "usage: npm run demo -- [flags]",
    "",
    "Runs the seed scenario end to end: API, authorization servers A and B, an upstream echo service,",
    "the openid-connect token-exchange configuration applied with terraform (or REST), a proxy, and",
    "real requests whose outcomes are checked. Everything it starts is stopped when it ends.",
    "",
    ...ports,
    `  --${"free-ports".padEnd(20)} ${"DEMO_FREE_PORTS=1".padEnd(24)} any free port for everything (ports are printed)`,
    `  --${"no-terraform".padEnd(20)} ${"DEMO_NO_TERRAFORM=1".padEnd(24)} configure through REST only (prints the equivalent curl)`,
    `  --${"terraform".padEnd(20)} ${"DEMO_TERRAFORM".padEnd(24)} path of the terraform binary (default: terraform on PATH)`,
    `  --${"non-interactive".padEnd(20)} ${"DEMO_NON_INTERACTIVE=1".padEnd(24)} no prompt, no colour (also when CI=true or not on a terminal)`,
    `  --${"keep".padEnd(20)} ${"DEMO_KEEP=1".padEnd(24)} keep the work dir (database, logs, terraform state)`,
    `  --${"report".padEnd(20)} ${"DEMO_REPORT".padEnd(24)} write a JSON report of every check and what the upstream received`,
    "",
  ].join("\n");
}

const truthy = (v: string | undefined) => v !== undefined && ["1", "true", "yes", "on"].includes(v.toLowerCase());

export function loadOptions(argv: string[], env: NodeJS.ProcessEnv, tty: { stdin: boolean; stdout: boolean }): DemoOptions | "help" {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(Object.values(PORT_OPTIONS).map((o) => [o.flag, { type: "string" as const }])),
        "free-ports": { type: "boolean" },
        "no-terraform": { type: "boolean" },
        terraform: { type: "string" },
        "non-interactive": { type: "boolean" },
        keep: { type: "boolean" },
        report: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (e) {
    throw new DemoError("DEMO_USAGE", `${(e as Error).message}\n\n${usage()}`);
  }
  if (values.help) return "help";

  const problems: string[] = [];
  const freePorts = values["free-ports"] === true || truthy(env.DEMO_FREE_PORTS);
  const ports = {} as Ports;
  for (const [name, o] of Object.entries(PORT_OPTIONS) as [PortName, (typeof PORT_OPTIONS)[PortName]][]) {
    const raw = (values[o.flag] as string | undefined) ?? (env[o.env] || undefined);
    const n = raw === undefined ? (freePorts ? 0 : o.default) : Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > 65535) problems.push(`--${o.flag} / ${o.env} must be a port number 0-65535, got ${JSON.stringify(raw)}`);
    ports[name] = n;
  }
  const fixed = Object.entries(ports).filter(([, p]) => p !== 0);
  const seen = new Map<number, string>();
  for (const [name, p] of fixed) {
    const other = seen.get(p);
    if (other) problems.push(`--${PORT_OPTIONS[other as PortName].flag} and --${PORT_OPTIONS[name as PortName].flag} are both ${p}`);
    seen.set(p, name);
  }
  if (problems.length) throw new DemoError("DEMO_USAGE", `invalid options:\n${problems.map((p) => `  - ${p}`).join("\n")}\n\n${usage()}`);

  const noTerraform = values["no-terraform"] === true || truthy(env.DEMO_NO_TERRAFORM);
  const terraformPath = (values.terraform as string | undefined) ?? (env.DEMO_TERRAFORM || undefined);
  const nonInteractive = values["non-interactive"] === true || truthy(env.DEMO_NON_INTERACTIVE) || truthy(env.CI);
  return {
    ports,
    host: "127.0.0.1",
    terraform: noTerraform ? "off" : terraformPath ?? "auto",
    interactive: !nonInteractive && tty.stdin && tty.stdout,
    keep: values.keep === true || truthy(env.DEMO_KEEP),
    reportFile: (values.report as string | undefined) ?? (env.DEMO_REPORT || undefined),
  };
}
