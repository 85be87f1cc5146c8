// GB/T 9704-2012 layout of an official document as PDF (pdfkit). Implemented in a following commit.
import type { OfficialDocumentLayout } from "./layout";

/** The seal pressed on the date: the unit's round red image (PNG with transparency). */
export interface PdfSeal {
  png: Buffer;
}

export interface RenderOfficialDocumentOptions {
  seal?: PdfSeal;
  /** Printed as a QR code (with the code beside it) in the first page's margin. */
  verifyUrl?: string;
  /** The verification code printed beside the QR code. */
  verificationCode?: string;
}

export async function renderOfficialDocumentPdf(
  layout: OfficialDocumentLayout,
  opts: RenderOfficialDocumentOptions = {},
): Promise<Buffer> {
  void layout;
  void opts;
  throw new Error("renderOfficialDocumentPdf: not implemented yet");
}
