// The store's reports keep the order they were found in, although a config problem waits for its
// words (a module loaded on demand), and a report still says where to look when they fail to load.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsentErrorDetail } from '../../src/core/types.js';
import { ErrorReports } from '../../src/store/error-reports.js';

const problem = {
  key: 'regime',
  rule: 'form',
  value: 'later',
  expected: { type: 'boolean' },
} as const;
const storage: ConsentErrorDetail = { code: 'storage-unavailable', message: 'no cookies' };

/** Reports into a list of announced details. */
const reports = () => {
  const announced: ConsentErrorDetail[] = [];
  return { announced, reports: new ErrorReports((detail) => announced.push(detail)) };
};

afterEach(() => {
  vi.doUnmock('../../src/core/config-messages.js');
  vi.resetModules();
});

describe('ErrorReports', () => {
  it('announces a report with a known message at once', () => {
    const { announced, reports: errors } = reports();
    errors.add(storage);
    expect(announced).toEqual([storage]);
  });

  it('words a config problem on demand, and announces what follows it after it', async () => {
    const { announced, reports: errors } = reports();
    errors.addConfigProblems([problem]);
    errors.add(storage);
    expect(announced).toEqual([]);
    await vi.waitFor(() => expect(announced).toHaveLength(2));
    expect(announced).toEqual([
      { code: 'invalid-config', key: 'regime', message: "regime: 'later' is not true or false" },
      storage,
    ]);
  });

  it('holds every report back until released', () => {
    const { announced, reports: errors } = reports();
    errors.hold();
    errors.add(storage);
    expect(announced).toEqual([]);
    errors.release();
    expect(announced).toEqual([storage]);
  });

  it('names the key and the rule when the words fail to load', async () => {
    vi.doMock('../../src/core/config-messages.js', () => {
      throw new Error('offline');
    });
    const { ErrorReports: Reports } = await import('../../src/store/error-reports.js');
    const announced: ConsentErrorDetail[] = [];
    new Reports((detail) => announced.push(detail)).addConfigProblems([problem]);
    await vi.waitFor(() => expect(announced).toHaveLength(1));
    expect(announced).toEqual([
      { code: 'invalid-config', key: 'regime', message: 'regime: invalid (form)' },
    ]);
  });
});
