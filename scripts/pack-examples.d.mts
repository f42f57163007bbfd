/** The examples that install the packed package. */
export declare const PACKED_EXAMPLES: readonly string[];
/**
 * Packs the current build once and extracts it into each of `names` (default: every packed
 * example); returns the tarball's name.
 */
export declare function packExamples(names?: readonly string[]): string;
