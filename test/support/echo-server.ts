// The echo upstream as a command, for trying the proxy by hand:
//   npx tsx test/support/echo-server.ts [--port 9100]
// Answers every request with JSON describing what it received (method, target, headers, body size),
// so you can see which Authorization header reached the upstream.
import { parseArgs } from "node:util";
import { startEchoUpstream } from "./echo-upstream.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "9100" } } });
const upstream = await startEchoUpstream({ port: Number(values.port) });
upstream.respond = (rec, _req, res) => {
  upstream.clear(); // keep memory flat: this process only answers, nobody reads the records
  const body = JSON.stringify({ method: rec.method, url: rec.url, headers: rec.headers, body_bytes: rec.body.length }, null, 2);
  res.writeHead(200, { "content-type": "application/json" }).end(body + "\n");
};
console.log(`echo upstream listening on ${upstream.url}`);
const stop = () => void upstream.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
