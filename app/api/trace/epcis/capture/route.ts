// POST /api/trace/epcis/capture : EPCIS 2.0 JSON-LD capture with an API key (lib/trace/capture-epcis.ts).
import { AppError } from "@/lib/errors";
import { captureEpcisDocument, EpcisCaptureError } from "@/lib/trace/capture-epcis";

const MAX_BYTES = 2 * 1024 * 1024;

function problem(status: number, title: string, errors?: { pointer: string; message: string }[]) {
  return Response.json({ type: "about:blank", title, status, ...(errors ? { errors } : {}) }, { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } });
}

export async function POST(request: Request) {
  const auth = request.headers.get("authorization");
  const apiKey = auth?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? new URL(request.url).searchParams.get("api_key");
  const type = request.headers.get("content-type") ?? "";
  if (!/application\/(ld\+)?json/.test(type)) return problem(415, "send the EPCIS document as application/ld+json or application/json");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES) return problem(413, "the document is larger than 2 MB");
  const text = await request.text();
  if (text.length > MAX_BYTES) return problem(413, "the document is larger than 2 MB");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem(400, "the body is not JSON", [{ pointer: "", message: "the body is not JSON" }]);
  }
  try {
    const result = await captureEpcisDocument({ apiKey, body });
    return Response.json(result, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    if (err instanceof EpcisCaptureError) return problem(400, "the EPCIS document was not captured: nothing was stored", err.errors);
    if (err instanceof AppError) return problem(err.httpStatus, err.userMessage);
    throw err;
  }
}
