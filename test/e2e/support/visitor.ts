import { serializeConsentCookie } from '../../../src/core/codec.js';

/**
 * The consent cookie of a returning visitor who decided a minute ago under `policyVersion`
 * (analytics on, the rest off): a newer configured version makes the policy banner announce it.
 */
export function returningVisitorCookie(policyVersion: string): string {
  const now = Date.now() - 60_000;
  return serializeConsentCookie({
    id: 'returning',
    decidedAt: now,
    updatedAt: now,
    choices: { preferences: false, analytics: true, marketing: false },
    policyVersion,
    source: 'notice',
  });
}
