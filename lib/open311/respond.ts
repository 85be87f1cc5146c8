// Shared response helpers for the Open311 route handlers: JSON only, errors as the spec's list.
import { Open311Error } from "./georeport";

export function stripJson(segment: string): string | null {
  return segment.endsWith(".json") ? segment.slice(0, -5) : null;
}

export async function open311(handler: () => Promise<unknown>, status = 200): Promise<Response> {
  try {
    return Response.json(await handler(), { status, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } });
  } catch (err) {
    if (err instanceof Open311Error) return Response.json(err.body(), { status: err.status });
    console.error(err);
    return Response.json([{ code: 500, description: "internal error" }], { status: 500 });
  }
}

export function formatNotSupported(): Response {
  return Response.json([{ code: 400, description: "only the json format is supported" }], { status: 400 });
}

export async function paramsOf(request: Request): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
    for (const [k, v] of Object.entries(body)) if (v !== null && v !== undefined) out[k] = String(v);
  } else {
    const form = await request.formData().catch(() => null);
    form?.forEach((v, k) => {
      if (typeof v === "string") out[k] = v;
    });
  }
  new URL(request.url).searchParams.forEach((v, k) => {
    out[k] ??= v;
  });
  return out;
}
