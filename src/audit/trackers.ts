/**
 * A small built-in table of well-known tracking cookies (also used for storage keys, where the same
 * SDKs keep the same names) and tracking hosts, so the audit can classify what a site forgot to
 * declare. It is deliberately short: the trackers most sites run, not every vendor.
 *
 * Sources, per entry (`source`):
 * - `ocd`: the Open Cookie Database (github.com/jkwakman/Open-Cookie-Database, Apache License 2.0),
 *   for the vendor, the cookie name and its category. Only those facts are taken; names ending in `_`
 *   there (a prefix) are written `name*` here.
 * - `vendor`: the vendor's own documentation of its cookies, storage keys or collection hosts (named
 *   in the entry's `note`).
 */

/** Which documentation an entry comes from (see the module comment). */
export type TrackerSource = 'ocd' | 'vendor';

/** A tracking cookie (or storage key) name, `*` standing for any run of characters. */
export interface TrackerCookie {
  pattern: string;
  vendor: string;
  category: 'analytics' | 'marketing';
  source: TrackerSource;
  note?: string;
}

/** A tracking host: the host itself and every subdomain of it. */
export interface TrackerHost {
  host: string;
  vendor: string;
  category: 'analytics' | 'marketing';
  source: TrackerSource;
  note?: string;
}

export const TRACKER_COOKIES: readonly TrackerCookie[] = [
  { pattern: '_ga', vendor: 'Google Analytics', category: 'analytics', source: 'ocd' },
  { pattern: '_ga_*', vendor: 'Google Analytics', category: 'analytics', source: 'ocd' },
  { pattern: '_gid', vendor: 'Google Analytics', category: 'analytics', source: 'ocd' },
  { pattern: '_gat*', vendor: 'Google Analytics', category: 'analytics', source: 'ocd' },
  { pattern: '__utm*', vendor: 'Google Analytics', category: 'analytics', source: 'ocd' },
  { pattern: '_gcl_*', vendor: 'Google Ads', category: 'marketing', source: 'ocd' },
  { pattern: '_gac_*', vendor: 'Google Ads', category: 'marketing', source: 'ocd' },
  { pattern: '__gads', vendor: 'Google (DoubleClick)', category: 'marketing', source: 'ocd' },
  { pattern: '__gpi', vendor: 'Google AdSense', category: 'marketing', source: 'ocd' },
  { pattern: '_fbp', vendor: 'Meta', category: 'marketing', source: 'ocd' },
  { pattern: '_fbc', vendor: 'Meta', category: 'marketing', source: 'ocd' },
  { pattern: '_hj*', vendor: 'Hotjar', category: 'analytics', source: 'ocd' },
  { pattern: '_clck', vendor: 'Microsoft Clarity', category: 'analytics', source: 'ocd' },
  { pattern: '_clsk', vendor: 'Microsoft Clarity', category: 'analytics', source: 'ocd' },
  { pattern: '_uetsid', vendor: 'Microsoft Advertising', category: 'marketing', source: 'ocd' },
  { pattern: '_uetvid', vendor: 'Microsoft Advertising', category: 'marketing', source: 'ocd' },
  { pattern: 'li_sugr', vendor: 'LinkedIn', category: 'marketing', source: 'ocd' },
  { pattern: 'bcookie', vendor: 'LinkedIn', category: 'marketing', source: 'ocd' },
  { pattern: '_ttp', vendor: 'TikTok', category: 'marketing', source: 'ocd' },
  { pattern: '_tt_enable_cookie', vendor: 'TikTok', category: 'marketing', source: 'ocd' },
  { pattern: '_pin_unauth', vendor: 'Pinterest', category: 'marketing', source: 'ocd' },
  { pattern: 'mp_*', vendor: 'Mixpanel', category: 'analytics', source: 'ocd' },
  {
    pattern: 'ph_*',
    vendor: 'PostHog',
    category: 'analytics',
    source: 'vendor',
    note: 'PostHog JS docs, persistence: cookie and localStorage key ph_<project key>_posthog',
  },
];

export const TRACKER_HOSTS: readonly TrackerHost[] = [
  {
    host: 'google-analytics.com',
    vendor: 'Google Analytics',
    category: 'analytics',
    source: 'ocd',
  },
  {
    host: 'analytics.google.com',
    vendor: 'Google Analytics',
    category: 'analytics',
    source: 'vendor',
    note: 'Google Tag Platform docs, GA4 collection endpoint',
  },
  {
    host: 'googletagmanager.com',
    vendor: 'Google Tag Manager',
    category: 'analytics',
    source: 'vendor',
    note: 'Google Tag Platform docs, gtag.js and gtm.js',
  },
  { host: 'doubleclick.net', vendor: 'Google (DoubleClick)', category: 'marketing', source: 'ocd' },
  { host: 'googleadservices.com', vendor: 'Google Ads', category: 'marketing', source: 'ocd' },
  {
    host: 'googlesyndication.com',
    vendor: 'Google AdSense',
    category: 'marketing',
    source: 'vendor',
    note: 'Google AdSense docs, ad code host',
  },
  {
    host: 'connect.facebook.net',
    vendor: 'Meta Pixel',
    category: 'marketing',
    source: 'vendor',
    note: 'Meta Pixel docs, fbevents.js',
  },
  { host: 'facebook.com', vendor: 'Meta', category: 'marketing', source: 'ocd' },
  {
    host: 'hotjar.com',
    vendor: 'Hotjar',
    category: 'analytics',
    source: 'vendor',
    note: 'Hotjar docs, static.hotjar.com script and collection hosts',
  },
  { host: 'clarity.ms', vendor: 'Microsoft Clarity', category: 'analytics', source: 'ocd' },
  { host: 'bat.bing.com', vendor: 'Microsoft Advertising', category: 'marketing', source: 'ocd' },
  {
    host: 'licdn.com',
    vendor: 'LinkedIn Insight Tag',
    category: 'marketing',
    source: 'vendor',
    note: 'LinkedIn Insight Tag docs, snap.licdn.com',
  },
  {
    host: 'ads.linkedin.com',
    vendor: 'LinkedIn Insight Tag',
    category: 'marketing',
    source: 'vendor',
    note: 'LinkedIn Insight Tag docs, px.ads.linkedin.com',
  },
  {
    host: 'analytics.tiktok.com',
    vendor: 'TikTok Pixel',
    category: 'marketing',
    source: 'vendor',
    note: 'TikTok Pixel docs, events.js',
  },
  {
    host: 'mixpanel.com',
    vendor: 'Mixpanel',
    category: 'analytics',
    source: 'vendor',
    note: 'Mixpanel docs, api-js.mixpanel.com',
  },
  {
    host: 'mxpnl.com',
    vendor: 'Mixpanel',
    category: 'analytics',
    source: 'vendor',
    note: 'Mixpanel docs, cdn.mxpnl.com',
  },
  {
    host: 'posthog.com',
    vendor: 'PostHog',
    category: 'analytics',
    source: 'vendor',
    note: 'PostHog docs, us.i.posthog.com and eu.i.posthog.com',
  },
];
