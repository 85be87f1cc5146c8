// What the check-your-answers page shows before filing: the answers, the department that will
// handle the case, the deadline that would apply if it were filed now (SLA class on the work
// calendar, the same computation as the filing), and possible duplicates to follow instead.
import "server-only";
import { prisma } from "../db";
import { fieldErrorsOf } from "../validation";
import { loadCalendarOverrides } from "../calendar/load-calendar";
import { computeDeadline } from "../calendar/work-calendar";
import { ZComplaintAnswers, type TComplaintAnswers } from "./complaint.schema";
import { getComplaintDraft, type ComplaintDraftView } from "./complaint-drafts";
import { findSimilarComplaints } from "./find-similar-complaints";
import { slaText } from "./sla-text";

export interface ComplaintDraftPreview {
  draft: ComplaintDraftView;
  /** Null when the saved answers are incomplete (the page then sends the person back). */
  answers: TComplaintAnswers | null;
  fieldErrors: Record<string, string>;
  category: { name: string; departmentName: string; slaName: string; slaText: string } | null;
  expectedDeadlineAt: Date | null;
  similar: Awaited<ReturnType<typeof findSimilarComplaints>>;
  isFiled: boolean;
}

export async function previewComplaintDraft({ draftId, now = new Date() }: { draftId: string; now?: Date }): Promise<ComplaintDraftPreview | null> {
  const draft = await getComplaintDraft(draftId);
  if (!draft) return null;
  const parsed = ZComplaintAnswers.safeParse(draft.values);
  const answers = parsed.success ? parsed.data : null;
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const row = answers
    ? await prisma.complaintCategory.findFirst({
        where: { id: answers.categoryId, isActive: true, isPublic: true },
        include: { slaClass: true, department: { select: { name: true } } },
      })
    : null;
  const category = row ? { name: row.name, departmentName: row.department.name, slaName: row.slaClass.name, slaText: slaText(row.slaClass) } : null;
  const expectedDeadlineAt = row ? computeDeadline(now, row.slaClass, await loadCalendarOverrides(prisma, now)) : null;
  const similar = answers && row && !draft.complaintId ? await findSimilarComplaints({ categoryId: row.id, title: answers.title, now }) : [];
  return { draft, answers, fieldErrors: row || !answers ? fieldErrors : { ...fieldErrors, categoryId: "所选类别已停用，请重新选择" }, category, expectedDeadlineAt, similar, isFiled: !!draft.complaintId };
}
