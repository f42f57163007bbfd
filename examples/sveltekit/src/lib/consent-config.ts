import type { ConsentConfig } from 'consent-elements/server';

/** One config for the server (readConsent) and the page (the data-consent-config script). */
export const consentConfig: ConsentConfig = {
  categories: [
    { id: 'necessary', label: 'Strictly necessary', required: true },
    { id: 'analytics', label: 'Analytics' },
    { id: 'marketing', label: 'Marketing' },
  ],
  policy: { version: '2026-01', url: '/privacy' },
};
