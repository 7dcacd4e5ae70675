// The TLS listener's identity: PEM certificate (chain) and private key, read once at start and
// checked before any listener opens, so a wrong file is one start error naming its variable
// instead of a listener that fails every handshake. Reloading certificates needs a restart.
import { X509Certificate, createPrivateKey, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createSecureContext } from "node:tls";
import { ProxyError } from "./errors.ts";

export type TlsVariable = "PROXY_TLS_CERT_FILE" | "PROXY_TLS_KEY_FILE";

export type TlsSetupCode = "PROXY_TLS_FILE_UNREADABLE" | "PROXY_TLS_CERT_INVALID" | "PROXY_TLS_KEY_INVALID" | "PROXY_TLS_KEY_MISMATCH";

/** A certificate or key that cannot be used, naming the variable to fix and the file it points at. */
export class TlsSetupError extends ProxyError {
  constructor(
    code: TlsSetupCode,
    detail: string,
    readonly variable: TlsVariable,
    readonly file: string,
  ) {
    super(code, detail);
  }
}

export interface TlsIdentity {
  cert: Buffer;
  key: Buffer;
  /** For the start log line: which certificate is served, and until when. */
  subject: string;
  subjectAltName: string | undefined;
  validFrom: Date;
  validTo: Date;
}

const PEM_CERT = "-----BEGIN CERTIFICATE-----";

export async function loadTlsIdentity(certFile: string, keyFile: string): Promise<TlsIdentity> {
  const cert = await readPem(certFile, "PROXY_TLS_CERT_FILE");
  const key = await readPem(keyFile, "PROXY_TLS_KEY_FILE");

  // The TLS stack only takes PEM; X509Certificate alone would also accept DER.
  if (!cert.includes(PEM_CERT)) {
    throw new TlsSetupError("PROXY_TLS_CERT_INVALID", `PROXY_TLS_CERT_FILE=${certFile} holds no PEM certificate (expected a "${PEM_CERT}" block)`, "PROXY_TLS_CERT_FILE", certFile);
  }
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch (e) {
    throw new TlsSetupError("PROXY_TLS_CERT_INVALID", `PROXY_TLS_CERT_FILE=${certFile} is not a valid PEM certificate (${(e as Error).message})`, "PROXY_TLS_CERT_FILE", certFile);
  }
  let keyObject: KeyObject;
  try {
    keyObject = createPrivateKey(key);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === "ERR_MISSING_PASSPHRASE"
        ? "is passphrase-protected, which is not supported (write it unencrypted, e.g. `openssl pkey -in enc.pem -out key.pem`, and restrict the file's permissions)"
        : `is not a PEM private key (${err.message})`;
    throw new TlsSetupError("PROXY_TLS_KEY_INVALID", `PROXY_TLS_KEY_FILE=${keyFile} ${why}`, "PROXY_TLS_KEY_FILE", keyFile);
  }
  // The first certificate of the file is the one served: it must be the key's.
  if (!x509.checkPrivateKey(keyObject)) {
    throw new TlsSetupError(
      "PROXY_TLS_KEY_MISMATCH",
      `PROXY_TLS_KEY_FILE=${keyFile} is not the private key of the certificate in PROXY_TLS_CERT_FILE=${certFile} (the first certificate of that file must be the server's own)`,
      "PROXY_TLS_KEY_FILE",
      keyFile,
    );
  }
  try {
    createSecureContext({ cert, key });
  } catch (e) {
    throw new TlsSetupError("PROXY_TLS_CERT_INVALID", `PROXY_TLS_CERT_FILE=${certFile} and PROXY_TLS_KEY_FILE=${keyFile} cannot be used by the TLS stack (${(e as Error).message})`, "PROXY_TLS_CERT_FILE", certFile);
  }
  return { cert, key, subject: x509.subject.replace(/\n/g, ", "), subjectAltName: x509.subjectAltName, validFrom: new Date(x509.validFrom), validTo: new Date(x509.validTo) };
}

async function readPem(file: string, variable: TlsVariable): Promise<Buffer> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "does not exist" : code === "EACCES" || code === "EPERM" ? "cannot be read by this process (permission denied)" : code === "EISDIR" ? "is a directory, not a file" : `cannot be read (${(e as Error).message})`;
    throw new TlsSetupError("PROXY_TLS_FILE_UNREADABLE", `${variable}=${file} ${why}`, variable, file);
  }
  if (buf.length === 0) {
    throw new TlsSetupError(variable === "PROXY_TLS_CERT_FILE" ? "PROXY_TLS_CERT_INVALID" : "PROXY_TLS_KEY_INVALID", `${variable}=${file} is empty`, variable, file);
  }
  return buf;
}
