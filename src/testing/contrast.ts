/** How a consent control looks: its box, and its text contrast against what is behind it. */
export interface ControlLook {
  box: { width: number; height: number };
  /** WCAG contrast ratio of the text; undefined when a colour could not be read. */
  contrast?: number;
}

/**
 * The WCAG contrast ratio of `element`'s text against the first opaque background behind it (its
 * own, an ancestor's, through shadow roots; white when none). Runs inside the page (Playwright's
 * `evaluate`), so it is self-contained. Null when a colour is not in `rgb()`/`rgba()` form.
 */
export function contrastOf(element: Element): number | null {
  const parse = (value: string): number[] | null => {
    const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
    if (!match) return null;
    const parts = match[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return parts.length >= 3 && parts.every((n) => !Number.isNaN(n)) ? parts : null;
  };
  const luminance = ([r, g, b]: number[]): number => {
    const linear = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const text = parse(getComputedStyle(element).color);
  let background: number[] | null = [255, 255, 255];
  for (let node: Element | null = element; node;) {
    const candidate = parse(getComputedStyle(node).backgroundColor);
    if (candidate === null) {
      background = null;
      break;
    }
    if ((candidate[3] ?? 1) > 0) {
      background = candidate;
      break;
    }
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  if (text === null || background === null) return null;
  const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
