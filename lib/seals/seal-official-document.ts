// Seals a document: renders the final PDF with the unit's seal and the verification QR code,
// signs the SM3 digest of its bytes with the unit's SM2 key and records the use. Implemented in a
// following commit.
import type { Actor } from "../auth/actor";
import type { Tx } from "../db";
import type { OfficialDocumentLayout } from "./layout";

export interface SealOfficialDocumentInput {
  /** The unit whose seal is applied (the sealing officer must be its 电子印章管理员). */
  departmentId: string;
  /** The caller's document id (kept on the use; not a foreign key). */
  documentId: string;
  layout: OfficialDocumentLayout;
}

export interface SealOfficialDocumentResult {
  pdf: Buffer;
  verificationCode: string;
  sealUseId: string;
}

export async function sealOfficialDocument(
  tx: Tx,
  actor: Actor,
  input: SealOfficialDocumentInput,
): Promise<SealOfficialDocumentResult> {
  void tx;
  void actor;
  void input;
  throw new Error("sealOfficialDocument: not implemented yet");
}
