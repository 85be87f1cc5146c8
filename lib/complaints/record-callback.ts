// 回访: after resolution the 12345 centre calls the citizen and records whether they were reached,
// whether the problem is solved, whether they are satisfied, and what they said. "Not solved"
// within the reopen window reopens the case as a redo, the same path as the online rating.
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZCallbackInput } from "./case-handling.schema";
import { isWithinReopenWindow, reopenPlan } from "./rate-complaint";
import { transitionComplaint } from "./transition-complaint";

export async function recordCallback({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const v = parseInput(ZCallbackInput, input);
  const isReached = v.reached === "yes";
  const isSolved = isReached ? v.solved === "yes" : null;
  const isSatisfied = isReached ? v.satisfied === "yes" : null;
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.callback",
      allowedFrom: ["RESOLVED", "CLOSED"],
      scope: "any",
      verb: "回访",
      auditAction: "complaint.callback_recorded",
      plan: async (c, tx) => {
        if (c.mergedIntoId) throw new AppError("CONFLICT", "该案件已合并到其他案件，请回访主案件。");
        if (!c.resolvedAt) throw new AppError("CONFLICT", "该案件未经办结，不需要回访。");
        await tx.complaintCallback.create({
          data: { complaintId: c.id, operatorId: actor.id, departmentId: c.departmentId, isReached, isSolved, isSatisfied, citizenWords: v.words ?? null, createdAt: now },
        });
        const summary = !isReached
          ? "电话回访：未联系上群众。"
          : `电话回访：群众认为问题${isSolved ? "已解决" : "未解决"}，${isSatisfied ? "满意" : "不满意"}${v.words ? `。群众原话：${v.words}` : ""}。`;
        if (isReached && !isSolved && isWithinReopenWindow(c, now)) {
          return reopenPlan(c, tx, { now, note: summary, data: { callback: true, satisfied: isSatisfied, words: v.words ?? null } });
        }
        return {
          data: {},
          event: { type: "CALLBACK", note: summary, isPublic: false, data: { reached: isReached, solved: isSolved, satisfied: isSatisfied } },
        };
      },
    },
    now,
  );
}
