// Runs the test identity providers A and B (test/support/idp.ts) as a separate process.
//
//   npx tsx test/support/idp-server.ts [--a-port N] [--b-port N] [--control-port N] [--exit-on-stdin-close]
//
// When ready it prints ONE JSON line on stdout:
//   {"ready":true,"issuerA":"http://127.0.0.1:…","issuerB":"…","control":"http://127.0.0.1:…",
//    "clients":{…},"gatewayClientJwk":{…},"defaultAudience":"urn:test:upstream"}
// and then serves a small loopback control API for tests and demos (JSON in, JSON out):
//   GET  /stats                          → {a: counts, b: counts, bTokenRequests: [...]}
//   POST /reset                          → zero the counters
//   POST /token  {sub, scope?, aud?, alg?}               → {token}  (A's mint grant over HTTP)
//   POST /mint   {issuer:"a"|"b", claims, alg?, kid?, typ?, expiresIn?} → {token} (signed in-process)
//   POST /rotate {issuer}                → {kid}
//   POST /fail   {issuer, endpoint: discovery|jwks|token|introspection|all, mode: 503|hang|reset}
//   POST /heal   {issuer}
//   POST /stop   {issuer} / POST /start {issuer}   (connection refused while stopped)
//   POST /controls {exchangeTtl?, exchangeDelayMs?, behaviour?}   (B's exchange behaviour)
// SIGTERM/SIGINT (or, with --exit-on-stdin-close, the parent closing our stdin pipe) stops everything.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { CLIENTS, DEFAULT_AUDIENCE, startIdps, tokenFromA, type Endpoint, type TestIdp } from "./idp.ts";

const { values } = parseArgs({
  options: {
    "a-port": { type: "string" },
    "b-port": { type: "string" },
    "control-port": { type: "string" },
    "exit-on-stdin-close": { type: "boolean" },
  },
});

const idps = await startIdps({ a: { port: Number(values["a-port"] ?? 0) }, b: { port: Number(values["b-port"] ?? 0) } });
const pick = (name: unknown): TestIdp => (name === "b" || name === "B" ? idps.b : idps.a);

async function readJson(req: http.IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : {};
}

const control = http.createServer(async (req, res) => {
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  try {
    const body = req.method === "POST" ? await readJson(req) : {};
    switch (`${req.method} ${req.url}`) {
      case "GET /stats":
        return send(200, { a: idps.a.counts, b: idps.b.counts, bTokenRequests: idps.b.tokenRequests });
      case "POST /reset":
        idps.a.resetCounts();
        idps.b.resetCounts();
        return send(200, {});
      case "POST /token":
        return send(200, { token: await tokenFromA(idps.a, { sub: body.sub ?? "alice", scope: body.scope, aud: body.aud, alg: body.alg }) });
      case "POST /mint":
        return send(200, { token: await pick(body.issuer).mintToken(body.claims ?? {}, { alg: body.alg, kid: body.kid, typ: body.typ, expiresIn: body.expiresIn }) });
      case "POST /rotate":
        return send(200, { kid: (await pick(body.issuer).rotateKeys({ dropOld: body.dropOld })).kid });
      case "POST /fail":
        pick(body.issuer).fail(body.endpoint as Endpoint, body.mode);
        return send(200, {});
      case "POST /heal":
        pick(body.issuer).heal();
        return send(200, {});
      case "POST /stop":
        await pick(body.issuer).stop();
        return send(200, {});
      case "POST /start":
        await pick(body.issuer).start();
        return send(200, {});
      case "POST /controls":
        Object.assign(idps.b.controls, body);
        return send(200, idps.b.controls);
      default:
        return send(404, { error: "unknown control" });
    }
  } catch (e) {
    return send(500, { error: (e as Error).message });
  }
});
await new Promise<void>((resolve) => control.listen(Number(values["control-port"] ?? 0), "127.0.0.1", resolve));

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  control.closeAllConnections();
  control.close();
  await idps.close();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
if (values["exit-on-stdin-close"]) {
  process.stdin.on("end", shutdown);
  process.stdin.resume();
}

process.stdout.write(`${JSON.stringify({
  ready: true,
  issuerA: idps.a.issuer,
  issuerB: idps.b.issuer,
  control: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
  clients: CLIENTS,
  gatewayClientJwk: idps.b.gatewayClientJwk,
  defaultAudience: DEFAULT_AUDIENCE,
})}\n`);
