// GET|HEAD|OPTIONS /01/{gtin}/{22,10,21}/… : GS1 Digital Link resolver with key qualifiers, and the
// 400 for paths that are not Digital Link syntax (lib/trace/resolve-digital-link.ts).
import { resolveDigitalLinkRequest, resolverOptions } from "@/lib/trace/resolve-digital-link";

export const GET = resolveDigitalLinkRequest;
export const HEAD = resolveDigitalLinkRequest;
export const OPTIONS = resolverOptions;
