// `terraform plan` wall time with this provider at 1, 10 and 100 resources, against a baseline plan of
// the same size that uses only terraform's built-in `terraform_data` (measured in the same run), and
// the provider's share: launch-to-handshake (measured directly, spawning the provider with go-plugin's
// handshake environment) × the number of launches a plan makes (counted with KONNECT_PROVIDER_LAUNCH_LOG).
//
//   npx tsx test/bench/terraform.bench.ts [--runs 5] [--sizes 1,10,100]
//
// Runs against the real API (separate process, loopback). Prints a table; asserts nothing.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { KonnectClient } from "../../api/client.ts";
import { createServerIdentity } from "../../cdktf/provider/tls.ts";
import { expectExit, installProviderForTests, launchProvider, startApi, Workspace } from "../support/terraform.ts";

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const RUNS = Number(arg("runs", "5"));
const SIZES = arg("sizes", "1,10,100").split(",").map(Number);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

/** Spawn → handshake line, as Terraform launches the provider (median of `n`). */
async function launchToHandshake(binary: string, n: number, env: NodeJS.ProcessEnv): Promise<number[]> {
  const client = createServerIdentity();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const l = await launchProvider(binary, client.certPem, env);
    out.push(l.ms);
    l.child.kill("SIGTERM");
    await l.exited;
  }
  return out;
}

function konnectConfig(n: number, cpName: string): string {
  return `
terraform {
  required_providers {
    konnect = { source = "kong/konnect" }
  }
}
variable "server_url" { type = string }
variable "token" {
  type      = string
  sensitive = true
}
provider "konnect" {
  server_url            = var.server_url
  personal_access_token = var.token
}
resource "konnect_gateway_control_plane" "cp" { name = "${cpName}" }
resource "konnect_gateway_service" "svc" {
  count            = ${n - 1}
  control_plane_id = konnect_gateway_control_plane.cp.id
  name             = "svc-\${count.index}"
  host             = "upstream-\${count.index}.internal"
}
`;
}

function baselineConfig(n: number): string {
  return `
resource "terraform_data" "r" {
  count = ${n}
  input = "value-\${count.index}"
}
`;
}

async function main() {
  const loadBefore = loadavg()[0];
  const install = await installProviderForTests();
  const api = await startApi(install.root);
  const client = new KonnectClient({ serverUrl: api.url, token: api.token });
  const launchLog = join(install.root, "launches.jsonl");
  const rows: string[][] = [];
  try {
    // Launch-to-handshake, measured directly; with and without NODE_EXTRA_CA_CERTS (set on this machine).
    const extraCa = process.env.NODE_EXTRA_CA_CERTS ?? "/etc/ssl/certs/ca-certificates.crt";
    const cache = { KONNECT_PROVIDER_CACHE_DIR: join(install.root, "provider-cache") };
    await launchToHandshake(install.binary, 2, cache); // warm the page cache
    const plain = await launchToHandshake(install.binary, 15, cache);
    const withCa = await launchToHandshake(install.binary, 15, { ...cache, NODE_EXTRA_CA_CERTS: extraCa });
    const bareNode: number[] = [];
    for (let i = 0; i < 15; i++) {
      const [, ms] = await timed(() => new Promise<void>((r) => import("node:child_process").then(({ spawn }) => spawn(process.execPath, ["-e", "0"], { env: { PATH: process.env.PATH } }).once("exit", () => r()))));
      bareNode.push(ms);
    }
    const launchMs = median(plain);

    for (const n of SIZES) {
      const base = Workspace.create(install, `bench-base-${n}`).write({ "main.tf": baselineConfig(n) });
      expectExit(await base.init(), 0, "baseline init");
      expectExit(await base.apply(), 0, "baseline apply");
      const ws = Workspace.create(install, `bench-konnect-${n}`, { TF_VAR_server_url: api.url, TF_VAR_token: api.token, KONNECT_PROVIDER_LAUNCH_LOG: launchLog }).write({
        "main.tf": konnectConfig(n, `bench-${n}`),
      });
      expectExit(await ws.init(), 0, "init");
      const [, applyMs] = await timed(async () => expectExit(await ws.apply(["-parallelism=10"]), 0, "apply"));

      const baseTimes: number[] = [];
      const times: number[] = [];
      const launches: number[] = [];
      const lifetimes: number[] = [];
      const rpcTimes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        baseTimes.push((await timed(async () => expectExit(await base.plan(), 0, "baseline plan")))[1]);
        rmSync(launchLog, { force: true });
        writeFileSync(launchLog, "");
        times.push((await timed(async () => expectExit(await ws.plan(), 0, "plan")))[1]);
        const events = readFileSync(launchLog, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { pid: number; event: string; ms: number; start: number; end: number });
        launches.push(events.filter((e) => e.event === "handshake").length);
        lifetimes.push(events.filter((e) => e.event === "exit").reduce((a, e) => a + e.ms, 0));
        rpcTimes.push(events.filter((e) => e.event === "rpc").reduce((a, e) => a + (e.end - e.start), 0));
      }
      const planMs = median(times);
      const baseMs = median(baseTimes);
      const nLaunch = median(launches);
      const share = launchMs * nLaunch;
      rows.push([
        String(n),
        fmt(baseMs),
        fmt(planMs),
        (planMs / baseMs).toFixed(1) + "x",
        String(nLaunch),
        fmt(share),
        ((share / planMs) * 100).toFixed(0) + "%",
        fmt(median(lifetimes)),
        fmt(median(rpcTimes)),
        fmt(applyMs),
      ]);
      expectExit(await ws.destroy(), 0, "destroy");
    }

    const head = ["resources", "baseline plan", "konnect plan", "ratio", "launches", "launch×handshake", "share", "provider alive", "in RPCs", "apply"];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join("  ");
    console.log(`\nterraform plan, median of ${RUNS} runs (baseline: terraform_data only, same size, same run)`);
    console.log(`load average: ${loadBefore.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end, on ${cpus().length} CPUs`);
    console.log(line(head));
    for (const r of rows) console.log(line(r));
    console.log(`\nlaunch → handshake (spawn with go-plugin's env, median of 15):`);
    console.log(`  provider, NODE_EXTRA_CA_CERTS unset: ${fmt(median(plain))} (min ${fmt(Math.min(...plain))}, max ${fmt(Math.max(...plain))})`);
    console.log(`  provider, NODE_EXTRA_CA_CERTS set:   ${fmt(median(withCa))} (+${fmt(median(withCa) - median(plain))})`);
    console.log(`  bare \`node -e 0\` (spawn → exit):      ${fmt(median(bareNode))}`);
    console.log(`  provider / bare node:                ${(median(plain) / median(bareNode)).toFixed(2)}x`);
    console.log(`\n"share" = launch→handshake × launches ÷ plan time; "provider alive" = summed process lifetimes per plan (start → exit`);
    console.log(`after Shutdown); "in RPCs" = summed time inside provider RPC handlers per plan (from KONNECT_PROVIDER_LAUNCH_LOG;`);
    console.log(`Terraform runs up to 10 RPCs at once, so with many resources this sum exceeds the wall time).`);
  } finally {
    await client.close();
    await api.stop();
    install.cleanup();
  }
}

await main();
