// The electronic seal and the GB/T 9704 document PDF: the one entry point other domains use
// (the document workflow seals through sealOfficialDocument; /verify calls verifyOfficialDocument).
export type { DocumentBlock, OfficialDocumentLayout } from "./layout";
export { htmlToDocumentBlocks } from "./html-to-blocks";
export {
  renderOfficialDocumentPdf,
  documentDateText,
  DocumentFontError,
  type RenderOfficialDocumentOptions,
  type PdfSeal,
} from "./render-official-document-pdf";
export { sealOfficialDocument, type SealOfficialDocumentInput, type SealOfficialDocumentResult } from "./seal-official-document";
export { verifyOfficialDocument, type VerifyInput, type VerifyResult, type VerifiedSealUse } from "./verify-official-document";
export { formatVerificationCode } from "./verification-code";
