// GET /01/{gtin}/10/{lot} : GS1 Digital Link resolver for a batch (lib/trace/resolve-digital-link.ts).
import { resolveDigitalLinkRequest } from "@/lib/trace/resolve-digital-link";

export const GET = resolveDigitalLinkRequest;
