export declare const PACKED_EXAMPLES: string[];
/** Packs the current build and extracts it into each example; returns the tarball's name. */
export declare function packExamples(): string;
