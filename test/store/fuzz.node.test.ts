// The fuzzer of the cookie codec and the config parser, small enough for every `npm test`
// (`npm run fuzz` runs 100,000+ inputs).
import { expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config.js';
import { fuzz, summary } from './fuzz.js';

it('the codec and the config parser never throw and round-trip every valid record (2,000 fuzzed inputs)', () => {
  const started = performance.now();
  const report = fuzz(2000);
  console.info(summary(report, performance.now() - started));
  expect(report.failures).toEqual([]);
  expect({ throws: report.throws, mismatches: report.mismatches }).toEqual({
    throws: 0,
    mismatches: 0,
  });
  expect(report.roundTrips).toBeGreaterThan(0);
  // 1.8 s with the machine's two cores loaded many times over: room beyond the 5 s default.
}, 30_000);

it('a policy date that is a symbol or an object without a prototype is reported, not thrown (found by the fuzzer)', () => {
  for (const value of [Symbol('date'), Object.create(null) as object]) {
    const { config, problems } = resolveConfig({
      policy: { version: '2', effectiveDate: value, lastUpdated: value },
    });
    expect(problems.map((p) => p.key)).toEqual(['policy.effectiveDate', 'policy.lastUpdated']);
    expect(config.policy).toEqual({ version: '2', noticeDays: 30, material: false });
  }
});
