// Compressed GS1 Digital Link URIs (GS1 Digital Link: Compression): a QR code may carry
// https://{host}/{base64url} instead of /01/{gtin}/10/{lot}. GS1's community library
// digital-link.js implements the codec (its tables of AIs and optimisations are long and easy to
// get subtly wrong by hand), so we use it rather than a codec of our own.
import { Utils } from "digital-link.js";

/** A compressed URI's uncompressed path and query ("/01/…?…"), or null when it is not one. */
export function decompressDigitalLinkPath(pathAndQuery: string): string | null {
  const uri = `https://resolver.invalid${pathAndQuery}`;
  try {
    if (!Utils.isCompressedWebUri(uri)) return null;
    const full = new URL(Utils.decompressWebUri(uri));
    return /^\/01\//.test(full.pathname) ? full.pathname + full.search : null;
  } catch {
    // Not a compressed Digital Link (a page name that happens to look like base64url).
    return null;
  }
}

/** The compressed form of a Digital Link URI on `origin` (for tests and labels). */
export function compressDigitalLink(uri: string): string {
  return Utils.compressWebUri(uri);
}
