// Throwaway TLS material for tests, made with the openssl binary at test time: a test CA, a
// server certificate it signs (SAN IP:127.0.0.1 and DNS:localhost), and an unrelated key (for
// "key does not match" cases). Nothing is checked in; the directory is removed by the caller.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestCertificates {
  dir: string;
  /** The CA clients must trust (PEM). */
  caPem: string;
  /** Server certificate and its key (files, PEM). */
  certFile: string;
  keyFile: string;
  /** A valid P-256 key that belongs to no certificate here. */
  otherKeyFile: string;
  remove(): Promise<void>;
}

/** Why openssl cannot be used here, or null when it can. */
export function opensslMissing(): string | null {
  const r = spawnSync("openssl", ["version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return `openssl is not installed (${r.error?.message ?? r.stderr.trim()}); the TLS listener tests need it to make a test certificate`;
  return null;
}

function openssl(dir: string, args: string[]): void {
  const r = spawnSync("openssl", args, { cwd: dir, encoding: "utf8", timeout: 30_000 });
  if (r.error || r.status !== 0) throw new Error(`openssl ${args.join(" ")} failed: ${r.error?.message ?? r.stderr}`);
}

export async function makeTestCertificates(): Promise<TestCertificates> {
  const dir = await mkdtemp(join(tmpdir(), "proxy-tls-"));
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
  openssl(dir, ["req", "-x509", ...ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=proxy test CA", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign"]);
  openssl(dir, ["req", "-new", ...ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"]);
  await writeFile(join(dir, "server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n");
  openssl(dir, ["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2", "-extfile", "server.ext", "-out", "server.pem"]);
  openssl(dir, ["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "other.key"]);
  return {
    dir,
    caPem: await readFile(join(dir, "ca.pem"), "utf8"),
    certFile: join(dir, "server.pem"),
    keyFile: join(dir, "server.key"),
    otherKeyFile: join(dir, "other.key"),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
