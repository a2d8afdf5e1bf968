// SIGINT/SIGTERM for a long-running command: the first signal stops cleanly
// (bounded by `deadlineMs`, after which the process exits anyway), a second
// one exits at once.
export interface SignalTarget {
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface StopOnSignalsOptions {
  stop: () => Promise<void>;
  log: (message: string, fields?: Record<string, unknown>) => void;
  /** A clean stop that takes longer than this ends with exit code 1. */
  deadlineMs: number;
  target?: SignalTarget;
  exit?: (code: number) => void;
  signals?: readonly NodeJS.Signals[];
}

export function stopOnSignals(options: StopOnSignalsOptions): void {
  const { stop, log, deadlineMs, target = process, signals = ['SIGINT', 'SIGTERM'] } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log('second signal: exiting now', { signal });
      exit(130);
      return;
    }
    stopping = true;
    const started = Date.now();
    log('stopping: finishing requests in flight (send the signal again to exit at once)', {
      signal,
    });
    const deadline = setTimeout(() => {
      log('still stopping: exiting anyway', { afterMs: deadlineMs });
      exit(1);
    }, deadlineMs);
    deadline.unref();
    stop().then(
      () => {
        clearTimeout(deadline);
        log('stopped', { ms: Date.now() - started });
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(deadline);
        log('stop failed', { err: error });
        exit(1);
      },
    );
  };
  for (const signal of signals) target.on(signal, onSignal);
}
