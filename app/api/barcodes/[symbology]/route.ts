// GET /api/barcodes/{qrcode|code128|gs1-128}?text=&format=png|svg&scale= : a barcode image.
import { createHash } from "node:crypto";
import { parseBarcodeRequest } from "@/lib/trace/barcode-request";
import { barcodePng, barcodeSvg } from "@/lib/trace/render-barcode";

export async function GET(request: Request, { params }: { params: Promise<{ symbology: string }> }) {
  const req = parseBarcodeRequest((await params).symbology, new URL(request.url).searchParams);
  if (!req.ok) return Response.json({ status: 422, title: req.message }, { status: 422 });
  const etag = `"${createHash("sha256").update(`${req.symbology}|${req.format}|${req.scale}|${req.text}`).digest("base64url").slice(0, 27)}"`;
  // The image depends only on the URL: cache it everywhere for a year.
  const headers = { "Cache-Control": "public, max-age=31536000, immutable", ETag: etag };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  if (req.format === "svg") return new Response(barcodeSvg(req.symbology, req.text), { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
  return new Response(new Uint8Array(await barcodePng(req.symbology, req.text, req.scale)), { headers: { ...headers, "Content-Type": "image/png" } });
}
