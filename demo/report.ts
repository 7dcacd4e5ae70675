// What the person (or the CI test) sees: named steps with their elapsed time, one line per check,
// a final summary line; plus the JSON report written with --report.
//
// Line formats the e2e test relies on (non-interactive mode, no colour):
//   == step <n>: <title>
//   -- step <n> done in <s>s (elapsed <s>s)
//   ok   <check id>  <summary>        |   FAIL <check id>  <summary>
//   demo: <passed>/<total> checks passed in <s>s
import { writeFileSync } from "node:fs";

export interface CheckResult {
  id: string;
  step: string;
  ok: boolean;
  summary: string;
  detail?: string;
}

export interface StepTiming {
  n: number;
  title: string;
  ms: number;
}

const ansi = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const plain = (s: string) => s;

export class Reporter {
  readonly checks: CheckResult[] = [];
  readonly steps: StepTiming[] = [];
  /** Everything else the JSON report carries (filled by the steps). */
  readonly data: Record<string, unknown> = {};
  private readonly t0 = performance.now();
  private current: { n: number; title: string; t: number } | null = null;
  private readonly bold: (s: string) => string;
  private readonly green: (s: string) => string;
  private readonly red: (s: string) => string;
  private readonly dim: (s: string) => string;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly color: boolean,
  ) {
    this.bold = color ? ansi("1") : plain;
    this.green = color ? ansi("32") : plain;
    this.red = color ? ansi("31") : plain;
    this.dim = color ? ansi("2") : plain;
  }

  elapsedMs(): number {
    return performance.now() - this.t0;
  }

  print(text = ""): void {
    this.out.write(`${text}\n`);
  }

  /** An indented detail line inside the current step. */
  line(text: string): void {
    for (const l of text.split("\n")) this.print(`   ${l}`);
  }

  /** A command or payload the reader can copy (dimmed on a terminal). */
  code(text: string): void {
    for (const l of text.split("\n")) this.print(this.dim(`     ${l}`));
  }

  startStep(title: string): void {
    if (this.current) this.endStep();
    const n = this.steps.length + 1;
    this.current = { n, title, t: performance.now() };
    this.print();
    this.print(this.bold(`== step ${n}: ${title}`));
  }

  endStep(): void {
    const c = this.current;
    if (!c) return;
    const ms = performance.now() - c.t;
    this.steps.push({ n: c.n, title: c.title, ms: Math.round(ms) });
    this.print(this.dim(`-- step ${c.n} done in ${secs(ms)}s (elapsed ${secs(this.elapsedMs())}s)`));
    this.current = null;
  }

  check(id: string, ok: boolean, summary: string, detail?: string): boolean {
    this.checks.push({ id, step: this.current?.title ?? "", ok, summary, ...(detail ? { detail } : {}) });
    const mark = ok ? this.green(this.color ? "✔   " : "ok  ") : this.red(this.color ? "✘   " : "FAIL");
    this.print(`   ${mark} ${id.padEnd(26)} ${summary}`);
    if (!ok && detail) for (const l of detail.split("\n")) this.print(this.red(`        ${l}`));
    return ok;
  }

  get failed(): CheckResult[] {
    return this.checks.filter((c) => !c.ok);
  }

  summaryLine(): string {
    const passed = this.checks.length - this.failed.length;
    return `demo: ${passed}/${this.checks.length} checks passed in ${secs(this.elapsedMs())}s`;
  }

  /** The JSON report: outcome, checks, step timings and whatever the steps recorded in `data`. */
  toJson(outcome: { ok: boolean; code: string | null; message: string | null }): Record<string, unknown> {
    return {
      ...outcome,
      passed: this.checks.length - this.failed.length,
      total: this.checks.length,
      total_ms: Math.round(this.elapsedMs()),
      steps: this.steps,
      checks: this.checks,
      ...this.data,
    };
  }

  /** Mode 0600: the report holds what the upstream received, including B's (short-lived) token. */
  write(file: string, outcome: { ok: boolean; code: string | null; message: string | null }): void {
    writeFileSync(file, `${JSON.stringify(this.toJson(outcome), null, 2)}\n`, { mode: 0o600 });
  }
}

export function secs(ms: number): string {
  return (ms / 1000).toFixed(1);
}
