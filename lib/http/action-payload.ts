// Server-action requests whose payload Next cannot decode: Next answers any decoding error with
// 500 (its action handler turns every error into 500, see next/dist/server/app-render/
// action-handler.js), so proxy.ts checks the payload's shape first and answers 400:
// - a multipart body that does not parse as a form;
// - a fetch action (header Next-Action) whose root (the body, or part "0") or any numbered part is
//   not JSON, or that references a part it does not carry ("$@1", "$Q2", "$1"… in React's reply
//   encoding), which React's decoder cannot resolve;
// - a plain form's bound arguments (`$ACTION_1:0`) that are not JSON.
// Only these structural faults are checked; the encoding's other forms pass through unchanged, so
// a React upgrade that adds new ones does not refuse good requests.
import { MAX_BODY_BYTES, type Refusal } from "./request-guard";

const BAD: Refusal = { status: 400, message: "提交的内容格式有误，请刷新页面后重新提交。" };

/** Whether Next may treat this request as a server action (so its body is checked here). */
export function mayBeServerAction(method: string, pathname: string, headers: Headers): boolean {
  if (method !== "POST" || pathname.startsWith("/api/")) return false;
  return headers.has("next-action") || (headers.get("content-type") ?? "").includes("multipart/form-data");
}

async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling Next's clone of a body still arriving settles only when the
      // upload ends, and the 413 should not wait for that.
      reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// References to another part of the reply, as React's parseModelString reads them: a tag letter
// ("$@1" promise, "$Q1" Map, "$W1" Set, "$i1" iterator, "$h1" server reference, "$B1" blob,
// "$A1"… typed arrays, "$R1"… streams) or none ("$1", an outlined model), then a hex id.
const PART_REFERENCE = /^\$([@QWihBAOoUSsLlGgMmVRrXx]?)([0-9a-fA-F]+)(?::|$)/;

function missingReference(value: unknown, hasPart: (id: number) => boolean, depth = 0): boolean {
  if (depth > 200) return true;
  if (typeof value === "string") {
    if (value[0] !== "$" || value[1] === "$") return false;
    const ref = PART_REFERENCE.exec(value);
    return !!ref && !hasPart(parseInt(ref[2], 16));
  }
  if (Array.isArray(value)) return value.some((v) => missingReference(v, hasPart, depth + 1));
  if (value && typeof value === "object") return Object.values(value).some((v) => missingReference(v, hasPart, depth + 1));
  return false;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Why this server-action payload cannot be decoded, or null. Reads a clone of the body. */
export async function refuseActionPayload(request: Request): Promise<Refusal | null> {
  const type = request.headers.get("content-type") ?? "";
  const isFetchAction = request.headers.has("next-action");
  const bytes = await readAtMost(request.clone().body, MAX_BODY_BYTES);
  if (!bytes) return { status: 413, message: `提交的内容太大（超过${MAX_BODY_BYTES / 1024 / 1024}MB），请减少或压缩附件后重试。` };

  if (type.includes("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { "content-type": type } }).formData();
    } catch {
      return BAD;
    }
    const parts = new Map<string, string>();
    for (const [name, value] of form.entries()) if (typeof value === "string") parts.set(name, value);
    // A plain form's bound arguments.
    for (const [name, value] of parts) if (/^\$ACTION_\d+:\d+$/.test(name) && !parseJson(value).ok) return BAD;
    if (!isFetchAction) return null;
    const numbered = [...form.keys()].filter((name) => /^\d+$/.test(name));
    const hasPart = (id: number) => form.has(String(id));
    if (!form.has("0")) return BAD;
    for (const name of numbered) {
      const value = parts.get(name);
      if (value === undefined) continue; // a file part (blob)
      const parsed = parseJson(value);
      if (!parsed.ok || missingReference(parsed.value, hasPart)) return BAD;
    }
    return null;
  }

  if (!isFetchAction) return null; // not multipart and not a fetch action: Next does not treat it as one
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return BAD;
  }
  const parsed = parseJson(text);
  // A text body is one part: it can reference no other.
  if (!parsed.ok || missingReference(parsed.value, () => false)) return BAD;
  return null;
}
