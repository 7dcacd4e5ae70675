// `npm run proxy`: one proxy for one control plane. Settings come from the environment or the
// mirroring flags (see `npm run proxy -- --help`); invalid settings exit with code 2 and one
// line per problem, never echoing the token.
import { startProxy } from "./app.ts";
import { createLogger } from "./log.ts";
import { SettingsError, loadSettings, usage } from "./settings.ts";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(usage());
    return;
  }
  let settings;
  try {
    settings = loadSettings(argv, process.env);
  } catch (e) {
    if (e instanceof SettingsError) {
      process.stderr.write(`proxy: ${e.message}\n\n${usage()}`);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(settings.logLevel);
  let app: Awaited<ReturnType<typeof startProxy>>;
  try {
    app = await startProxy(settings, { log });
  } catch (e) {
    log.fatal({ code: "PROXY_SETTINGS_INVALID", err: (e as Error).message }, "proxy could not start");
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "proxy stopping");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    log.info({}, "proxy stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

void main();
