// The HTTPS listener (PROXY_TLS_PORT with PROXY_TLS_CERT_FILE / PROXY_TLS_KEY_FILE) over real
// loopback TLS: the client trusts a test CA made with openssl for this run (undici dispatcher
// option, never NODE_TLS_REJECT_UNAUTHORIZED). One in-process proxy with both listeners and a
// control-plane stub (test-only plugins need it) serves the request tests; start errors run
// `proxy/main.ts` as a process (exit code and its one log line) or startProxy in-process.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type AddressInfo, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, before, describe, test } from "node:test";
import { Agent, request } from "undici";
import { parsePluginInput, type Plugin, type Route, type Service } from "../../api/contract/index.ts";
import { startProxy } from "../../proxy/app.ts";
import { createLogger } from "../../proxy/log.ts";
import { PLUGIN_MODULES } from "../../proxy/plugins/index.ts";
import type { PluginModule } from "../../proxy/plugins/types.ts";
import { SettingsError, loadSettings, type ProxySettings } from "../../proxy/settings.ts";
import type { PluginParser } from "../../proxy/sync/validate.ts";
import { TlsSetupError } from "../../proxy/tls.ts";
import { receivedHeader, startEchoUpstream, type EchoUpstream } from "../support/echo-upstream.ts";
import { PROJECT_ROOT } from "../support/processes.ts";
import { plugin, route, service, snapshot } from "../support/proxy-snapshot.ts";
import { makeTestCertificates, opensslMissing, type TestCertificates } from "../support/tls-certs.ts";
import { startInProcessProxy, type InProcessProxy } from "./proxy-inprocess.ts";

const noOpenssl = opensslMissing();
const cp = "3f1c9a52-5d7e-4a8b-9c0d-1e2f3a4b5c6d";
const baseEnv = { KONNECT_SERVER_URL: "http://127.0.0.1:1", KONNECT_CONTROL_PLANE_ID: cp, KONNECT_DP_TOKEN: "kdp_0123456789abcdef0123" };

function settingsError(fn: () => unknown): SettingsError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SettingsError) return e;
    throw e;
  }
  assert.fail("expected a SettingsError");
}

describe("settings", () => {
  test("no certificate: no TLS listener; with one: 8443 unless PROXY_TLS_PORT says otherwise; flags mirror", () => {
    const plain = loadSettings([], baseEnv);
    assert.equal(plain.tlsPort, null);
    assert.equal(plain.port, 8000);
    const tls = loadSettings([], { ...baseEnv, PROXY_TLS_CERT_FILE: "c.pem", PROXY_TLS_KEY_FILE: "k.pem" });
    assert.equal(tls.tlsPort, 8443);
    assert.ok(tls.tlsCertFile!.endsWith("/c.pem") && tls.tlsKeyFile!.endsWith("/k.pem"), "paths resolved against the working directory");
    const flags = loadSettings(["--tls-port", "9443", "--tls-cert-file", "/x/c.pem", "--tls-key-file", "/x/k.pem", "--port", "off"], baseEnv);
    assert.equal(flags.tlsPort, 9443);
    assert.equal(flags.tlsCertFile, "/x/c.pem");
    assert.equal(flags.port, null, "PROXY_PORT=off: TLS only");
  });

  test("a certificate without a key (or the reverse) names both variables", () => {
    for (const one of [{ PROXY_TLS_CERT_FILE: "c.pem" }, { PROXY_TLS_KEY_FILE: "k.pem" }]) {
      const e = settingsError(() => loadSettings([], { ...baseEnv, ...one }));
      assert.equal(e.code, "PROXY_SETTINGS_INVALID");
      const text = e.problems.join("\n");
      assert.ok(text.includes("PROXY_TLS_CERT_FILE (--tls-cert-file)") && text.includes("PROXY_TLS_KEY_FILE (--tls-key-file)"), text);
    }
  });

  test("settings that cannot serve: PROXY_TLS_PORT without certificate, PROXY_PORT=off without TLS, a TLS port shared with another listener", () => {
    assert.match(settingsError(() => loadSettings([], { ...baseEnv, PROXY_TLS_PORT: "8443" })).problems.join("\n"), /PROXY_TLS_PORT \(--tls-port\) is set but no certificate/);
    assert.match(settingsError(() => loadSettings([], { ...baseEnv, PROXY_PORT: "off" })).problems.join("\n"), /PROXY_PORT \(--port\)=off leaves no proxy listener/);
    const tls = { ...baseEnv, PROXY_TLS_CERT_FILE: "c.pem", PROXY_TLS_KEY_FILE: "k.pem" };
    assert.match(settingsError(() => loadSettings([], { ...tls, PROXY_TLS_PORT: "8000" })).problems.join("\n"), /PROXY_TLS_PORT \(--tls-port\) and PROXY_PORT \(--port\) are both 8000/);
    assert.match(settingsError(() => loadSettings([], { ...tls, PROXY_TLS_PORT: "8100" })).problems.join("\n"), /PROXY_STATUS_PORT \(--status-port\) are both 8100/);
    assert.match(settingsError(() => loadSettings([], { ...tls, PROXY_TLS_PORT: "https" })).problems.join("\n"), /PROXY_TLS_PORT \(--tls-port\) must be an integer/);
  });
});

/** Records the scheme plugins see, and which instance ran, in an upstream header. */
const schemeModule: PluginModule<{ tag: string }> = {
  name: "test-scheme",
  priority: 1000,
  create(config) {
    return {
      access(req) {
        const prev = req.upstreamHeaders.get("x-plugin-ran");
        req.upstreamHeaders.set("x-plugin-ran", prev ? `${prev},${config.tag}:${req.scheme}` : `${config.tag}:${req.scheme}`);
      },
    };
  },
};
const modules = new Map<string, PluginModule>([...PLUGIN_MODULES, ["test-scheme", schemeModule as PluginModule]]);
const parsePlugin: PluginParser = (body) => {
  if ((body as { name?: string }).name === "test-scheme") return { success: true, data: { config: (body as { config: unknown }).config } };
  return parsePluginInput(body) as ReturnType<PluginParser>;
};

describe("requests on both listeners", { skip: noOpenssl ?? false }, () => {
  let certs: TestCertificates;
  let proxy: InProcessProxy;
  let up: EchoUpstream;
  let trusting: Agent;
  let version = 0;
  let S: Service;
  let tlsBase: string;

  before(async () => {
    certs = await makeTestCertificates();
    up = await startEchoUpstream();
    proxy = await startInProcessProxy({ modules, parsePlugin, settings: { tlsPort: 0, tlsCertFile: certs.certFile, tlsKeyFile: certs.keyFile } });
    assert.ok(proxy.app.tlsPort && proxy.app.tlsPort !== proxy.app.port);
    tlsBase = `https://127.0.0.1:${proxy.app.tlsPort}`;
    trusting = new Agent({ connect: { ca: certs.caPem } });
    S = service({ url: up.url });
  });
  after(async () => {
    await trusting?.close();
    await proxy?.close();
    await up?.close();
    await certs?.remove();
  });

  async function publish(routes: Route[], plugins: Plugin[] = []): Promise<void> {
    await proxy.publish(snapshot(proxy.controlPlaneId, ++version, { services: [S], routes, plugins }));
    up.clear();
  }
  async function call(base: string, path: string, headers: Record<string, string> = {}) {
    const res = await request(`${base}${path}`, { headers, dispatcher: base === tlsBase ? trusting : undefined });
    return { status: res.statusCode, headers: res.headers, body: await res.body.text() };
  }

  test("a request over TLS reaches the upstream with X-Forwarded-Proto https and the TLS port; a client's own X-Forwarded-Proto is not trusted", async () => {
    await publish([route({ paths: ["/both"], service: { id: S.id } })]);
    const tls = await call(tlsBase, "/both/x", { "x-forwarded-proto": "http", "x-forwarded-port": "1" });
    assert.equal(tls.status, 200);
    assert.equal(up.last().path, "/x");
    assert.equal(up.last().headers["x-forwarded-proto"], "https");
    assert.equal(up.last().headers["x-forwarded-port"], String(proxy.app.tlsPort));
    const plain = await call(proxy.base, "/both/x", { "x-forwarded-proto": "https" });
    assert.equal(plain.status, 200);
    assert.equal(up.last().headers["x-forwarded-proto"], "http", "a plain client cannot claim https");
    assert.equal(up.last().headers["x-forwarded-port"], String(proxy.app.port));
  });

  test("an https-only route: 426 'Please use HTTPS protocol' on plain http (or its redirect), served over TLS", async () => {
    const only = route({ paths: ["/secure"], protocols: ["https"], service: { id: S.id } });
    const moved = route({ paths: ["/moved"], protocols: ["https"], https_redirect_status_code: 308, service: { id: S.id } });
    await publish([only, moved]);
    const refused = await call(proxy.base, "/secure/a", { host: "shop.test" });
    assert.equal(refused.status, 426);
    assert.equal((JSON.parse(refused.body) as { message: string }).message, "Please use HTTPS protocol");
    assert.equal(refused.headers.upgrade, "TLS/1.2, HTTP/1.1");
    assert.equal(up.records.length, 0, "nothing reached the upstream");
    const redirect = await call(proxy.base, "/moved/a?q=1", { host: "shop.test" });
    assert.equal(redirect.status, 308);
    assert.equal(redirect.headers.location, "https://shop.test/moved/a?q=1");
    const served = await call(tlsBase, "/secure/a");
    assert.equal(served.status, 200);
    assert.equal(up.last().headers["x-forwarded-proto"], "https");
  });

  test("an http-only route over TLS is served, as Kong does (protocols is not part of matching; only https-only is refused)", async () => {
    // Kong's traditional_compatible router builds no protocol condition for a route, and its
    // access handler refuses only an https-only route reached without https (kong-proxy.md §1.1;
    // Kong's docs were corrected in Kong/docs.konghq.com#4888 to say Kong accepts HTTPS
    // requests on a route with protocols ["http"]). So this is not a 404.
    await publish([route({ paths: ["/plain"], protocols: ["http"], service: { id: S.id } })]);
    const tls = await call(tlsBase, "/plain/a");
    assert.equal(tls.status, 200);
    assert.equal(up.last().headers["x-forwarded-proto"], "https");
    assert.equal((await call(proxy.base, "/plain/a")).status, 200);
    // No route at all is still Kong's 404 on either listener.
    assert.equal((await call(tlsBase, "/nothing-here")).status, 404);
  });

  test("route snis are matched against the TLS server name the client sent (none when it connects by IP), and not on plain http", async () => {
    const named = route({ name: "named", paths: ["/sni"], protocols: ["http", "https"], snis: ["localhost"], service: { id: S.id } });
    const other = route({ name: "other", paths: ["/sni"], strip_path: false, protocols: ["http", "https"], snis: ["*.example.test"], service: { id: S.id } }); // upstream path /sni/a
    await publish([named, other]);
    // The test certificate also names DNS:localhost, so SNI "localhost" verifies.
    const bySni = new Agent({ connect: { ca: certs.caPem, servername: "localhost" } });
    try {
      const res = await request(`${tlsBase}/sni/a`, { dispatcher: bySni });
      assert.equal(res.statusCode, 200, await res.body.text());
      assert.equal(up.last().path, "/a", "the route whose snis name localhost");
    } finally {
      await bySni.close();
    }
    assert.equal((await call(tlsBase, "/sni/a")).status, 404, "https by IP address: no SNI, so no route with snis matches");
    assert.equal((await call(proxy.base, "/sni/a")).status, 200, "plain http: snis are not checked");
  });

  test("a gRPC-only route over TLS still needs HTTP/2: 426 'Please use HTTP2 protocol'", async () => {
    await publish([route({ paths: ["/grpc"], protocols: ["grpcs"], service: { id: S.id } })]);
    const res = await call(tlsBase, "/grpc");
    assert.equal(res.status, 426);
    assert.equal((JSON.parse(res.body) as { message: string }).message, "Please use HTTP2 protocol");
  });

  test("plugins' protocols are honoured per listener, and plugins see the request's scheme", async () => {
    await publish(
      [route({ paths: ["/p"], service: { id: S.id } })],
      [plugin({ name: "test-scheme", protocols: ["https"], config: { tag: "tls-only" } })],
    );
    await call(tlsBase, "/p");
    assert.deepEqual(receivedHeader(up.last(), "x-plugin-ran"), ["tls-only:https"]);
    await call(proxy.base, "/p");
    assert.deepEqual(receivedHeader(up.last(), "x-plugin-ran"), [], "an https-only instance does not run on plain http");
    await publish(
      [route({ paths: ["/p"], service: { id: S.id } })],
      [plugin({ name: "test-scheme", protocols: ["http"], config: { tag: "plain-only" } })],
    );
    await call(proxy.base, "/p");
    assert.deepEqual(receivedHeader(up.last(), "x-plugin-ran"), ["plain-only:http"]);
    await call(tlsBase, "/p");
    assert.deepEqual(receivedHeader(up.last(), "x-plugin-ran"), [], "an http-only instance does not run over TLS");
  });

  test("the certificate is really verified: a client that does not trust the test CA is refused", async () => {
    await assert.rejects(request(`${tlsBase}/both`), (e: Error & { code?: string; cause?: { code?: string } }) => {
      const code = e.code ?? e.cause?.code;
      assert.equal(code, "UNABLE_TO_VERIFY_LEAF_SIGNATURE", String(code));
      return true;
    });
  });
});

describe("TLS only (PROXY_PORT=off)", { skip: noOpenssl ?? false }, () => {
  test("only the TLS listener opens; requests over it are served", async () => {
    const certs = await makeTestCertificates();
    const up = await startEchoUpstream();
    const proxy = await startInProcessProxy({ settings: { port: null, tlsPort: 0, tlsCertFile: certs.certFile, tlsKeyFile: certs.keyFile } });
    const agent = new Agent({ connect: { ca: certs.caPem } });
    try {
      assert.equal(proxy.app.port, 0, "no plain listener");
      const started = proxy.logs.find((l) => l.msg === "proxy listening")!;
      assert.equal(started.port, null);
      assert.equal(started.tls_port, proxy.app.tlsPort);
      const s = service({ url: up.url });
      await proxy.publish(snapshot(proxy.controlPlaneId, 1, { services: [s], routes: [route({ paths: ["/"], service: { id: s.id } })] }));
      const res = await request(`https://127.0.0.1:${proxy.app.tlsPort}/x`, { dispatcher: agent });
      await res.body.text();
      assert.equal(res.statusCode, 200);
    } finally {
      await agent.close();
      await proxy.close();
      await up.close();
      await certs.remove();
    }
  });
});

describe("start errors", { skip: noOpenssl ?? false }, () => {
  let certs: TestCertificates;
  let work: string;
  let busy: Server;
  let busyPort: number;
  before(async () => {
    certs = await makeTestCertificates();
    work = await mkdtemp(join(tmpdir(), "proxy-tls-start-"));
    busy = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    busyPort = (busy.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise<void>((r) => busy?.close(() => r()));
    await certs?.remove();
    await rm(work, { recursive: true, force: true });
  });

  /** `npm run proxy` with these settings; it must fail before contacting the (unreachable) API. */
  function run(env: Record<string, string>) {
    const clean: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith("KONNECT_") && !k.startsWith("PROXY_")) clean[k] = v;
    const all = { ...clean, ...baseEnv, KONNECT_CONTROL_PLANE_ID: randomUUID(), PROXY_LISTEN_HOST: "127.0.0.1", PROXY_CACHE_DIR: join(work, "cache"), PROXY_PORT: "0", PROXY_STATUS_PORT: "0", PROXY_TLS_PORT: "0", ...env };
    const r = spawnSync(process.execPath, ["--import", "tsx", "proxy/main.ts"], { cwd: PROJECT_ROOT, env: all, encoding: "utf8", timeout: 30_000 });
    const lines = `${r.stdout}${r.stderr}`.split("\n").filter((l) => l.trim() !== "");
    return { status: r.status, lines, output: `${r.stdout}${r.stderr}` };
  }
  function oneFatalLine(r: ReturnType<typeof run>): Record<string, unknown> {
    assert.equal(r.status, 1, r.output);
    assert.equal(r.lines.length, 1, r.output);
    return JSON.parse(r.lines[0]) as Record<string, unknown>;
  }

  test("a certificate file that does not exist: PROXY_TLS_FILE_UNREADABLE naming PROXY_TLS_CERT_FILE, exit 1", () => {
    const missing = join(work, "nope.pem");
    const line = oneFatalLine(run({ PROXY_TLS_CERT_FILE: missing, PROXY_TLS_KEY_FILE: certs.keyFile }));
    assert.equal(line.code, "PROXY_TLS_FILE_UNREADABLE");
    assert.equal(line.variable, "PROXY_TLS_CERT_FILE");
    assert.equal(line.file, missing);
    assert.ok(String(line.msg).includes(`PROXY_TLS_CERT_FILE=${missing}`), String(line.msg));
  });

  test("a key that is not the certificate's: PROXY_TLS_KEY_MISMATCH naming both variables, exit 1, no key material in the output", () => {
    const r = run({ PROXY_TLS_CERT_FILE: certs.certFile, PROXY_TLS_KEY_FILE: certs.otherKeyFile });
    const line = oneFatalLine(r);
    assert.equal(line.code, "PROXY_TLS_KEY_MISMATCH");
    assert.equal(line.variable, "PROXY_TLS_KEY_FILE");
    assert.ok(String(line.msg).includes("PROXY_TLS_CERT_FILE=") && String(line.msg).includes("PROXY_TLS_KEY_FILE="), String(line.msg));
    assert.ok(!r.output.includes("PRIVATE KEY"));
  });

  test("a busy TLS port: PROXY_PORT_IN_USE naming PROXY_TLS_PORT, exit 1", () => {
    const line = oneFatalLine(run({ PROXY_TLS_CERT_FILE: certs.certFile, PROXY_TLS_KEY_FILE: certs.keyFile, PROXY_TLS_PORT: String(busyPort) }));
    assert.equal(line.code, "PROXY_PORT_IN_USE");
    assert.equal(line.variable, "PROXY_TLS_PORT");
    assert.equal(line.port, busyPort);
    assert.ok(String(line.msg).includes(`PROXY_TLS_PORT=`), String(line.msg));
  });

  test("a certificate without a key: exit 2 naming both variables (settings)", () => {
    const r = run({ PROXY_TLS_CERT_FILE: certs.certFile, PROXY_TLS_PORT: "" });
    assert.equal(r.status, 2, r.output);
    assert.ok(r.output.includes("PROXY_TLS_CERT_FILE (--tls-cert-file)") && r.output.includes("PROXY_TLS_KEY_FILE (--tls-key-file)"), r.output);
  });

  // The remaining cases through startProxy in the test process (same code path, no process start each).
  async function startError(files: { cert: string; key: string }): Promise<TlsSetupError> {
    const logs: string[] = [];
    const settings: ProxySettings = {
      ...loadSettings([], { ...baseEnv, PROXY_LISTEN_HOST: "127.0.0.1", PROXY_PORT: "0", PROXY_STATUS_PORT: "0", PROXY_CACHE_DIR: join(work, "cache2") }),
      tlsPort: 0,
      tlsCertFile: files.cert,
      tlsKeyFile: files.key,
    };
    const sink = new Writable({ write: (c, _e, cb) => (logs.push(String(c)), cb()) });
    try {
      const app = await startProxy(settings, { log: createLogger("debug", sink) });
      await app.close();
    } catch (e) {
      assert.ok(e instanceof TlsSetupError, String(e));
      assert.equal(logs.length, 0, "nothing started, nothing logged before the error");
      return e;
    }
    assert.fail("startProxy should have refused these files");
  }

  test("a directory, a file that is no certificate, a key file that is no key, a passphrase-protected key: one code each, naming the variable", async () => {
    const dir = join(work, "a-directory");
    await mkdir(dir, { recursive: true });
    const garbage = join(work, "garbage.pem");
    await writeFile(garbage, "this is not PEM\n");
    const empty = join(work, "empty.pem");
    await writeFile(empty, "");
    const encrypted = join(work, "encrypted.key");
    const enc = spawnSync("openssl", ["pkey", "-in", certs.keyFile, "-aes256", "-passout", "pass:secret", "-out", encrypted], { encoding: "utf8" });
    assert.equal(enc.status, 0, enc.stderr);

    const cases: [files: { cert: string; key: string }, code: string, variable: string][] = [
      [{ cert: certs.certFile, key: dir }, "PROXY_TLS_FILE_UNREADABLE", "PROXY_TLS_KEY_FILE"],
      [{ cert: garbage, key: certs.keyFile }, "PROXY_TLS_CERT_INVALID", "PROXY_TLS_CERT_FILE"],
      [{ cert: empty, key: certs.keyFile }, "PROXY_TLS_CERT_INVALID", "PROXY_TLS_CERT_FILE"],
      // the two files swapped: the "key" is a certificate
      [{ cert: certs.keyFile, key: certs.certFile }, "PROXY_TLS_CERT_INVALID", "PROXY_TLS_CERT_FILE"],
      [{ cert: certs.certFile, key: certs.certFile }, "PROXY_TLS_KEY_INVALID", "PROXY_TLS_KEY_FILE"],
      [{ cert: certs.certFile, key: encrypted }, "PROXY_TLS_KEY_INVALID", "PROXY_TLS_KEY_FILE"],
    ];
    for (const [files, code, variable] of cases) {
      const e = await startError(files);
      assert.equal(e.code, code, `${JSON.stringify(files)}: ${e.message}`);
      assert.equal(e.variable, variable, `${JSON.stringify(files)}: ${e.message}`);
      assert.ok(e.message.includes(`${variable}=`), e.message);
    }
  });
});

if (noOpenssl) test("TLS listener tests", (t) => t.skip(noOpenssl));
