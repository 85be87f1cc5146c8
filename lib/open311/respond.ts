// Shared response helpers for the Open311 route handlers. GeoReport v2 calls XML a required format
// and JSON optional, so every resource answers both: `.json` or `.xml` at the end of the path.
// Errors are the spec's list ([{code, description}] / <errors><error>…) in the same format.
import { XMLBuilder } from "fast-xml-parser";
import { BodyError, readBoundedFields } from "../http/read-bounded-body";
import { isSafeText } from "../validation";
import { Open311Error } from "./georeport";

export type Open311Format = "json" | "xml";

/** How a resource's list is named in XML (GeoReport v2's examples). */
export type XmlShape = { root: string; item?: string };
export const XML_SHAPES = {
  services: { root: "services", item: "service" },
  serviceDefinition: { root: "service_definition" },
  requests: { root: "service_requests", item: "request" },
  discovery: { root: "discovery" },
} satisfies Record<string, XmlShape>;

/** "ABC.json" → { id: "ABC", format: "json" }; null for another or no extension. */
export function splitFormat(segment: string): { id: string; format: Open311Format } | null {
  const m = /^(.+)\.(json|xml)$/.exec(segment);
  return m ? { id: m[1], format: m[2] as Open311Format } : null;
}

/** A service request is a few short fields (media is a URL): 64 KB is plenty. */
export const MAX_OPEN311_BODY_BYTES = 64 * 1024;

// Nested lists in GeoReport v2 XML: <attributes><attribute>…, <values><value>…, and discovery's
// <endpoints><endpoint>… and <formats><format>….
const SINGULAR: Record<string, string> = { attributes: "attribute", values: "value", endpoints: "endpoint", formats: "format" };

function xmlValue(value: unknown): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(xmlValue);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = Array.isArray(v) && SINGULAR[k] ? (v.length ? { [SINGULAR[k]]: v.map(xmlValue) } : "") : xmlValue(v);
    }
    return out;
  }
  return String(value);
}

const builder = new XMLBuilder({ format: false, suppressEmptyNode: false, processEntities: true });

/** The XML document for a body (a list under root/item, or one object as the root). */
export function toOpen311Xml(body: unknown, shape: XmlShape): string {
  const inner = shape.item ? (Array.isArray(body) && body.length ? { [shape.item]: body.map(xmlValue) } : "") : xmlValue(body);
  return `<?xml version="1.0" encoding="utf-8"?>${builder.build({ [shape.root]: inner })}`;
}

const HEADERS = { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" };

function respond(body: unknown, status: number, format: Open311Format, shape: XmlShape): Response {
  if (format === "json") return Response.json(body, { status, headers: HEADERS });
  return new Response(toOpen311Xml(body, shape), { status, headers: { ...HEADERS, "Content-Type": "text/xml; charset=utf-8" } });
}

export function errorResponse(status: number, description: string, format: Open311Format): Response {
  return respond([{ code: status, description }], status, format, { root: "errors", item: "error" });
}

export async function open311(handler: () => Promise<unknown>, options: { status?: number; format?: Open311Format; shape?: XmlShape } | number = {}): Promise<Response> {
  const { status = 200, format = "json", shape = XML_SHAPES.requests } = typeof options === "number" ? { status: options } : options;
  try {
    return respond(await handler(), status, format, shape);
  } catch (err) {
    if (err instanceof Open311Error) return errorResponse(err.status, err.description, format);
    if (err instanceof BodyError) return errorResponse(err.status, err.message, format);
    console.error(err);
    return errorResponse(500, "internal error", format);
  }
}

export function formatNotSupported(): Response {
  return errorResponse(400, "unknown format: use .json or .xml", "json");
}

/**
 * The request's fields from its body (JSON, urlencoded or multipart; at most 64 KB, read before
 * anything else, the api_key included) and its query. Text that cannot be stored (NUL, control
 * characters, lone surrogates) is a 400 naming the field.
 */
export async function paramsOf(request: Request): Promise<Record<string, string>> {
  const out = await readBoundedFields(request, MAX_OPEN311_BODY_BYTES);
  new URL(request.url).searchParams.forEach((v, k) => {
    out[k] ??= v;
  });
  for (const [k, v] of Object.entries(out)) {
    if (!isSafeText(k) || !isSafeText(v)) throw new Open311Error(400, `${isSafeText(k) ? k : "a field name"} contains characters that are not allowed`);
  }
  return out;
}
