// StopProvider (Terraform's answer to Ctrl-C): an RPC that is only waiting (between retries of a 429,
// or of a refused connection) returns at once with ERR_STOPPED, and nothing more is sent afterwards.
//
// The REST client sleeps between retries on its own, so the provider cannot interrupt the sleep
// itself; instead every API-using RPC runs inside a `Call` (AsyncLocalStorage), the client's undici
// dispatcher counts that call's requests in flight, and the RPC races its work against "stopped and
// nothing in flight". A request already sent when the stop arrives is waited for (its answer decides
// what goes into state, as Terraform expects of a graceful stop); the work left behind in a backoff
// sleep wakes up later to a dispatcher that refuses to send.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Dispatcher } from "undici";

/** What one RPC has sent so far; the last outcome says what the stop interrupted. */
export interface Call {
  inFlight: number;
  sent: number;
  lastStatus: number | undefined;
  /** The last request failed without an answer (the client retries idempotent calls after a pause). */
  lastFailed: boolean;
  /** Called when a request of this call finishes. */
  settled?: () => void;
}

export class StoppedError extends Error {
  override readonly name = "StoppedError";
  constructor(readonly call: Call) {
    super("Terraform asked the provider to stop");
  }
}

/** Thrown by the dispatcher for a request attempted after the stop: it never leaves the process. */
export class RefusedAfterStop extends Error {
  override readonly name = "RefusedAfterStop";
  readonly code = "ERR_STOPPED";
  constructor() {
    super("provider stopped; request not sent");
  }
}

type AnyHandler = Dispatcher.DispatchHandler;

export class StopGate {
  private stopped = false;
  private readonly calls = new AsyncLocalStorage<Call>();
  private readonly waiting = new Set<() => void>();

  get isStopped(): boolean {
    return this.stopped;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const wake of [...this.waiting]) wake();
  }

  /**
   * Runs `work` as one call: resolves with its result, or rejects with StoppedError as soon as the
   * provider is stopped while the call only waits: nothing in flight, and the last answer was a 429
   * or a failure (the client's retry pause). After any other answer the work is busy with it and
   * runs to its end; a further request it tries is refused, which fails it at once.
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const call: Call = { inFlight: 0, sent: 0, lastStatus: undefined, lastFailed: false };
    const result = this.calls.run(call, work);
    result.catch(() => {}); // may settle after the race is decided
    let wake: () => void = () => {};
    const stopped = new Promise<never>((_, reject) => {
      wake = () => {
        if (this.stopped && call.inFlight === 0 && (call.sent === 0 || call.lastFailed || call.lastStatus === 429)) reject(new StoppedError(call));
      };
      call.settled = wake;
      this.waiting.add(wake);
      wake(); // already stopped before this call began
    });
    stopped.catch(() => {});
    try {
      return await Promise.race([result, stopped]);
    } finally {
      this.waiting.delete(wake);
      call.settled = undefined;
    }
  }

  /** `base` with the gate in front: refuses to send after the stop, counts each call's requests. */
  dispatcher(base: Dispatcher): Dispatcher {
    return base.compose((dispatch) => (opts, handler) => {
      const call = this.calls.getStore();
      if (this.stopped) {
        // The call is not busy with an answer any more: end its race now, or the client would take
        // the refusal for a network error and pause to retry before the RPC could return.
        if (call) {
          call.lastFailed = true;
          call.settled?.();
        }
        throw new RefusedAfterStop();
      }
      if (!call) return dispatch(opts, handler);
      call.inFlight++;
      call.sent++;
      let done = false;
      const finish = (status: number | undefined, failed: boolean) => {
        if (done) return;
        done = true;
        call.lastStatus = status;
        call.lastFailed = failed;
        call.inFlight--;
        call.settled?.();
      };
      try {
        return dispatch(opts, counting(handler, finish));
      } catch (e) {
        finish(undefined, true);
        throw e;
      }
    });
  }
}

/** The handler, told when the response starts (status) and when the exchange ends either way. */
function counting(handler: AnyHandler, finish: (status: number | undefined, failed: boolean) => void): AnyHandler {
  let status: number | undefined;
  // compose() hands interceptors a handler with the new (controller-based) interface.
  const h = handler as Required<Pick<AnyHandler, "onRequestStart" | "onResponseStart" | "onResponseData" | "onResponseEnd" | "onResponseError">> & AnyHandler;
  return {
    onRequestStart: (controller, context) => h.onRequestStart?.(controller, context),
    onRequestUpgrade: (controller, statusCode, headers, socket) => h.onRequestUpgrade?.(controller, statusCode, headers, socket),
    onResponseStart: (controller, statusCode, headers, statusMessage) => {
      status = statusCode;
      return h.onResponseStart?.(controller, statusCode, headers, statusMessage);
    },
    onResponseData: (controller, chunk) => h.onResponseData?.(controller, chunk),
    onResponseEnd: (controller, trailers) => {
      try {
        return h.onResponseEnd?.(controller, trailers);
      } finally {
        finish(status, false);
      }
    },
    onResponseError: (controller, err) => {
      try {
        return h.onResponseError?.(controller, err);
      } finally {
        finish(status, true);
      }
    },
  };
}
