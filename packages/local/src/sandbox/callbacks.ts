import { setTimeout as sleep } from "node:timers/promises";

export interface SandboxLogEntry {
  level: "info" | "warn" | "error";
  message: string;
  [detail: string]: unknown;
}
export type SandboxLog = (entry: SandboxLogEntry) => void;

/** One JSON line on stdout, like the local cloud's request log. */
export const jsonLineLog: SandboxLog = (entry) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};

/** One HTTP POST a provider makes to Helios (a status callback, a webhook). */
export interface Callback {
  provider: "twilio" | "meta";
  url: string;
  headers: Record<string, string>;
  body: string;
  /** What it reports, for the log (message id, status). */
  about: Record<string, string>;
}

/**
 * A step of a sequence: runs when its turn comes (after the delay), applies its change to the
 * sandbox's state and returns the callback to deliver, if any (possibly after looking up where to).
 */
export type CallbackStep = () => Callback | undefined | Promise<Callback | undefined>;

export interface CallbackDispatcherOptions {
  /** The wait before each step. */
  delayMs: () => number;
  /** Waits before each retry of a failed delivery; its length is the number of retries. */
  retryDelaysMs: readonly number[];
  /** Per attempt. */
  timeoutMs: number;
  log: SandboxLog;
}

/**
 * Delivers provider callbacks in the background, the steps of one sequence in order (sent →
 * delivered → read). A delivery that fails (network, timeout, non-2xx) is retried a few times, then
 * logged as one JSON line and dropped: nothing here can crash the process. `close()` cancels all.
 */
export class CallbackDispatcher {
  private readonly abort = new AbortController();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly options: CallbackDispatcherOptions) {}

  get closed(): boolean {
    return this.abort.signal.aborted;
  }

  sequence(steps: CallbackStep[]): void {
    if (this.closed) return;
    const run = this.run(steps).catch((error: unknown) => {
      if (!this.closed) {
        this.options.log({
          level: "error",
          message: "sandbox callback sequence failed",
          error: error instanceof Error ? error.message : String(error),
        });
      }
    });
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  /** Resolves once no sequence is running (for tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.idle();
  }

  private async run(steps: CallbackStep[]): Promise<void> {
    for (const step of steps) {
      if (!(await this.wait(this.options.delayMs()))) return;
      const callback = await step();
      if (callback) await this.deliver(callback);
    }
  }

  /** False when the dispatcher was closed meanwhile. */
  private async wait(ms: number): Promise<boolean> {
    if (this.closed) return false;
    try {
      await sleep(ms, undefined, { signal: this.abort.signal });
      return true;
    } catch {
      return false;
    }
  }

  private async deliver(callback: Callback): Promise<void> {
    const retries = this.options.retryDelaysMs;
    let lastFailure = "";
    for (let attempt = 0; attempt <= retries.length; attempt++) {
      if (attempt > 0 && !(await this.wait(retries[attempt - 1] ?? 0))) return;
      try {
        const response = await fetch(callback.url, {
          method: "POST",
          headers: callback.headers,
          body: callback.body,
          redirect: "manual",
          signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.options.timeoutMs)]),
        });
        await response.arrayBuffer().catch(() => undefined);
        if (response.status >= 200 && response.status < 300) return;
        lastFailure = `HTTP ${response.status}`;
      } catch (error) {
        if (this.closed) return;
        lastFailure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    }
    this.options.log({
      level: "warn",
      message: "sandbox callback dropped",
      provider: callback.provider,
      url: withoutCredentials(callback.url),
      attempts: retries.length + 1,
      failure: lastFailure,
      ...callback.about,
    });
  }
}

/** A callback URL may carry Basic credentials (`https://user:pass@host/…`): never log them. */
function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return "(invalid URL)";
  }
}
