/** One size row of bench/results.json (bytes). */
export interface SizeRow {
  group: string;
  name: string;
  min: number;
  gzip: number;
  brotli: number;
  budget?: number;
}
export interface Table {
  title: string;
  head: string[];
  rows: string[][];
  align: ('l' | 'r')[];
}
/** The part of bench/results.json the size tables read. */
export interface SizeResults {
  size: SizeRow[];
  sizeMeta?: { commit: string; dirty: boolean };
  meta: { git: { commit: string; dirty: boolean } };
}
export declare function buildSizeTables(results: SizeResults): Table[];
export declare function replaceSizeTables(markdown: string, sizeTables: Table[]): string;
export declare function toMarkdown(tables: Table[]): string;
