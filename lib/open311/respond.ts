// Shared response helpers for the Open311 route handlers: JSON only, errors as the spec's list.
import { BodyError, readBoundedFields } from "../http/read-bounded-body";
import { isSafeText } from "../validation";
import { Open311Error } from "./georeport";

/** A service request is a few short fields (media is a URL): 64 KB is plenty. */
export const MAX_OPEN311_BODY_BYTES = 64 * 1024;

export function stripJson(segment: string): string | null {
  return segment.endsWith(".json") ? segment.slice(0, -5) : null;
}

export async function open311(handler: () => Promise<unknown>, status = 200): Promise<Response> {
  try {
    return Response.json(await handler(), { status, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } });
  } catch (err) {
    if (err instanceof Open311Error) return Response.json(err.body(), { status: err.status });
    if (err instanceof BodyError) return Response.json([{ code: err.status, description: err.message }], { status: err.status });
    console.error(err);
    return Response.json([{ code: 500, description: "internal error" }], { status: 500 });
  }
}

export function formatNotSupported(): Response {
  return Response.json([{ code: 400, description: "only the json format is supported" }], { status: 400 });
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
