// `npm run proxy`: one proxy for one control plane. Settings come from the environment or the
// mirroring flags (see `npm run proxy -- --help`); invalid settings exit with code 2 and one
// line per problem, never echoing the token.
import { ListenError, startProxy } from "./app.ts";
import { ProxyError } from "./errors.ts";
import { createLogger } from "./log.ts";
import { SettingsError, loadSettings, usage } from "./settings.ts";
import { TlsSetupError } from "./tls.ts";

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
    if (e instanceof ListenError) {
      // One line naming the port and its variable, like the API's `npm start` on a busy PORT.
      log.fatal({ code: e.code, port: e.port, variable: e.variable, host: e.host, syscall_code: e.syscallCode }, `proxy could not start: ${e.detail}`);
    } else if (e instanceof TlsSetupError) {
      // Names the variable and the file; never the file's content (it holds a private key).
      log.fatal({ code: e.code, variable: e.variable, file: e.file }, `proxy could not start: ${e.detail}`);
    } else {
      const code = e instanceof ProxyError ? e.code : "PROXY_START_FAILED";
      log.fatal({ code, err: (e as Error).message }, "proxy could not start");
    }
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
