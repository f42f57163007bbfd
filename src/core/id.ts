/** Random ids: the one generator, for the record id that ties a visitor's receipts into one chain. */

/** 12 random base-36 characters (about 62 bits): not personal, not derived from anything. */
export function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) =>
    (byte % 36).toString(36),
  ).join('');
}
