// The embed presets: the privacy-friendly URL form of each vendor, and no rewriting of any other host.
import { describe, expect, it } from 'vitest';
import { embedUrl, presetNamed } from '../src/components/embed/presets.js';

const BASE = 'https://site.example/page';
const via = (preset: string, src: string) => embedUrl(src, presetNamed(preset), BASE);

/** Each rule of a preset: the links it is given, and the embed URL each becomes. */
const REWRITES: [rule: string, preset: string, [src: string, url: string][]][] = [
  [
    'YouTube: every link form becomes the youtube-nocookie.com player, keeping its options',
    'youtube',
    [
      ['https://www.youtube.com/embed/abc123', 'https://www.youtube-nocookie.com/embed/abc123'],
      [
        'https://www.youtube.com/watch?v=abc123&start=30',
        'https://www.youtube-nocookie.com/embed/abc123?start=30',
      ],
      ['https://youtu.be/abc123', 'https://www.youtube-nocookie.com/embed/abc123'],
      [
        'https://www.youtube-nocookie.com/embed/abc123?rel=0',
        'https://www.youtube-nocookie.com/embed/abc123?rel=0',
      ],
    ],
  ],
  [
    'YouTube: any other YouTube page goes to the cookie-free host too, never to youtube.com',
    'youtube',
    [
      ['https://www.youtube.com/shorts/abc123', 'https://www.youtube-nocookie.com/embed/abc123'],
      [
        'https://m.youtube.com/watch?start=30&v=abc123',
        'https://www.youtube-nocookie.com/embed/abc123?start=30',
      ],
      [
        'https://www.youtube.com/playlist?list=PL1',
        'https://www.youtube-nocookie.com/embed/?list=PL1',
      ],
    ],
  ],
  [
    'Vimeo: the player with dnt=1',
    'vimeo',
    [
      ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
      [
        'https://player.vimeo.com/video/76979871?h=8272103f6e',
        'https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1',
      ],
    ],
  ],
  [
    'Vimeo: a link that names no video keeps its form, with dnt=1',
    'vimeo',
    [
      [
        'https://vimeo.com/showcase/7008490/embed',
        'https://vimeo.com/showcase/7008490/embed?dnt=1',
      ],
    ],
  ],
  [
    'a vendor domain covers its subdomains, and only them',
    'vimeo',
    [
      ['https://www.vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
      ['https://notvimeo.com/76979871', 'https://notvimeo.com/76979871'],
    ],
  ],
  [
    'Spotify: a share link becomes the embed player',
    'spotify',
    [
      [
        'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC',
        'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC',
      ],
    ],
  ],
  [
    'Spotify: an embed link stays the embed player, on https',
    'spotify',
    [
      [
        'http://open.spotify.com/embed/episode/7makk4oTQel546B0PZlDM5',
        'https://open.spotify.com/embed/episode/7makk4oTQel546B0PZlDM5',
      ],
    ],
  ],
  [
    'Google Maps: the embed URL as given (it has no cookie-free form)',
    'google-maps',
    [['https://www.google.com/maps/embed?pb=!1m18', 'https://www.google.com/maps/embed?pb=!1m18']],
  ],
];

describe('embed presets', () => {
  it.each(REWRITES)('%s', (_rule, preset, links) => {
    for (const [src, url] of links) expect(via(preset, src), src).toBe(url);
  });

  it('a preset name may be written with - or _', () => {
    for (const name of ['google-maps', 'Google_Maps', 'googlemaps'])
      expect(presetNamed(name)?.label, name).toBe('Google Maps');
  });

  it('finds a preset by name or alias, any case, and nothing else', () => {
    expect(presetNamed('YouTube')?.label).toBe('YouTube');
    expect(presetNamed('maps')?.label).toBe('Google Maps');
    expect(presetNamed('toString')).toBeUndefined();
    expect(presetNamed('forms')).toBeUndefined();
  });

  it('never rewrites another host (a stand-in, or any embed without a preset)', () => {
    const standIn = 'http://127.0.0.1:5173/embed/abc123';
    expect(via('youtube', standIn)).toBe(standIn);
    expect(embedUrl('https://forms.example.net/f/1', undefined, BASE)).toBe(
      'https://forms.example.net/f/1',
    );
  });

  it('resolves a relative URL, and refuses anything but http(s)', () => {
    expect(embedUrl('/embed/1', undefined, BASE)).toBe('https://site.example/embed/1');
    expect(embedUrl('javascript:alert(1)', undefined, BASE)).toBeUndefined();
    expect(embedUrl(' data:text/html,x', undefined, BASE)).toBeUndefined();
    expect(embedUrl('http://[bad', undefined, BASE)).toBeUndefined();
    expect(embedUrl(undefined, undefined, BASE)).toBeUndefined();
  });
});
