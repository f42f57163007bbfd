import type { ConsentStoreApi, ResolvedConsentConfig } from '../../store/types.js';

/** What the configuration says about a service (`categories[].services[]`), as far as the embed uses it. */
export interface EmbedServiceInfo {
  label?: string;
  hosts?: string[];
}

/**
 * The store's services API, as the embed uses it: a service is addressed as `<category>.<service>`
 * (`marketing.youtube`); `isGranted` answers for it, `setService` records its grant.
 */
export type ServiceConsentStore = ConsentStoreApi & {
  setService(id: string, granted: boolean, options?: { source?: string }): void;
};

/** The configured service `marketing.youtube` (category `marketing`, service `youtube`), if any. */
export function configuredService(
  config: ResolvedConsentConfig,
  id: string,
): EmbedServiceInfo | undefined {
  const dot = id.indexOf('.');
  if (dot < 0) return undefined;
  const category = config.categories.find((c) => c.id === id.slice(0, dot)) as
    { services?: ({ id: string } & EmbedServiceInfo)[] } | undefined;
  return category?.services?.find((s) => s.id === id.slice(dot + 1));
}
