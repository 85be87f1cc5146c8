// What people actually type, made into what the schemas check: full-width digits and letters
// from a Chinese input method (２０２６, ＴＣ), the ideographic space, and the spaces or dashes
// of numbers copied as printed (the receipt prints "TC 2603 0100 0101"). Pure, so the forms'
// schemas, the lib functions and the browser share it.

/** Full-width ASCII (U+FF01–U+FF5E) to ASCII, and the ideographic space (U+3000) to a space. */
export function toHalfWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** A code read out or copied in groups: half-width, without spaces, dashes or dots between groups. */
export function compactCode(value: string): string {
  return toHalfWidth(value).replace(/[\s\-‐‑–—－·.]/g, "");
}

/**
 * A phone number as typed: half-width, without spaces, dashes, dots or brackets; a mobile number
 * loses its country code (+86, 0086, 86). A landline keeps its area code (0xx…).
 */
export function normalizePhone(value: string): string {
  const compact = toHalfWidth(value).replace(/[\s\-‐‑–—－.()（）]/g, "");
  const mobile = /^(?:\+?86|0086)(1\d{10})$/.exec(compact);
  return mobile ? mobile[1] : compact;
}

/** A mobile number (the only kind that receives SMS). */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** A landline with its area code (010, 0571 …) and a 7 or 8 digit number, optionally an extension. */
export const LANDLINE_PATTERN = /^0\d{2,3}\d{7,8}(?:转\d{1,6}|#\d{1,6}|\+\d{1,6})?$/;
