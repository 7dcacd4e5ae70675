// `npm run demo` as a user runs it (a child process, non-interactive), checked twice over: every
// printed outcome, and the outcomes themselves from the JSON report, which carries what the
// upstream echo service recorded (B's token is verified there with B's public keys; A's token is
// searched for by its fingerprints) and the statuses the client got. Then: the same scenario
// without terraform on PATH (REST + curl), a port clash, and Ctrl-C (SIGINT) in the middle of a
// run — after each, nothing the demo started may still run or listen, and its work dir is gone.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import * as jose from "jose";
import { PROJECT_ROOT } from "../support/processes.ts";

const TERRAFORM = process.env.TERRAFORM_BIN ?? "/usr/local/bin/terraform";
const PORT_FLAGS = ["api-port", "proxy-port", "proxy-status-port", "idp-a-port", "idp-b-port", "idp-control-port", "upstream-port"] as const;

interface Run {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  lines: string[];
}

let scratch: string;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), "demo-e2e-"));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Free loopback ports (bound then released) so the test knows every port before the demo starts. */
async function freePorts(n: number): Promise<number[]> {
  const servers: Server[] = [];
  const ports: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = createServer();
    await new Promise<void>((res) => s.listen(0, "127.0.0.1", res));
    servers.push(s);
    ports.push((s.address() as { port: number }).port);
  }
  await Promise.all(servers.map((s) => new Promise((res) => s.close(res))));
  return ports;
}

function portArgs(ports: number[]): string[] {
  return PORT_FLAGS.flatMap((f, i) => [`--${f}`, String(ports[i])]);
}

/**
 * Runs the demo. `viaNpm` runs the README's command (`npm run demo -- …`); otherwise node directly,
 * so the test holds the demo's own pid (needed to send it SIGINT). `onLine` may interrupt it.
 */
function runDemo(args: string[], opts: { viaNpm?: boolean; env?: NodeJS.ProcessEnv; onLine?: (line: string, pid: number) => void; timeoutMs?: number } = {}): Promise<Run> {
  const [command, argv] = opts.viaNpm ? ["npm", ["run", "--silent", "demo", "--", ...args]] : [process.execPath, ["--import", "tsx", "demo/run.ts", ...args]];
  const child = spawn(command, argv, { cwd: PROJECT_ROOT, env: { ...process.env, CI: "", ...opts.env }, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  let out = "";
  let buf = "";
  const onData = (chunk: Buffer) => {
    out += chunk.toString("utf8");
    buf += chunk.toString("utf8");
    let nl: number;
    while ((nl = buf.indexOf("\n")) !== -1) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      lines.push(line);
      opts.onLine?.(line, child.pid!);
    }
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 240_000);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (buf) lines.push(buf);
      resolve({ pid: child.pid!, code, signal, out, lines });
    });
  });
}

/** Every process that carries the demo's marker (DEMO_PARENT_PID=<demo pid>) in its environment. */
function descendantsOf(demoPid: number): string[] {
  const marker = `DEMO_PARENT_PID=${demoPid}\0`;
  const found: string[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, "latin1").includes(marker)) {
        found.push(`${entry}: ${readFileSync(`/proc/${entry}/cmdline`, "latin1").replace(/\0/g, " ").slice(0, 120)}`);
      }
    } catch {
      /* exited meanwhile, or not ours */
    }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ port, host: "127.0.0.1" });
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

/** Nothing the demo started is left: no marked process, no listener on its ports, no work dir. */
async function assertCleanedUp(run: Run, ports: number[], demoPid: number, pids: number[] = []): Promise<void> {
  assert.deepEqual(descendantsOf(demoPid), [], "processes started by the demo are still running");
  for (const pid of pids) assert.equal(alive(pid), false, `pid ${pid} is still alive`);
  for (const port of ports) assert.equal(await listening(port), false, `something still listens on port ${port}`);
  const workDir = /^demo: work dir (\S+)/m.exec(run.out)?.[1];
  assert.ok(workDir, "the demo printed its work dir");
  assert.equal(existsSync(workDir), false, `work dir ${workDir} was not removed`);
}

/** The printed check lines by id. */
function printedChecks(run: Run): Map<string, "ok" | "FAIL"> {
  const m = new Map<string, "ok" | "FAIL">();
  for (const l of run.lines) {
    const x = /^ {3}(ok|FAIL) +(\S+) /.exec(l);
    if (x) m.set(x[2], x[1] as "ok" | "FAIL");
  }
  return m;
}

function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

/** Whether any substring of `text` has this length and sha256 (the report holds fingerprints, not A's token). */
function containsFingerprint(text: string, fp: { length: number; sha256: string }): boolean {
  for (let i = 0; i + fp.length <= text.length; i++) if (sha256(text.slice(i, i + fp.length)) === fp.sha256) return true;
  return false;
}

function upstreamText(rec: { url: string; raw_headers: string[]; body_utf8: string }): string {
  return [rec.url, ...rec.raw_headers, rec.body_utf8].join("\n");
}

function authorization(rec: { raw_headers: string[] }): string[] {
  const out: string[] = [];
  for (let i = 0; i < rec.raw_headers.length; i += 2) if (rec.raw_headers[i].toLowerCase() === "authorization") out.push(rec.raw_headers[i + 1]);
  return out;
}

const ALL_CHECKS = [
  "config.applied",
  "proxy.synced",
  "exchange.status",
  "exchange.upstream_token_b",
  "exchange.subject_absent",
  "exchange.at_b",
  "cache.hit",
  "missing.401",
  "tampered.401",
  "change.audience_synced",
  "change.audience",
  "change.scopes_synced",
  "change.scopes_403",
  "change.scopes_allowed",
];

describe("demo: npm run demo", () => {
  test("with terraform: every step passes, and the report shows what the upstream really received", { timeout: 300_000, skip: !existsSync(TERRAFORM) && `no terraform at ${TERRAFORM}` }, async () => {
    const ports = await freePorts(7);
    const reportFile = join(scratch, "report.json");
    const run = await runDemo(["--non-interactive", "--report", reportFile, ...portArgs(ports)], { viaNpm: true, env: { PATH: `${join(TERRAFORM, "..")}:${process.env.PATH}` } });
    assert.equal(run.code, 0, `demo failed:\n${run.out}`);

    // What it printed: every step with its time, every check ok, the summary as the last line.
    assert.match(run.out, /== step 2: apply the seed configuration with terraform/);
    assert.match(run.out, /Installed kong\/konnect v\d+\.\d+\.\d+ \(unauthenticated\)/);
    assert.match(run.out, /Apply complete! Resources: 4 added, 0 changed, 0 destroyed\./);
    const stepStarts = run.lines.filter((l) => /^== step \d+: /.test(l)).length;
    const stepEnds = run.lines.filter((l) => /^-- step \d+ done in \d+\.\ds \(elapsed \d+\.\ds\)$/.test(l)).length;
    assert.equal(stepStarts, 9);
    assert.equal(stepEnds, stepStarts, "every step reports its time");
    const checks = printedChecks(run);
    for (const id of [...ALL_CHECKS, "terraform.secret_hidden"]) assert.equal(checks.get(id), "ok", `check ${id} printed as ok`);
    assert.equal([...checks.values()].filter((v) => v === "FAIL").length, 0);
    assert.match(run.out, /WWW-Authenticate: Bearer realm="127\.0\.0\.1", error="invalid_token"/);
    assert.match(run.out, /aud {3}urn:demo:orders-api/);
    const last = run.lines.filter((l) => l.trim()).at(-1)!;
    assert.match(last, /^demo: (\d+)\/\1 checks passed in \d+\.\ds$/);
    assert.equal(Number(/^demo: (\d+)\//.exec(last)![1]), checks.size);

    // The outcomes, from the report (the echo upstream's own record), not from the demo's verdicts.
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    assert.equal(report.ok, true);
    assert.equal(report.configured_with, "terraform");
    const byName = new Map<string, any>(report.requests.map((q: any) => [q.name, q]));
    const jwks = jose.createLocalJWKSet(report.b_jwks);

    const ex = byName.get("exchange");
    assert.equal(ex.status, 200);
    assert.equal(ex.upstream.length, 1, "the upstream received the request once");
    const auth = authorization(ex.upstream[0]);
    assert.equal(auth.length, 1);
    const bToken = /^Bearer (\S+)$/.exec(auth[0])![1];
    const { payload } = await jose.jwtVerify(bToken, jwks, { issuer: report.issuers.b });
    assert.equal(payload.sub, "alice");
    assert.equal(payload.aud, "urn:test:upstream");
    assert.equal(payload.client_id, "gateway-post");
    assert.equal(report.subject_token.claims.iss, report.issuers.a);
    // A's token (whole, and each of its parts) appears nowhere in what the upstream received.
    const text = upstreamText(ex.upstream[0]);
    assert.equal(containsFingerprint(text, report.subject_token), false, "A's token reached the upstream");
    for (const part of report.subject_token.parts) assert.equal(containsFingerprint(text, part), false, "part of A's token reached the upstream");
    // The search can find things: B's token, which is there, is found by its fingerprint.
    assert.equal(containsFingerprint(text, { length: bToken.length, sha256: sha256(bToken) }), true);
    // No JWT the upstream received was issued by A.
    for (const jwt of text.match(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/g) ?? []) assert.notEqual(jose.decodeJwt(jwt).iss, report.issuers.a);

    const cached = byName.get("cache");
    assert.equal(cached.status, 200);
    assert.deepEqual(authorization(cached.upstream[0]), auth, "the cached exchange gives the same B token");

    for (const name of ["missing", "tampered"]) {
      const q = byName.get(name);
      assert.equal(q.status, 401, name);
      assert.match(q.www_authenticate, /^Bearer realm="[^"]+", error="invalid_token"$/, name);
      assert.equal(q.upstream.length, 0, `${name}: nothing reached the upstream`);
    }

    const aud = byName.get("audience");
    assert.equal(aud.status, 200);
    const afterChange = await jose.jwtVerify(/^Bearer (\S+)$/.exec(authorization(aud.upstream[0])[0])![1], jwks, { issuer: report.issuers.b });
    assert.equal(afterChange.payload.aud, "urn:demo:orders-api");

    const scopes = byName.get("scopes");
    assert.equal(scopes.status, 403);
    assert.match(scopes.www_authenticate, /error="insufficient_scope"/);
    assert.equal(scopes.upstream.length, 0);
    assert.equal(byName.get("scopes_allowed").status, 200);

    // B exchanged exactly three times: first request, new audience, the admin-scoped token.
    assert.equal(report.idp_stats.b.exchange, 3);
    assert.equal(report.steps.length, 9);
    for (const s of report.steps) assert.ok(Number.isInteger(s.ms) && s.ms >= 0);

    // Everything stopped: the pids it reported, its ports, its work dir.
    await assertCleanedUp(run, ports, report.pids.demo, Object.values(report.pids as Record<string, number>));
  });

  test("without terraform on PATH: says how to proceed, applies the same configuration through REST, passes", { timeout: 300_000 }, async () => {
    // PATH holds only node: no terraform to find.
    const bin = join(scratch, "bin-node-only");
    mkdirSync(bin, { recursive: true });
    symlinkSync(process.execPath, join(bin, "node"));
    const ports = await freePorts(7);
    const reportFile = join(scratch, "report-rest.json");
    const run = await runDemo(["--non-interactive", "--report", reportFile, ...portArgs(ports)], { env: { PATH: bin } });
    assert.equal(run.code, 0, `demo failed:\n${run.out}`);
    assert.match(run.out, /terraform is not used: terraform was not found on PATH/);
    assert.match(run.out, /install Terraform/);
    assert.match(run.out, /--terraform \/path\/to\/terraform/);
    assert.match(run.out, /== step 2: apply the seed configuration through the REST API/);
    // The equivalent curl, with the secret left as a shell variable.
    assert.match(run.out, /curl -sS -X POST 'http:\/\/127\.0\.0\.1:\d+\/v2\/control-planes\/[0-9a-f-]+\/core-entities\/plugins'/);
    assert.match(run.out, /"client_auth": \["client_secret_post"\]/);
    assert.match(run.out, /"'"\$CLIENT_SECRET"'"/);
    assert.doesNotMatch(run.out, /gateway-post-secret/, "the client secret is not printed");
    const checks = printedChecks(run);
    for (const id of ALL_CHECKS) assert.equal(checks.get(id), "ok", `check ${id}`);
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    assert.equal(report.configured_with, "rest");
    assert.equal(report.ok, true);
    await assertCleanedUp(run, ports, report.pids.demo, Object.values(report.pids as Record<string, number>));
  });

  test("a port in use is reported with the flag and variable to change it; nothing is started", { timeout: 60_000 }, async () => {
    const ports = await freePorts(7);
    const blocker = createServer();
    await new Promise<void>((res) => blocker.listen(ports[0], "127.0.0.1", res));
    try {
      const run = await runDemo(["--non-interactive", ...portArgs(ports)]);
      assert.equal(run.code, 2, run.out);
      assert.match(run.out, new RegExp(`port ${ports[0]} \\(the API \\(control plane\\)\\) is in use — pass --api-port <port> or set DEMO_API_PORT`));
      assert.match(run.out, /demo: FAILED \(DEMO_PORT_IN_USE\)/);
      assert.doesNotMatch(run.out, /== step 1/);
      await assertCleanedUp(run, ports.slice(1), run.pid);
    } finally {
      await new Promise((res) => blocker.close(res));
    }
  });

  for (const when of [
    { name: "while the servers start", line: /^== step 1: / },
    { name: "once the proxy runs", line: /^ {3}proxy {5}http/ },
  ]) {
    test(`SIGINT ${when.name}: everything it started stops, nothing listens on its ports`, { timeout: 120_000 }, async () => {
      const ports = await freePorts(7);
      let sent = false;
      const run = await runDemo(["--non-interactive", "--no-terraform", ...portArgs(ports)], {
        onLine: (line, pid) => {
          if (!sent && when.line.test(line)) {
            sent = true;
            process.kill(pid, "SIGINT");
          }
        },
      });
      assert.ok(sent, `the demo never printed ${when.line}:\n${run.out}`);
      assert.equal(run.code, 130, run.out);
      assert.match(run.out, /demo: SIGINT received — stopping everything the demo started/);
      assert.match(run.out, /^demo: stopped .* work dir removed$/m);
      assert.match(run.lines.filter((l) => l.trim()).at(-1)!, /^demo: interrupted \(DEMO_INTERRUPTED\) — \d+\/\d+ checks passed/);
      const pids = [...run.out.matchAll(/pid (\d+)/g)].map((m) => Number(m[1]));
      await assertCleanedUp(run, ports, run.pid, [run.pid, ...pids]);
    });
  }
});
