export declare const CDN_FOLDER: string;
export declare const CDN_ENTRY: string;
export declare function staticClosure(file: string): string[];
export declare function cdnGraph(entry?: string): {
  initial: string[];
  onDemand: Record<string, string[]>;
};
export declare function chunkName(file: string): string;
