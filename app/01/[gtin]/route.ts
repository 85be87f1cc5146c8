// GET /01/{gtin} : GS1 Digital Link resolver for a product (lib/trace/resolve-digital-link.ts).
import { resolveDigitalLinkRequest } from "@/lib/trace/resolve-digital-link";

export const GET = resolveDigitalLinkRequest;
