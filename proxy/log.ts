// The proxy's logger: pino, JSON lines on stdout. Call sites never pass secrets; the redaction
// list is a second line of defence for fields that could carry one by mistake.
import pino from "pino";

export type ProxyLogger = pino.Logger;

export const REDACTED_PATHS = [
  "token",
  "dpToken",
  "dp_token",
  "authorization",
  "headers.authorization",
  "headers.cookie",
  "*.authorization",
  "*.token",
  "*.client_secret",
  "config.client_secret",
];

export function createLogger(level: string, destination?: pino.DestinationStream): ProxyLogger {
  return pino(
    {
      level,
      base: { service: "proxy" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? pino.destination({ fd: 1, sync: true }),
  );
}
