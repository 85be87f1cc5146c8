// The one way route handlers read a request body: at most `limit` bytes, refused as soon as the
// declared length or the bytes received pass it, before anything is parsed (Open311 parsed a
// 30 MB body before looking at its api_key; the receipts hook 50 MB). proxy.ts already refuses
// declared lengths over 16 MB for every route; the limits here are each route's own.
import "server-only";

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** The body's bytes, or a BodyError(413) once more than `limit` arrive. */
export async function readBoundedBytes(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw new BodyError(413, `body larger than ${limit} bytes`);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyError(413, `body larger than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body as UTF-8 text; malformed UTF-8 is a 400, not replacement characters. */
export async function readBoundedText(request: Request, limit: number): Promise<string> {
  const bytes = await readBoundedBytes(request, limit);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BodyError(400, "body is not valid UTF-8");
  }
}

/** The body parsed as JSON (400 when it is not). */
export async function readBoundedJson(request: Request, limit: number): Promise<unknown> {
  const text = await readBoundedText(request, limit);
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, "body must be JSON");
  }
}

/**
 * The text fields of a JSON object, a urlencoded or a multipart form body (files are ignored),
 * read within `limit`. Values that are not strings in JSON are turned into strings.
 */
export async function readBoundedFields(request: Request, limit: number): Promise<Record<string, string>> {
  const type = request.headers.get("content-type") ?? "";
  const out: Record<string, string> = {};
  if (type.includes("application/json")) {
    const body = await readBoundedJson(request, limit);
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new BodyError(400, "body must be a JSON object");
    for (const [k, v] of Object.entries(body)) if (v !== null && v !== undefined) out[k] = typeof v === "string" ? v : JSON.stringify(v);
    return out;
  }
  const bytes = await readBoundedBytes(request, limit);
  if (bytes.length === 0) return out;
  if (type.includes("application/x-www-form-urlencoded") || type === "") {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new BodyError(400, "body is not valid UTF-8");
    }
    new URLSearchParams(text).forEach((v, k) => (out[k] ??= v));
    return out;
  }
  if (type.includes("multipart/form-data")) {
    const form = await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { "content-type": type } }).formData().catch(() => {
      throw new BodyError(400, "malformed multipart body");
    });
    form.forEach((v, k) => {
      if (typeof v === "string") out[k] ??= v;
    });
    return out;
  }
  throw new BodyError(415, "unsupported content type");
}
