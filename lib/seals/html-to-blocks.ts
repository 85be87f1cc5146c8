// Turns sanitised rich text (the editor's HTML or mammoth's Word conversion) into the plain
// blocks of a 公文 body. Implemented in a following commit.
import type { DocumentBlock } from "./layout";

export function htmlToDocumentBlocks(html: string): DocumentBlock[] {
  void html;
  throw new Error("htmlToDocumentBlocks: not implemented yet");
}
