// Types for the parts of GS1's community library digital-link.js (no bundled types) we use.
declare module "digital-link.js" {
  export const Utils: {
    compressWebUri(uri: string, useOptimisations?: boolean, compressOtherKeyValuePairs?: boolean): string;
    decompressWebUri(uri: string): string;
    isCompressedWebUri(uri: string): boolean;
  };
}
