import type { Plugin } from 'vite';

export declare function minifyTemplates(
  code: string,
  id: string,
): { code: string; map: unknown } | undefined;
export declare function minifyLitTemplates(): Plugin;
