// `npm run demo`: the product's main job, end to end, on this machine.
//
// A client holds a token from authorization server A; the API it calls trusts only authorization
// server B. The demo starts the API, A and B (real OpenID providers) and an upstream echo service;
// applies the seed page's openid-connect token-exchange configuration with terraform through our
// provider (or through REST when terraform is missing); creates a data-plane credential; starts a
// proxy and waits until it serves that configuration; then sends real requests and checks what the
// client got and what the upstream received. Everything it started is stopped when it ends.
//
//   npm run demo -- --help
import { createInterface } from "node:readline";
import { KonnectClient } from "../api/client.ts";
import { applyWithRest, applyWithTerraform, buildProvider, exampleHclPresent, findTerraform, type BuiltProvider, type Configured } from "./configure.ts";
import { DemoError, asDemoError } from "./errors.ts";
import { PORT_OPTIONS, loadOptions, usage, type DemoOptions, type PortName } from "./options.ts";
import { Reporter, secs } from "./report.ts";
import { SEED, seedPluginConfig, type SeedValues } from "./seed.ts";
import { Stack } from "./stack.ts";
import {
  changePlugin,
  checkAudience,
  checkCache,
  checkExchange,
  checkMissing,
  checkScopes,
  checkTampered,
  closeSteps,
  fetchJwks,
  idpStats,
  sha256,
  shortToken,
  tokenFromA,
  waitForProxy,
  type StepContext,
} from "./steps.ts";

const CHANGED_AUDIENCE = "urn:demo:orders-api";
const REQUIRED_SCOPE = "admin";
const SUBJECT = "alice";

const options = parseOptionsOrExit();
const r = new Reporter(process.stdout, options.interactive);
const stack = Stack.create(options);
let finished = false;
let atPrompt: (() => void) | null = null;
installSignalHandlers();

try {
  await runDemo();
  if (r.failed.length) throw new DemoError("DEMO_CHECKS_FAILED", `${r.failed.length} check(s) failed: ${r.failed.map((c) => c.id).join(", ")}`);
  if (options.interactive) await tryItYourself();
  await finish(null);
} catch (e) {
  await finish(asDemoError(e));
}

// ---- the demo, top to bottom --------------------------------------------------------------------

async function runDemo(): Promise<void> {
  r.print("demo: token exchange end to end (the seed scenario). A client holds a token from authorization");
  r.print("      server A; the API behind the gateway trusts only authorization server B; the gateway's");
  r.print("      openid-connect plugin exchanges A's token at B (RFC 8693) and forwards only B's token.");
  const portList = (Object.entries(options.ports) as [PortName, number][]).map(([k, v]) => `${PORT_OPTIONS[k].flag.replace(/-port$/, "")}=${v || "any"}`);
  r.print(`demo: ports ${portList.join(" ")}  (--help shows how to change them)`);
  r.print(`demo: work dir ${stack.workDir} (${options.keep ? "kept after exit" : "removed at exit; --keep keeps it"})`);
  for (const dir of Stack.sweepAbandoned()) r.print(`demo: removed ${dir}, left behind by a demo that was killed`);
  await stack.checkPorts();

  // Terraform when we can; the provider is built while the servers start.
  const tf = findTerraform(options.terraform);
  const hcl = exampleHclPresent();
  const useTerraform = "bin" in tf && hcl;
  const provider: Promise<BuiltProvider> | null = useTerraform ? buildProvider(stack.workDir) : null;
  provider?.catch(() => {}); // awaited (and reported) in the configuration step

  r.startStep("start the API, authorization servers A and B, and the upstream echo service");
  const [api, { info: idp }, upstream] = await Promise.all([stack.startApi(), stack.startIdps(), stack.startUpstream()]);
  r.line(`API       ${api.url}  (pid ${api.child.pid}; SQLite in ${stack.workDir}/api; admin token kpat_… registered at start)`);
  r.line(`A         ${idp.issuerA}  issues the client's token (client ${idp.clients.a.id})`);
  r.line(`B         ${idp.issuerB}  exchanges tokens (client ${idp.clients.gatewayPost.id}, client_secret_post); the upstream trusts B only`);
  r.line(`          (A and B: real oidc-provider servers, pid ${stack.idps!.child.pid}; control API ${idp.control})`);
  r.line(`upstream  ${upstream.url}  echo service that records exactly what it receives`);
  const admin = new KonnectClient({ serverUrl: api.url, token: api.token });
  const bJwks = await fetchJwks(idp.issuerB);
  r.data.issuers = { a: idp.issuerA, b: idp.issuerB };
  r.data.b_jwks = bJwks;

  const values: SeedValues = { issuer: idp.issuerB, subjectTokenIssuer: idp.issuerA, clientId: idp.clients.gatewayPost.id, clientSecret: idp.clients.gatewayPost.secret };
  const input = { apiUrl: api.url, adminToken: api.token, values, upstream: { host: options.host, port: upstream.port } };
  let configured: Configured;
  if (useTerraform) {
    r.startStep("apply the seed configuration with terraform (our kong/konnect provider → our API)");
    configured = await applyWithTerraform(r, stack.registry, input, { terraformBin: tf.bin, workDir: stack.workDir, logDir: stack.logDir, provider: provider! });
  } else {
    r.startStep("apply the seed configuration through the REST API");
    const why = "missing" in tf ? tf.missing : "the example HCL cdktf/examples/hcl/route/main.tf is not in this checkout";
    r.line(`terraform is not used: ${why}.`);
    if (options.terraform === "auto" && "missing" in tf) {
      r.line("To apply it with Terraform instead, install Terraform ≥ 1.5 (https://developer.hashicorp.com/terraform/install)");
      r.line("and run `npm run demo` again, or pass --terraform /path/to/terraform.");
    }
    r.line("Continuing with the SAME configuration through the REST API; the equivalent curl commands:");
    configured = await applyWithRest(r, admin, input);
  }
  r.data.configured_with = configured.via;
  await checkConfigured(admin, configured, values, upstream.port);

  r.startStep("create a data-plane credential and start a proxy for the control plane");
  const dp = await admin.dpTokens.create(configured.controlPlaneId, { name: "demo-proxy" });
  r.line(`POST /v2/control-planes/${configured.controlPlaneId}/dp-tokens → credential ${dp.id} (kdp_…, shown once)`);
  const proxy = await stack.startProxy(configured.controlPlaneId, dp.token!);
  r.line(`proxy     ${proxy.url}  (pid ${proxy.child.pid}; status ${proxy.statusUrl})`);
  r.data.ports = { ...stack.bound };
  r.data.pids = stack.pids();
  r.data.work_dir = stack.workDir;
  const ctx: StepContext = {
    r,
    idp,
    upstream,
    admin,
    dataPlane: new KonnectClient({ serverUrl: api.url, token: dp.token! }),
    apiUrl: api.url,
    proxyUrl: proxy.url,
    proxyStatusUrl: proxy.statusUrl,
    controlPlaneId: configured.controlPlaneId,
    pluginId: configured.pluginId,
    bJwks,
    unexpectedExit: () => stack.unexpectedExit,
    requests: [],
  };
  r.data.requests = ctx.requests;
  await waitForProxy(ctx, "proxy.synced");

  r.startStep("a client gets a token from A and calls the API through the proxy");
  const tokenA = await tokenFromA(idp, SUBJECT, "read");
  const claimsA = JSON.parse(Buffer.from(tokenA.split(".")[1], "base64url").toString("utf8")) as Record<string, unknown>;
  r.line(`token from A: ${shortToken(tokenA)}  iss=${claimsA.iss} sub=${claimsA.sub} aud=${claimsA.aud} scope=${claimsA.scope}`);
  // The report never holds A's token itself: fingerprints let the test search for it.
  r.data.subject_token = { length: tokenA.length, sha256: sha256(tokenA), parts: tokenA.split(".").map((p) => ({ length: p.length, sha256: sha256(p) })), claims: claimsA };
  const bToken = await checkExchange(ctx, tokenA);

  r.startStep("the same token again: served from the exchange cache");
  await checkCache(ctx, tokenA, bToken);

  r.startStep("a request without a token");
  await checkMissing(ctx);

  r.startStep("a tampered token (one character of A's signature changed)");
  await checkTampered(ctx, tokenA);

  r.startStep(`change the plugin through REST: ask B for audience ${CHANGED_AUDIENCE}`);
  await changePlugin(ctx, "change.audience_synced", `.config.token_exchange.request.audience = ["${CHANGED_AUDIENCE}"]`, (c) => {
    c.token_exchange.request.audience = [CHANGED_AUDIENCE];
  });
  await checkAudience(ctx, tokenA, CHANGED_AUDIENCE);

  r.startStep(`change the plugin through REST: require scope "${REQUIRED_SCOPE}"`);
  await changePlugin(ctx, "change.scopes_synced", `.config.scopes_required = ["${REQUIRED_SCOPE}"]`, (c) => {
    c.scopes_required = [REQUIRED_SCOPE];
  });
  await checkScopes(ctx, tokenA, REQUIRED_SCOPE);
  r.endStep();

  const stats = await idpStats(idp);
  r.data.idp_stats = { a: stats.a, b: stats.b };
  await Promise.all([admin.close(), ctx.dataPlane.close()]);
  if (stack.unexpectedExit) throw new DemoError("DEMO_START_FAILED", stack.unexpectedExit);
}

/** What the API holds after either path is the seed page's configuration. */
async function checkConfigured(admin: KonnectClient, c: Configured, v: SeedValues, upstreamPort: number): Promise<void> {
  const plugin = (await admin.plugins.get(c.controlPlaneId, c.pluginId)) as unknown as Record<string, any>;
  const route = (await admin.routes.get(c.controlPlaneId, c.routeId)) as unknown as Record<string, any>;
  const service = (await admin.services.get(c.controlPlaneId, c.serviceId)) as unknown as Record<string, any>;
  const want = seedPluginConfig(v);
  const got = plugin.config;
  const problems: string[] = [];
  const same = (path: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${path}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);
  };
  same("plugin.name", plugin.name, "openid-connect");
  same("plugin.enabled", plugin.enabled, true);
  same("plugin.route.id", plugin.route?.id, c.routeId);
  for (const k of ["issuer", "client_id", "client_secret", "client_auth", "auth_methods"] as const) same(`config.${k}`, got[k], want[k]);
  same("config.token_exchange.subject_token_issuers[].issuer", got.token_exchange?.subject_token_issuers?.map((s: { issuer: string }) => s.issuer), [v.subjectTokenIssuer]);
  same("config.token_exchange.request.empty_audience", got.token_exchange?.request?.empty_audience, false);
  same("route.paths", route.paths, [SEED.routePath]);
  same("service.port", service.port, upstreamPort);
  r.line(`control plane ${c.controlPlaneId}: service ${SEED.serviceName} → ${service.protocol}://${service.host}:${service.port}, route ${SEED.routeName} ${route.paths.join(",")},`);
  r.line(`  openid-connect on the route: issuer=B, token_exchange.subject_token_issuers=[A], client_auth=client_secret_post, auth_methods=bearer`);
  r.check("config.applied", problems.length === 0, `the API holds the seed configuration (applied with ${c.via})`, problems.join("\n"));
}

/** Interactive only: the stack stays up for the reader's own requests until Enter or Ctrl-C. */
async function tryItYourself(): Promise<void> {
  const idp = stack.idps!.info;
  r.print();
  r.print("Everything is still running. Try it yourself (another terminal):");
  r.code(`export KONNECT_TOKEN=${stack.api!.token}   # this run's admin token`);
  r.code(`TOKEN=$(curl -s -X POST ${idp.control}/token -H 'content-type: application/json' -d '{"sub":"bob","scope":"read ${REQUIRED_SCOPE}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')`);
  r.code(`curl -i ${stack.proxy!.url}${SEED.routePath}/hello -H "Authorization: Bearer $TOKEN"`);
  r.code(`curl -s ${stack.proxy!.statusUrl}`);
  r.code(`curl -s ${stack.api!.url}/v2/control-planes -H "Authorization: Bearer $KONNECT_TOKEN"`);
  r.print("Press Enter (or Ctrl-C) to stop everything.");
  await new Promise<void>((resolve) => {
    const rl = createInterface({ input: process.stdin });
    atPrompt = () => {
      rl.close();
      resolve();
    };
    rl.once("line", atPrompt);
    rl.once("close", resolve);
  });
  atPrompt = null;
}

// ---- ending: report, stop everything, summary line, exit code -------------------------------------

async function finish(err: DemoError | null): Promise<void> {
  if (finished) return;
  finished = true;
  r.endStep();
  if (err) {
    r.print();
    r.print(`demo: FAILED [${err.code}] ${err.message}`);
    for (const l of err.details) r.print(`      ${l}`);
    if (stack.unexpectedExit && !err.message.includes(stack.unexpectedExit)) r.print(`      ${stack.unexpectedExit}`);
    const logs = [stack.api, stack.idps, stack.proxy].filter(Boolean).map((x) => x!.child.logFile);
    if (logs.length) r.print(`      logs: ${options.keep ? logs.join(" ") : "pass --keep to keep the logs in the work dir"}`);
  }
  writeReport(err);
  await stopEverything();
  r.print(err ? `demo: FAILED (${err.code}) — ${r.summaryLine().replace(/^demo: /, "")}` : r.summaryLine());
  await closeSteps();
  process.exit(err ? err.exitCode : 0);
}

function writeReport(err: DemoError | null): void {
  if (!options.reportFile) return;
  r.data.ports ??= { ...stack.bound };
  r.data.pids ??= stack.pids();
  r.data.work_dir ??= stack.workDir;
  try {
    r.write(options.reportFile, { ok: !err, code: err?.code ?? null, message: err?.message ?? null });
  } catch (e) {
    r.print(`demo: could not write the report ${options.reportFile}: ${(e as Error).message}`);
  }
}

async function stopEverything(): Promise<void> {
  const t0 = performance.now();
  const names = stack.registry.list().map((c) => c.name);
  if (stack.upstream) names.push("upstream");
  await stack.stop();
  r.print(`demo: stopped ${names.length ? names.join(", ") : "nothing (nothing was running)"} in ${secs(performance.now() - t0)}s${options.keep ? `; kept ${stack.workDir}` : "; work dir removed"}`);
}

function installSignalHandlers(): void {
  let lastSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    const now = Date.now();
    // One Ctrl-C under `npm run demo` arrives twice: from the terminal and relayed by tsx's CLI.
    const repeat = now - lastSignalAt < 1_000;
    lastSignalAt = now;
    if (repeat) return;
    if (atPrompt && signal === "SIGINT") {
      // Ctrl-C at the final prompt is the normal way out.
      process.stdout.write("\n");
      atPrompt();
      return;
    }
    if (finished) {
      // Already stopping (normally or after a first signal): a second one, later, forces it.
      r.print(`demo: ${signal} again — killing what is left`);
      stack.killNow();
      process.exit(signal === "SIGINT" ? 130 : 143);
    }
    finished = true; // the interrupted main flow must not finish (or exit) on its own
    const err = new DemoError(signal === "SIGINT" ? "DEMO_INTERRUPTED" : "DEMO_TERMINATED", `${signal} received — stopping everything the demo started (${signal} again to force)`);
    r.print();
    r.print(`demo: ${err.message}`);
    writeReport(err);
    void stopEverything().then(() => {
      r.print(`demo: interrupted (${err.code}) — ${r.summaryLine().replace(/^demo: /, "")}`);
      process.exit(err.exitCode);
    });
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("SIGHUP", () => onSignal("SIGTERM"));
  // Last resort whatever the way out: nothing the demo started survives it.
  process.on("exit", () => stack.killNow());
}

function parseOptionsOrExit(): DemoOptions {
  try {
    const o = loadOptions(process.argv.slice(2), process.env, { stdin: !!process.stdin.isTTY, stdout: !!process.stdout.isTTY });
    if (o === "help") {
      process.stdout.write(usage());
      process.exit(0);
    }
    return o;
  } catch (e) {
    const err = asDemoError(e, "DEMO_USAGE");
    process.stderr.write(`demo: [${err.code}] ${err.message}\n`);
    process.exit(err.exitCode);
  }
}
