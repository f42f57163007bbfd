export declare const INSTALL_HELP: string;
export declare function ensureChromium(options?: {
  configured?: string | null;
  bundled?: string;
  exists?: (path: string) => boolean;
  install?: () => boolean;
  log?: (line: string) => void;
}): string;
export declare function ensureChromiumOrExit(): string;
