#!/usr/bin/env node
// Runs the suite with node's own test runner. Usage: node test/run.mjs [substring ...]
// Files: test/{unit,integration,e2e}/**/*.test.ts; arguments keep only files whose path contains one of them.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const filters = process.argv.slice(2);
const files = [];
for (const dir of ["unit", "integration", "e2e"]) walk(join(root, "test", dir));
function walk(dir) {
  let entries = [];
  try { entries = readdirSync(dir); } catch { return; }
  for (const e of entries.sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p);
    else if (e.endsWith(".test.ts")) files.push(relative(root, p));
  }
}
const selected = filters.length ? files.filter((f) => filters.some((s) => f.includes(s))) : files;
if (selected.length === 0) {
  console.error(`no test files match ${filters.join(", ") || "(none found)"}`);
  process.exit(1);
}
const child = spawn(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...selected], { cwd: root, stdio: "inherit" });
child.on("exit", (code, signal) => process.exit(signal ? 1 : code ?? 1));
