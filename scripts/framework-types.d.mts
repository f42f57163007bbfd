export interface ManifestElement {
  tagName: string;
  className: string;
  modulePath: string;
  description: string;
  attributes: { name: string; fieldName?: string; description?: string; type?: { text: string } }[];
  events: { name: string; description?: string }[];
}
export interface VsCodeCustomData {
  version: number;
  tags: {
    name: string;
    description: string;
    attributes: { name: string; description?: string; values?: { name: string }[] }[];
  }[];
}
export declare function manifestElements(manifest: unknown): ManifestElement[];
export declare function reactTypes(elements: ManifestElement[]): string;
export declare function vueTypes(elements: ManifestElement[]): string;
export declare function svelteTypes(elements: ManifestElement[]): string;
export declare function vscodeCustomData(elements: ManifestElement[]): VsCodeCustomData;
