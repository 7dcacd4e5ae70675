// Runs the benchmarks one after another (never in parallel: they share the machine's cores).
//   npm run bench                 → api, proxy, terraform
//   npm run bench -- proxy        → only files whose name contains "proxy"
// Each benchmark prints its own figures and ratios against a baseline measured in the same run.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n######## ${f} (load average ${loadavg().map((l) => l.toFixed(2)).join(" ")})`);
  const r = spawnSync(process.execPath, ["--import", "tsx", `${dir}${f}`], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
