/**
 * What `<consent-embed>` knows about the common embed vendors, as plain data: the name shown to
 * visitors, who receives the request, the vendor's domains, and the privacy-friendly form of their
 * embed URL as a small declarative rule. One record per vendor; one function reads them all.
 */
export interface EmbedPreset {
  /**
   * The names that choose it (`preset` attribute, or the service id after the category), in lower
   * case without `-` or `_`: `google-maps`, `Google_Maps` and `googlemaps` are one name.
   */
  names: readonly string[];
  /** The vendor's name, as visitors know it ("Always allow YouTube"). */
  label: string;
  /** Who hosts the embed, shown in "Hosted by …" when the element names no `host`; default: `label`. */
  host?: string;
  /**
   * The vendor's domains, each with its subdomains (`youtube.com` covers `www.youtube.com`): only
   * URLs on one of these are rewritten (a stand-in host is not).
   */
  domains: readonly string[];
  /** The privacy-friendly form of a URL on one of `domains`; none: the URL is used as given. */
  rewrite?: UrlRewrite;
}

/** How a vendor URL becomes its privacy-friendly form. */
export interface UrlRewrite {
  /**
   * Finds the embedded item in the URL (its first group: a video id, `track/…`). When it matches,
   * the URL moves to `to`; when it does not, the URL keeps its host and path.
   */
  id: RegExp;
  /** The privacy-friendly player's host and path, `{id}` standing for the item: the query and hash stay. */
  to: string;
  /** Query parameters to set (`dnt: '1'`), or to delete (`null`: `v` once the id is in the path). */
  query?: Readonly<Record<string, string | null>>;
}

/** The built-in presets. */
export const EMBED_PRESETS: readonly EmbedPreset[] = [
  {
    names: ['youtube'],
    label: 'YouTube',
    host: 'YouTube (Google)',
    domains: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'],
    // Privacy-enhanced mode: the player on youtube-nocookie.com, from every link form (youtu.be/ID,
    // /watch?v=ID, /embed/ID, /shorts/ID, /live/ID). The final `$` matches any other YouTube URL
    // with an empty id, so it still goes to the cookie-free host, never to youtube.com.
    rewrite: {
      id: /(?:youtu\.be\/|\/(?:embed|shorts|live)\/|[?&]v=|$)([^/?&#]*)/,
      to: 'www.youtube-nocookie.com/embed/{id}',
      query: { v: null },
    },
  },
  {
    names: ['vimeo'],
    label: 'Vimeo',
    domains: ['vimeo.com'],
    // The player with "do not track" (no tracking, no cookies), from a page or player link.
    rewrite: {
      id: /vimeo\.com\/(?:video\/)?(\d+)/,
      to: 'player.vimeo.com/video/{id}',
      query: { dnt: '1' },
    },
  },
  {
    names: ['googlemaps', 'maps'],
    label: 'Google Maps',
    host: 'Google',
    // Maps has no cookie-free form: the embed URL is used as given.
    domains: ['google.com'],
  },
  {
    names: ['spotify'],
    label: 'Spotify',
    domains: ['open.spotify.com'],
    // The embed player (`/embed/track/…`), from a share link (`/track/…`) or an embed link.
    rewrite: { id: /\.com\/(?:embed\/)?([^?#]*)/, to: 'open.spotify.com/embed/{id}' },
  },
];

/** The preset called `name` (one of its names, in any case, with or without `-` and `_`), if any. */
export function presetNamed(name: string | undefined): EmbedPreset | undefined {
  const key = name?.toLowerCase().replace(/[-_]/g, '');
  return EMBED_PRESETS.find((preset) => key !== undefined && preset.names.includes(key));
}

/** Whether `hostname` is `domain` or one of its subdomains. */
const onDomain = (hostname: string, domain: string): boolean =>
  hostname === domain || hostname.endsWith(`.${domain}`);

/** The privacy-friendly form of `url` by `rule`. */
function rewritten(url: URL, { id, to, query = {} }: UrlRewrite): URL {
  const item = id.exec(url.href)?.[1];
  const next =
    item === undefined
      ? new URL(url.href)
      : new URL(`https://${to.replace('{id}', item)}${url.search}${url.hash}`);
  for (const [name, value] of Object.entries(query)) {
    if (value === null) next.searchParams.delete(name);
    else next.searchParams.set(name, value);
  }
  return next;
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
    url = new URL(src.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const rule = preset?.rewrite;
  const own = preset?.domains.some((domain) => onDomain(url.hostname, domain));
  return rule && own ? rewritten(url, rule).href : url.href;
}
