// GET|HEAD|OPTIONS /01/{gtin} : GS1 Digital Link resolver for a product (lib/trace/resolve-digital-link.ts).
import { resolveDigitalLinkRequest, resolverOptions } from "@/lib/trace/resolve-digital-link";

export const GET = resolveDigitalLinkRequest;
export const HEAD = resolveDigitalLinkRequest;
export const OPTIONS = resolverOptions;
