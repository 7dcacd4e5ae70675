// Provider logging: pino, writing hclog-style JSON lines (@level/@message/@timestamp) to stderr, which
// go-plugin parses and shows in Terraform's log (TF_LOG=debug). stdout is reserved for the handshake.
// Never log tokens, secrets or Authorization headers.
import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(): Logger {
  const level = process.env.KONNECT_PROVIDER_LOG_LEVEL ?? "info";
  return pino(
    {
      level,
      base: null,
      messageKey: "@message",
      timestamp: () => `,"@timestamp":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ "@level": label }) },
      redact: { paths: ["token", "*.token", "authorization", "*.authorization"], censor: "[redacted]" },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
