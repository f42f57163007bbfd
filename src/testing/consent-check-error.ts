import type { Finding } from './visit.js';

/**
 * A failed consent check. `message` is for a person: what failed, each item with when and under
 * which consent, and what to change; `findings` holds the same items as data.
 */
export class ConsentCheckError extends Error {
  override name = 'ConsentCheckError';
  readonly findings: readonly Finding[];

  constructor(problem: string, findings: readonly Finding[] = [], fix?: string) {
    const lines = [problem, ...findings.map((f) => `  - ${f.message}`)];
    if (fix) lines.push(`Fix: ${fix}`);
    super(lines.join('\n'));
    this.findings = findings;
  }
}
