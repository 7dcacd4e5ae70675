// One-time TLS identity for go-plugin's AutoMTLS: a fresh ECDSA P-256 key and a self-signed
// certificate (CN=localhost, SAN DNS:localhost, CA, server+client auth) built as DER by hand.
// Node has no X.509 builder; a library for this costs ~100 ms of start-up, this costs a few ms.
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";

export interface ServerIdentity {
  keyPem: string;
  certPem: string;
  /** DER of the certificate, for the handshake line. */
  certDer: Buffer;
}

export function createServerIdentity(now = new Date()): ServerIdentity {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const spki = publicKey.export({ type: "spki", format: "der" });
  const ecdsaWithSha256 = seq(oid("1.2.840.10045.4.3.2"));
  const name = seq(
    set(seq(oid("2.5.4.10"), utf8("HashiCorp"))), // O — go-plugin's own certificates carry the same
    set(seq(oid("2.5.4.3"), utf8("localhost"))),
  );
  const serial = randomBytes(16);
  serial[0] &= 0x7f; // keep the INTEGER positive
  const notBefore = new Date(now.getTime() - 60_000);
  const notAfter = new Date(now.getTime() + 365 * 24 * 3600_000);
  const extensions = seq(
    seq(oid("2.5.29.19"), bool(true), octets(seq(bool(true)))), // basicConstraints: critical, CA
    // keyUsage: critical; digitalSignature, keyEncipherment, keyAgreement, keyCertSign
    seq(oid("2.5.29.15"), bool(true), octets(tlv(0x03, Buffer.from([0x02, 0xac])))),
    seq(oid("2.5.29.37"), octets(seq(oid("1.3.6.1.5.5.7.3.1"), oid("1.3.6.1.5.5.7.3.2")))), // EKU server+client
    seq(oid("2.5.29.17"), octets(seq(tlv(0x82, Buffer.from("localhost"))))), // SAN dNSName
  );
  const tbs = seq(
    tlv(0xa0, int(Buffer.from([2]))), // v3
    int(serial),
    ecdsaWithSha256,
    name,
    seq(time(notBefore), time(notAfter)),
    name,
    spki,
    tlv(0xa3, extensions),
  );
  const signature = sign("sha256", tbs, privateKey); // DER ECDSA-Sig-Value
  const certDer = seq(tbs, ecdsaWithSha256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  return {
    certDer,
    certPem: pem("CERTIFICATE", certDer),
    keyPem: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
  };
}

function pem(label: string, der: Buffer): string {
  const b64 = der.toString("base64").replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

function tlv(tag: number, body: Buffer): Buffer {
  const len = body.length;
  let head: Buffer;
  if (len < 0x80) head = Buffer.from([tag, len]);
  else if (len < 0x100) head = Buffer.from([tag, 0x81, len]);
  else head = Buffer.from([tag, 0x82, len >> 8, len & 0xff]);
  return Buffer.concat([head, body]);
}
const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const octets = (b: Buffer) => tlv(0x04, b);
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, "utf8"));
const bool = (v: boolean) => tlv(0x01, Buffer.from([v ? 0xff : 0]));

function int(bytes: Buffer): Buffer {
  // INTEGER is two's complement: a leading 1 bit needs a 0x00 pad; leading zero bytes are trimmed.
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0 && bytes[i + 1] < 0x80) i++;
  const b = bytes.subarray(i);
  return tlv(0x02, b[0] >= 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
}

function oid(dotted: string): Buffer {
  const parts = dotted.split(".").map(Number);
  const out = [parts[0] * 40 + parts[1]];
  for (const p of parts.slice(2)) {
    const stack = [p & 0x7f];
    for (let v = p >>> 7; v > 0; v >>>= 7) stack.unshift((v & 0x7f) | 0x80);
    out.push(...stack);
  }
  return tlv(0x06, Buffer.from(out));
}

function time(d: Date): Buffer {
  // UTCTime (YYMMDDHHMMSSZ) until 2049, GeneralizedTime after, as RFC 5280 requires.
  const iso = d.toISOString().replace(/[-:T]/g, "").slice(0, 14); // YYYYMMDDHHMMSS
  return d.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(iso.slice(2) + "Z")) : tlv(0x18, Buffer.from(iso + "Z"));
}
