// Every way the demo can stop early, as a typed value with a stable code (the test asserts codes;
// the message is for the person at the terminal). The exit status is derived from the code here.

export const DEMO_ERRORS = {
  /** Bad flags or environment values. */
  DEMO_USAGE: 2,
  /** A port the demo needs is taken (message names the flag and variable to change it). */
  DEMO_PORT_IN_USE: 2,
  /** A piece of the stack (API, IdPs, proxy, upstream) did not start. */
  DEMO_START_FAILED: 1,
  /** terraform init/apply failed (its output is in the message and the log file). */
  DEMO_TERRAFORM_FAILED: 1,
  /** A REST call to the API failed while configuring or changing the plugin. */
  DEMO_API_FAILED: 1,
  /** Something did not happen in time (proxy never served the version, …). */
  DEMO_TIMEOUT: 1,
  /** One or more checks failed (the run went on; the summary lists them). */
  DEMO_CHECKS_FAILED: 1,
  /** Anything else that stopped the run (a request that could not be sent, …). */
  DEMO_FAILED: 1,
  /** SIGINT (Ctrl-C). */
  DEMO_INTERRUPTED: 130,
  /** SIGTERM. */
  DEMO_TERMINATED: 143,
} as const;

export type DemoErrorCode = keyof typeof DEMO_ERRORS;

export class DemoError extends Error {
  override readonly name = "DemoError";
  constructor(
    readonly code: DemoErrorCode,
    message: string,
    /** Extra lines shown under the message (log tails, terraform output). */
    readonly details: string[] = [],
  ) {
    super(message);
  }

  get exitCode(): number {
    return DEMO_ERRORS[this.code];
  }
}

export function asDemoError(e: unknown, fallback: DemoErrorCode = "DEMO_FAILED"): DemoError {
  if (e instanceof DemoError) return e;
  const err = e as { message?: string; code?: string };
  return new DemoError(fallback, err?.message ?? String(e));
}
