/** The library version carried by every element class (`static version`), checked on registration. */
export const VERSION = '0.1.0';
