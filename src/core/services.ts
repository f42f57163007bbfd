/**
 * Services (vendors) inside categories: how an id names one, and which services a configuration
 * holds. A service is addressed as `<category>.<service>`; service ids are slugs (no `.`), so the
 * part after the last `.` is the service and the rest its category (category ids may hold dots).
 */
import type { CategoryConfig, ResolvedConsentConfig, ServiceConfig } from './types.js';

/** The id that addresses `service` of `category`: `marketing.youtube`. */
export const serviceId = (categoryId: string, service: string): string =>
  `${categoryId}.${service}`;

/** A configured service with the category that holds it. */
export interface ServiceRef {
  /** `<category>.<service>`. */
  id: string;
  category: CategoryConfig;
  service: ServiceConfig;
}

/**
 * The configured service `id` (`marketing.youtube`) names, or `undefined`. An id is a category
 * first: beside a category `a.b`, `a.b` names no service.
 */
export function findService(config: ResolvedConsentConfig, id: string): ServiceRef | undefined {
  if (config.categories.some((category) => category.id === id)) return undefined;
  const [categoryId, slug] = splitServiceId(id) ?? [];
  const category = config.categories.find((candidate) => candidate.id === categoryId);
  const service = category?.services?.find((candidate) => candidate.id === slug);
  return category && service ? { id, category, service } : undefined;
}

/** A service id split in its category id and service slug, or `undefined` when it holds no dot. */
export function splitServiceId(id: string): [category: string, service: string] | undefined {
  const dot = id.lastIndexOf('.');
  return dot < 0 ? undefined : [id.slice(0, dot), id.slice(dot + 1)];
}

/** The category id in a service id (`marketing` for `marketing.youtube`; `''` without a dot). */
export const categoryOfService = (id: string): string => splitServiceId(id)?.[0] ?? '';
