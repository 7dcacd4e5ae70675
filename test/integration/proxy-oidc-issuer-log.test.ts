// openid-connect refusing a token for its issuer: the log line carries the token's iss and the
// issuers the instance accepts (so an operator can tell a misspelt issuer URL from a foreign
// token), never the token. Real IdP (oidc-provider, test/support/idp.ts) for config.issuer; the
// proxy runs in-process against the control-plane stub so its log lines can be read.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import * as jose from "jose";
import { request } from "undici";
import { startEchoUpstream, type EchoUpstream } from "../support/echo-upstream.ts";
import { startIdpA, tokenFromA, type TestIdp } from "../support/idp.ts";
import { plugin, route, service, snapshot } from "../support/proxy-snapshot.ts";
import { startInProcessProxy, type InProcessProxy } from "./proxy-inprocess.ts";

let up: EchoUpstream;
let idp: TestIdp;
let proxy: InProcessProxy;
const alsoAllowed = "https://issuer-alias.example/realms/shop";

before(async () => {
  up = await startEchoUpstream();
  idp = await startIdpA();
  proxy = await startInProcessProxy();
  const s = service({ url: up.url });
  await proxy.publish(
    snapshot(proxy.controlPlaneId, 1, {
      services: [s],
      routes: [route({ paths: ["/api"], service: { id: s.id } })],
      plugins: [plugin({ name: "openid-connect", config: { issuer: idp.issuer, auth_methods: ["bearer"], issuers_allowed: [alsoAllowed] } })],
    }),
  );
});
after(async () => {
  await proxy?.close();
  await idp?.close();
  await up?.close();
});

async function call(token: string): Promise<number> {
  const res = await request(`${proxy.base}/api/x`, { headers: { authorization: `Bearer ${token}` } });
  await res.body.text();
  return res.statusCode;
}

test("a token of another issuer: 401, the log names its iss and the accepted issuers, not the token", async () => {
  // A well-formed JWT from an issuer the instance does not know (the issuer check comes before
  // any key lookup, so its signature never matters).
  const key = await jose.generateKeyPair("RS256");
  const foreignIss = "https://other-idp.example/realms/elsewhere";
  const token = await new jose.SignJWT({ sub: "mallory", scope: "read" })
    .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: "k1" })
    .setIssuer(foreignIss)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(key.privateKey);
  assert.equal(await call(token), 401);
  const line = proxy.logsWithCode("OIDC_ISSUER_NOT_ALLOWED").at(-1);
  assert.ok(line, "a refusal was logged");
  assert.equal(line.token_iss, foreignIss);
  assert.deepEqual(line.issuers_accepted, [idp.issuer, alsoAllowed]);
  const all = JSON.stringify(proxy.logs);
  assert.ok(!all.includes(token) && !all.includes(token.split(".")[2]), "neither the token nor its signature is logged");
});

test("the configured issuer with a different spelling (trailing slash) is refused and shown as such", async () => {
  const real = await tokenFromA(idp, { sub: "alice" });
  assert.equal(await call(real), 200, "a token of the configured issuer passes");
  const key = await jose.generateKeyPair("ES256");
  const misspelt = idp.issuer.endsWith("/") ? idp.issuer.slice(0, -1) : `${idp.issuer}/`;
  const token = await new jose.SignJWT({ sub: "bob" }).setProtectedHeader({ alg: "ES256", typ: "JWT" }).setIssuer(misspelt).setExpirationTime("5m").sign(key.privateKey);
  const before = proxy.logsWithCode("OIDC_ISSUER_NOT_ALLOWED").length;
  assert.equal(await call(token), 401);
  const lines = proxy.logsWithCode("OIDC_ISSUER_NOT_ALLOWED");
  assert.equal(lines.length, before + 1);
  assert.equal(lines.at(-1)!.token_iss, misspelt);
  assert.ok(!JSON.stringify(proxy.logs).includes(token));
});
