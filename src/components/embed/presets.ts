/**
 * What `<consent-embed>` knows about the common embed vendors: the name shown to visitors, who
 * receives the request, and the privacy-friendly form of their embed URL. Plain data and pure
 * functions: no Lit, no DOM.
 */
export interface EmbedPreset {
  /** The vendor's name, as visitors know it ("Always allow YouTube"). */
  label: string;
  /** Who hosts the embed: shown in "Hosted by …" when the element names no `host`. */
  host: string;
  /** Host names of the vendor: only URLs on one of these are rewritten (a stand-in host is not). */
  hosts: readonly string[];
  /** The privacy-friendly embed URL for a URL on one of `hosts`. */
  privateUrl(url: URL): URL;
}

/** `https://…/path?query`: a new URL on `host` with the given path, keeping the query and hash. */
function moved(url: URL, host: string, path: string): URL {
  const next = new URL(url.href);
  next.protocol = 'https:';
  next.host = host;
  next.pathname = path;
  return next;
}

/** YouTube's privacy-enhanced mode: the player on youtube-nocookie.com, from any YouTube link form. */
function youtubeNoCookie(url: URL): URL {
  const video =
    url.host === 'youtu.be'
      ? url.pathname.slice(1)
      : url.pathname === '/watch'
        ? url.searchParams.get('v')
        : /^\/(?:embed|shorts|live)\/([^/]+)/.exec(url.pathname)?.[1];
  const next = moved(url, 'www.youtube-nocookie.com', `/embed/${video ?? ''}`);
  next.searchParams.delete('v');
  return next;
}

/** Vimeo's player with `dnt=1` (no tracking, no cookies), from a page or player link. */
function vimeoDoNotTrack(url: URL): URL {
  const video = /^\/(?:video\/)?(\d+)/.exec(url.pathname)?.[1];
  const next = video ? moved(url, 'player.vimeo.com', `/video/${video}`) : new URL(url.href);
  next.searchParams.set('dnt', '1');
  return next;
}

/** Spotify's embed player (`/embed/track/…`), from a share link (`/track/…`). */
function spotifyEmbed(url: URL): URL {
  if (url.pathname.startsWith('/embed/')) return url;
  return moved(url, 'open.spotify.com', `/embed${url.pathname}`);
}

/** The built-in presets, by name (`preset` attribute, or the service id after the category). */
export const EMBED_PRESETS: Readonly<Record<string, EmbedPreset>> = {
  youtube: {
    label: 'YouTube',
    host: 'YouTube (Google)',
    hosts: [
      'youtube.com',
      'www.youtube.com',
      'm.youtube.com',
      'youtu.be',
      'youtube-nocookie.com',
      'www.youtube-nocookie.com',
    ],
    privateUrl: youtubeNoCookie,
  },
  vimeo: {
    label: 'Vimeo',
    host: 'Vimeo',
    hosts: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'],
    privateUrl: vimeoDoNotTrack,
  },
  'google-maps': {
    label: 'Google Maps',
    host: 'Google',
    hosts: ['www.google.com', 'google.com', 'maps.google.com'],
    // Maps has no cookie-free form: the embed URL is used as given.
    privateUrl: (url) => url,
  },
  spotify: {
    label: 'Spotify',
    host: 'Spotify',
    hosts: ['open.spotify.com'],
    privateUrl: spotifyEmbed,
  },
};

/** Another spelling of a preset name that a service id may use (`marketing.maps`, `googlemaps`). */
const ALIASES: Readonly<Record<string, string>> = {
  maps: 'google-maps',
  googlemaps: 'google-maps',
  google_maps: 'google-maps',
};

/** The preset called `name` (a preset name or alias, any case), if there is one. */
export function presetNamed(name: string | undefined): EmbedPreset | undefined {
  if (!name) return undefined;
  const key = name.toLowerCase();
  return Object.hasOwn(EMBED_PRESETS, key)
    ? EMBED_PRESETS[key]
    : Object.hasOwn(ALIASES, key)
      ? EMBED_PRESETS[ALIASES[key]]
      : undefined;
}

/**
 * The URL the embed loads: the preset's privacy-friendly form when `src` is on one of its hosts,
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
  return preset?.hosts.includes(url.hostname) ? preset.privateUrl(url).href : url.href;
}
