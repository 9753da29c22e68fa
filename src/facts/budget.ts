// The whole run's time budget. When it ends, whatever is still being gathered is given up on: its
// git processes are killed and its requests aborted through `signal`, and `race` hands back
// "not in time" so that gathering goes on with what it has and says what it could not read.

export const DEFAULT_TIME_LIMIT_SECONDS = 300;

/** A time limit written as seconds (a positive number, decimals allowed, at most a day), or null when it is not one. */
export function parseSeconds(v: string): number | null {
  const t = v.trim();
  const n = /^\d{1,6}(?:\.\d{1,3})?$/.test(t) ? Number(t) : NaN;
  return n > 0 && n <= 86_400 ? n : null;
}

export type Raced<T> = { ok: true; value: T } | { ok: false };

export class Budget {
  readonly seconds: number;
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout | null;
  private readonly ended: Promise<{ ok: false }>;
  private readonly deadline: number;

  /** `seconds` from now (Infinity: no limit); `outer` ends it early too. */
  constructor(seconds: number, outer?: AbortSignal) {
    this.seconds = seconds;
    this.deadline = Date.now() + seconds * 1000;
    this.signal = outer ? AbortSignal.any([this.controller.signal, outer]) : this.controller.signal;
    this.timer = Number.isFinite(seconds) ? setTimeout(() => this.controller.abort(), Math.max(0, seconds * 1000)) : null;
    // Let a run that is done exit: the timer alone does not keep the process alive.
    this.timer?.unref();
    // Resolved a macrotask after the end, so that work already finished when the budget ends wins the race.
    this.ended = new Promise((resolve) => {
      const end = () => setImmediate(() => resolve({ ok: false }));
      if (this.signal.aborted) end();
      else this.signal.addEventListener('abort', end, { once: true });
    });
  }

  /**
   * True once the budget has ended. Read by the clock too: a long synchronous step keeps the
   * timer from firing, and its late result must not count as read in time.
   */
  get expired(): boolean {
    return this.signal.aborted || Date.now() >= this.deadline;
  }

  /** The promise's value, or { ok: false } when the budget ends first. */
  race<T>(p: Promise<T>): Promise<Raced<T>> {
    if (this.expired) {
      p.catch(() => {});
      return Promise.resolve({ ok: false });
    }
    return Promise.race([p.then((value) => ({ ok: true as const, value })), this.ended]);
  }

  /** Why something is missing: "time limit of 300 s reached before <what> was read". */
  reason(what: string): string {
    return `time limit of ${formatSeconds(this.seconds)} s reached before ${what}`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

/** Why a fact is missing, for the run's gaps: its key's reason, kept with the first one. */
export type GapSink = (why: string) => void;

/**
 * One fact gathered within the budget, or given up on: the placeholder (told why) when the budget
 * ends first, or when gathering it throws. A thrown error is a defect of this tool, not of the
 * repository: the fact becomes a gap saying so, the requirements that read it are reported unknown,
 * and the rest of the run goes on instead of ending in an internal error.
 */
export async function gatherOne<T>(budget: Budget, what: string, gather: () => T | Promise<T>, placeholder: (why: string) => T | Promise<T>, gap: GapSink): Promise<T> {
  let r: Raced<T>;
  try {
    r = budget.expired ? { ok: false } : await budget.race(Promise.resolve().then(gather));
  } catch (e) {
    const why = `an internal error (${(e instanceof Error ? e.message : String(e)).slice(0, 200)}) stopped the run before ${what}; please report it`;
    gap(why);
    return await placeholder(why);
  }
  // Done after the budget ended means done by being stopped (git killed, requests aborted): not an answer.
  if (r.ok && !budget.expired) return r.value;
  const why = budget.reason(what);
  gap(why);
  return await placeholder(why);
}

function formatSeconds(s: number): string {
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}
