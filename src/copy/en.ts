/**
 * English copy: the reference table of every copy key, and the fallback for every locale.
 *
 * Keys are flat strings. Placeholders: `{date}` (a formatted date), `{days}` (a number; a key may have
 * plural variants `key.one`, `key.few`, … chosen with `Intl.PluralRules`), `{category}` (a category
 * label), `{contact}` (the support link, rendered as a link by the element).
 *
 * Per-category labels and descriptions can also be given as copy: `category.<id>.label`,
 * `category.<id>.description` (they win over the config's `label`/`description`). The default
 * categories' texts are translated in each locale's table.
 */
export const en = {
  /** Notice heading. */
  'notice.title': 'We use cookies',
  /** What cookies are and what the site needs them for (always shown). */
  'notice.body':
    'Cookies are small files a website stores in your browser. We use them to sign you in, keep you signed in and remember your preferences.',
  /** Optional use, opt-in regime. */
  'notice.usage': 'Only if you agree, we also collect limited data about how you use the site.',
  /** Optional use, opt-out regime. */
  'notice.usageOptOut':
    'We also collect limited data about how you use the site. You can opt out at any time.',
  'notice.accept': 'Accept all',
  'notice.reject': 'Reject all',
  /** Opt-out regime: the "accept" button. */
  'notice.ok': 'OK',
  /** Opt-out regime: the "reject" button. */
  'notice.optOut': 'Opt out',
  'notice.customize': 'Customize',
  'notice.save': 'Save choices',
  /** Accessible name of the preferences dialog's × button (leaves without recording anything). */
  'notice.close': 'Close',
  /** Heading of the preferences dialog. */
  'notice.categories': 'Choose which cookies we may use',
  /** Shown in place of a required category's switch. */
  'notice.alwaysOn': 'Always on',
  /**
   * Beside a category in the preferences whose services do not all share its choice (some allowed,
   * some not).
   */
  'notice.mixed': 'Partly allowed',
  /** Text of the link to the privacy policy. */
  'policy.link': 'Privacy policy',
  /** Support line; `{contact}` becomes the mailto or web link. */
  'support.text': 'Questions? Contact {contact}.',
  /** Toggle label for one category. */
  'toggle.label': 'Opt out of {category} cookies',
  /** Toggle label for `category="*"`. */
  'toggle.labelAll': 'Opt out of all optional cookies',
  /** Toggle label with `allow` (on = allowed). */
  'toggle.allow': 'Allow {category} cookies',
  /** Toggle label with `allow` for `category="*"`. */
  'toggle.allowAll': 'Allow all optional cookies',
  'toggle.stored':
    'Your choice is stored in a cookie on this device. Clearing your cookies clears it too.',
  /** Shown when the Global Privacy Control signal was honoured. */
  'toggle.gpc': 'Your browser sent a Global Privacy Control signal, and we honoured it.',
  /** Accessible name of the banner region. */
  'banner.label': 'Privacy policy update',
  'banner.upcoming':
    "We're updating our privacy policy. The changes take effect on {date} (in {days} days).",
  'banner.upcoming.one':
    "We're updating our privacy policy. The changes take effect on {date} (in {days} day).",
  'banner.updated': 'We updated our privacy policy on {date}.',
  /** The change is in force and no date is configured. */
  'banner.updatedUndated': 'We updated our privacy policy.',
  'banner.acknowledge': 'Got it',
  /**
   * The default necessary category's description, without "Always on" (the preferences show that
   * once, beside it).
   */
  'category.necessary.description': 'Needed for the site to work.',
  /** Embed placeholder heading when the element has no `title`. */
  'embed.untitled': 'Content from {service}',
  /** Embed placeholder: who hosts the embed (`{host}`) and what loading it lets them do. */
  'embed.notice':
    'Hosted by {host}. If you load it, {host} can set cookies and store data on your device.',
  /** Embed: load this embed, this time only (nothing is recorded). */
  'embed.load': 'Load',
  /** Embed: record the service's grant (`{service}`, the service's name). */
  'embed.allow': 'Always allow {service}',
  /** Embed: opens the cookie notice's preferences. */
  'embed.settings': 'Cookie settings',
};

/** Every built-in copy key. */
export type CopyKey = keyof typeof en;

/**
 * Texts of the default categories (`category.analytics.label`, …). English ones live in the store's
 * defaults; other locales translate them here, used only while a site keeps the default categories.
 */
export type CategoryCopy = Partial<Record<`category.${string}.${'label' | 'description'}`, string>>;

/**
 * Plural variants of the counted key (`{days}`), one per plural category the language has
 * (`Intl.PluralRules`): Polish needs `few` and `many`, Irish `two` as well, English only `one`.
 */
export type PluralCopy = Partial<Record<`banner.upcoming.${Intl.LDMLPluralRule}`, string>>;

/** A locale's table: every key translated, its plural variants, and the default categories' texts. */
export type CopyTable = Record<CopyKey, string> & PluralCopy & CategoryCopy;

/** Copy overrides (element `copy`, config `copy`): any key, including plural and category keys. */
export type CopyOverrides = Partial<Record<CopyKey, string>> & Record<string, string | undefined>;
