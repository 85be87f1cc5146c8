// Refuses, before any route runs, requests that no route could handle sensibly, so that each
// route need not guard against them (proxy.ts calls this for every request):
// - a URL whose path or query has malformed percent-encoding (`/trace/%E0%A4%A`), encodes a lone
//   surrogate (`%ED%A0%80`), or carries a NUL or another C0 control character (`%00`): Next
//   would throw on decoding the segment, and PostgreSQL refuses NUL in text;
// - a body larger than the largest any route takes (MAX_BODY_BYTES, a complaint's three photos),
//   by its Content-Length: 413 at once, before anything reads it. Bodies without a length are
//   bounded where they are read (lib/http/read-bounded-body.ts, Next's bodySizeLimit).

/** The largest request body any route accepts: server actions (next.config.ts) and route handlers. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export type Refusal = { status: 400 | 413; message: string };

// C0 controls other than tab, newline and carriage return (which forms legitimately send).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function decodes(part: string): boolean {
  try {
    return !CONTROL.test(decodeURIComponent(part));
  } catch {
    return false; // URIError: malformed, or a lone surrogate (not valid UTF-8)
  }
}

/** Why this URL cannot be served, or null. Takes the raw (still encoded) path and query. */
export function refuseUrl(rawPathAndQuery: string): Refusal | null {
  const q = rawPathAndQuery.indexOf("?");
  const path = q < 0 ? rawPathAndQuery : rawPathAndQuery.slice(0, q);
  const query = q < 0 ? "" : rawPathAndQuery.slice(q + 1);
  const bad = { status: 400, message: "网址中含有无法识别的字符，请检查链接是否完整。" } as const;
  if (!path.split("/").every(decodes)) return bad;
  // In a query, "+" means a space; each name and value decodes on its own.
  if (query && !query.split(/[&=]/).every((part) => decodes(part.replace(/\+/g, " ")))) return bad;
  return null;
}

/** Why this body is refused by its declared length, or null. */
export function refuseBodyLength(contentLength: string | null, limit = MAX_BODY_BYTES): Refusal | null {
  if (contentLength === null) return null;
  const length = Number(contentLength);
  if (!Number.isFinite(length) || length < 0) return { status: 400, message: "请求的长度无效。" };
  if (length > limit) return { status: 413, message: `提交的内容太大（超过${Math.round(limit / 1024 / 1024)}MB），请减少或压缩附件后重试。` };
  return null;
}
