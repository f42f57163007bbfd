/** Minified, gzip -9 and brotli figures of one row (bytes when measured, KB when read from Markdown). */
export interface SizeFigures {
  min: number;
  gzip: number;
  brotli: number;
}
export type SizeRows = Record<string, SizeFigures>;

export declare const MEASURED_ROWS_FILE: string;
export declare const OUR_SIZE_TABLE_TITLE: string;
export declare const REFRESH_COMMAND: string;
export declare const TOLERANCE_KB: number;
export declare function writeMeasuredRows(rows: SizeRows, cdnFile: string): void;
export declare function readMeasuredRows(): SizeRows;
export declare function parseSizeTable(markdown: string, title?: string): SizeRows;
export declare function compareSizeRows(
  documented: SizeRows,
  measured: SizeRows,
  toleranceKb?: number,
): string[];
