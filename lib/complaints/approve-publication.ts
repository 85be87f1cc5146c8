// 公开审核: an officer approves the text of a handled case for the public list. The text is masked
// again on approval, whatever the officer typed (names, phones, ID numbers, house numbers).
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZPublicationInput } from "./complaint.schema";
import { maskPii } from "./mask-pii";
import { transitionComplaint } from "./transition-complaint";

export async function approvePublication({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { text } = parseInput(ZPublicationInput, input);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.approvePublication",
      allowedFrom: ["RESOLVED", "CLOSED"],
      scope: "department",
      verb: "审核公开",
      auditAction: "complaint.publication_approved",
      plan: (c) => {
        if (!c.consentToPublish) throw new AppError("CONFLICT", "群众未同意公开，该案件不能公开。");
        return {
          data: { publicationText: maskPii(text, { names: [c.citizenName], addresses: [c.address] }), publicationApprovedAt: now },
          event: { type: "PUBLICATION_APPROVED", note: "公开文本已审核通过。", isPublic: false },
        };
      },
    },
    now,
  );
}

/** The suggested public text: the question and the reply, already masked. */
export function suggestedPublicationText(c: { title: string; description: string; reply: string | null; citizenName: string | null; address: string | null }): string {
  // Not the title: the public page shows it as the heading already.
  const text = `${c.description}\n\n办理结果：${c.reply ?? ""}`;
  return maskPii(text, { names: [c.citizenName], addresses: [c.address] });
}
