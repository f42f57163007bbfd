/**
 * What `<consent-embed>` knows about the common embed vendors, as plain data: the name shown to
 * visitors, who receives the request, and the privacy-friendly form of their embed URL as a small
 * declarative rule, one record per vendor, read by the two functions below.
 */
export interface EmbedPreset {
  /** The vendor's name, as visitors know it ("Always allow YouTube"). */
  label: string;
  /** Who hosts the embed, shown in "Hosted by …" when the element names no `host`; default: `label`. */
  host?: string;
  /** The privacy-friendly form of the vendor's URLs; none: a URL is used as given. */
  rewrite?: UrlRewrite;
}

/** How a vendor URL becomes its privacy-friendly form. */
export interface UrlRewrite {
  /**
   * The vendor's domains, each with its subdomains (`youtube.com` covers `www.youtube.com`): only
   * URLs on one of these are rewritten (a stand-in host is not).
   */
  domains: readonly string[];
  /**
   * Finds the embedded item in the URL (its first group: a video id, `track/…`). When it matches,
   * the URL moves to `to` with the item appended; when it does not, it keeps its host and path.
   */
  id: RegExp;
  /** The privacy-friendly player's address, the item appended: the query and hash stay. */
  to: string;
  /** Query parameters to set (`dnt: '1'`), or to delete (`null`: `v` once the id is in the path). */
  query?: Readonly<Record<string, string | null>>;
}

/** Google Maps, under two names (`googlemaps`, `maps`). */
const GOOGLE_MAPS: EmbedPreset = {
  label: 'Google Maps',
  host: 'Google',
  // Maps has no cookie-free form: the embed URL is used as given.
};

/**
 * The built-in presets by name (`preset` attribute, or the service id after the category), each name
 * in lower case without `-` or `_` (`presetNamed` reads `google-maps` and `Google_Maps` as `googlemaps`).
 */
export const EMBED_PRESETS: Readonly<Record<string, EmbedPreset>> = {
  youtube: {
    label: 'YouTube',
    host: 'YouTube (Google)',
    // Privacy-enhanced mode: the player on youtube-nocookie.com, from every link form (youtu.be/ID,
    // /watch?v=ID, /embed/ID, /shorts/ID, /live/ID). The final `$` matches any other YouTube URL
    // with an empty id, so it still goes to the cookie-free host, never to youtube.com.
    rewrite: {
      domains: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'],
      id: /(?:youtu\.be\/|\/(?:embed|shorts|live)\/|[?&]v=|$)([^/?&#]*)/,
      to: 'https://www.youtube-nocookie.com/embed/',
      query: { v: null },
    },
  },
  vimeo: {
    label: 'Vimeo',
    // The player with "do not track" (no tracking, no cookies), from a page or player link.
    rewrite: {
      domains: ['vimeo.com'],
      id: /vimeo\.com\/(?:video\/)?(\d+)/,
      to: 'https://player.vimeo.com/video/',
      query: { dnt: '1' },
    },
  },
  googlemaps: GOOGLE_MAPS,
  maps: GOOGLE_MAPS,
  spotify: {
    label: 'Spotify',
    // The embed player (`/embed/track/…`), from a share link (`/track/…`) or an embed link.
    rewrite: {
      domains: ['open.spotify.com'],
      id: /\.com\/(?:embed\/)?([^?#]*)/,
      to: 'https://open.spotify.com/embed/',
    },
  },
};

/** The preset called `name` (in any case, with or without `-` and `_`), if there is one. */
export function presetNamed(name: string | undefined): EmbedPreset | undefined {
  const key = name?.toLowerCase().replace(/[-_]/g, '');
  return key && Object.hasOwn(EMBED_PRESETS, key) ? EMBED_PRESETS[key] : undefined;
}

/** Whether `hostname` is `domain` or one of its subdomains. */
const onDomain = (hostname: string, domain: string): boolean =>
  hostname === domain || hostname.endsWith(`.${domain}`);

/** `url` in its privacy-friendly form by `rule`, if it is on one of the rule's domains. */
function rewritten(url: URL, { domains, id, to, query = {} }: UrlRewrite): string {
  if (!domains.some((domain) => onDomain(url.hostname, domain))) return url.href;
  const item = id.exec(url.href)?.[1];
  const next = item === undefined ? url : new URL(`${to}${item}${url.search}${url.hash}`);
  for (const [name, value] of Object.entries(query)) {
    if (value === null) next.searchParams.delete(name);
    else next.searchParams.set(name, value);
  }
  return next.href;
}

/**
 * The URL the embed loads: the preset's privacy-friendly form when `src` is on one of its domains,
 * else `src` as given (any other host, such as a local stand-in, is never rewritten). `undefined`
 * for anything but an absolute or relative `http(s):` URL.
 */
export function embedUrl(
  src: string | undefined,
  preset: EmbedPreset | undefined,
  base: string,
): string | undefined {
  if (!src) return undefined;
  let url: URL;
  try {
    // The URL parser itself drops spaces around the URL.
    url = new URL(src, base);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  const rule = preset?.rewrite;
  return rule ? rewritten(url, rule) : url.href;
}
