/**
 * The demo site's consent config, shared by the framework examples that render on a server (Next.js
 * and SvelteKit): each types it as `ConsentConfig` from the package it installs, and hands the same
 * object to the server (`readConsent`) and to the page (the `data-consent-config` script).
 */
export const siteConsentConfig = {
  categories: [
    { id: 'necessary', label: 'Strictly necessary', required: true },
    { id: 'analytics', label: 'Analytics' },
    { id: 'marketing', label: 'Marketing' },
  ],
  policy: { version: '2026-01', url: '/privacy' },
};
