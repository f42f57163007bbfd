import { warnOnce } from '../../core/warnings.js';

export { warnOnce };

/**
 * An attribute value from a fixed set: `value` when it is one of `allowed`, else `allowed[0]` (the
 * default), with a warning (once per page) naming the accepted values when `value` was set.
 */
export function oneOf<T extends string>(
  tag: string,
  attribute: string,
  value: string | undefined,
  allowed: readonly T[],
): T {
  if ((allowed as readonly string[]).includes(value ?? '')) return value as T;
  if (value !== undefined && value !== null) {
    warnOnce(
      `<${tag}> ${attribute}="${value}" is not one of ${allowed.join(', ')}; using "${allowed[0]}".`,
    );
  }
  return allowed[0];
}
