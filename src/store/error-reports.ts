/**
 * The store's error reports, announced in the order they were found. A config problem is found as
 * data; its words come from `config-messages.ts`, which is imported only when a problem exists
 * (a chunk of its own in the CDN folder). Any report found after such a problem waits for those
 * words, so the order of the warnings and `consent-error` events is the order of the problems.
 */
import type { ConfigProblem } from '../core/config-problems.js';
import type { ConsentErrorDetail } from '../core/types.js';

/** `problems` as `invalid-config` reports, once their words have loaded. */
async function wordConfigProblems(
  problems: readonly ConfigProblem[],
): Promise<ConsentErrorDetail[]> {
  let describe: (problem: ConfigProblem) => string;
  try {
    ({ describeConfigProblem: describe } = await import('../core/config-messages.js'));
  } catch {
    // The words could not load (offline, a missing chunk): the key still says where to look.
    describe = (problem) => `${problem.key}: invalid (${problem.rule})`;
  }
  return problems.map((problem) => ({
    code: 'invalid-config',
    message: describe(problem),
    key: problem.key,
  }));
}

export class ErrorReports {
  readonly #announce: (detail: ConsentErrorDetail) => void;
  /** Reports not announced yet, oldest first; config problems as the promise of their reports. */
  #queue: (ConsentErrorDetail | Promise<ConsentErrorDetail[]>)[] = [];
  /** Whether announcing waits (`hold()`), e.g. until the store has its first state. */
  #held = false;

  /** @param announce makes one report known (a warning, a `consent-error`). */
  constructor(announce: (detail: ConsentErrorDetail) => void) {
    this.#announce = announce;
  }

  /** Reports a problem whose message is known. */
  add(detail: ConsentErrorDetail): void {
    this.#queue.push(detail);
    this.#flush();
  }

  /** Reports config problems (`invalid-config`), worded on demand. */
  addConfigProblems(problems: readonly ConfigProblem[]): void {
    if (problems.length === 0) return;
    const worded = wordConfigProblems(problems);
    this.#queue.push(worded);
    void worded.then((details) => {
      // Still queued (not cleared meanwhile): its reports take its place, ready to announce.
      const at = this.#queue.indexOf(worded);
      if (at === -1) return;
      this.#queue.splice(at, 1, ...details);
      this.#flush();
    });
  }

  /** Holds every report back until `release()`. */
  hold(): void {
    this.#held = true;
  }

  release(): void {
    this.#held = false;
    this.#flush();
  }

  /** Forgets the reports not announced yet (the store is disposed). */
  clear(): void {
    this.#queue = [];
  }

  /** Announces the reports in order, up to the first config problems still being worded. */
  #flush(): void {
    while (!this.#held) {
      const next = this.#queue[0];
      if (next === undefined || next instanceof Promise) return;
      this.#queue.shift();
      this.#announce(next);
    }
  }
}
