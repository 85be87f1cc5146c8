// What the public barcode API agrees to draw: only codes this portal prints (a valid trace code
// for Code 128, a Digital Link for QR, a GS1 element string for GS1-128), so it is no free
// barcode service for anything else. The image is a pure function of the URL.
import { parseDigitalLink } from "./digital-link";
import { buildElementString, parseElementString } from "./gs1-element-string";
import { isValidTraceCode } from "./trace-code";
import type { Symbology } from "./render-barcode";

export type BarcodeRequest = { ok: true; symbology: Symbology; text: string; format: "png" | "svg"; scale: number } | { ok: false; message: string };

export function parseBarcodeRequest(symbology: string, params: URLSearchParams): BarcodeRequest {
  const text = params.get("text") ?? "";
  const format = params.get("format") ?? "svg";
  const scale = Number(params.get("scale") ?? "4");
  if (format !== "png" && format !== "svg") return { ok: false, message: "format must be png or svg" };
  if (!Number.isInteger(scale) || scale < 1 || scale > 10) return { ok: false, message: "scale must be an integer from 1 to 10" };
  if (text.length > 300) return { ok: false, message: "text is too long" };
  try {
    switch (symbology) {
      case "code128":
        return isValidTraceCode(text) ? { ok: true, symbology, text, format, scale } : { ok: false, message: "code128 text must be a 12-digit trace code with a valid check digit" };
      case "qrcode":
        parseDigitalLink(text);
        return { ok: true, symbology, text, format, scale };
      case "gs1-128":
        return { ok: true, symbology, text: buildElementString(parseElementString(text)).hri, format, scale };
      default:
        return { ok: false, message: "symbology must be qrcode, code128 or gs1-128" };
    }
  } catch (err) {
    return { ok: false, message: (err as { userMessage?: string }).userMessage ?? "invalid text" };
  }
}
