// Changes an SLA class (DESIGN.md: deadline classes after the 12345 hotline practice). Cases keep
// the deadline they were given when filed; a change applies to cases filed afterwards.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZUpdateSlaClassInput } from "./settings.schema";

export async function updateSlaClass({ actor, input }: { actor: Actor | null; input: Record<string, unknown> }) {
  assertPermission(actor, "settings.manage");
  const data = parseInput(ZUpdateSlaClassInput, input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.slaClass.findUnique({ where: { id: data.slaClassId } });
    if (!before) throw new AppError("NOT_FOUND", "未找到该时限类别。");
    const after = await tx.slaClass.update({
      where: { id: before.id },
      data: { name: data.name, unit: data.unit, amount: data.amount, acceptHours: data.acceptHours },
    });
    const pick = (s: typeof before) => ({ name: s.name, unit: s.unit, amount: s.amount, acceptHours: s.acceptHours });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "sla_class.updated",
      targetType: "SlaClass",
      targetId: after.id,
      details: { code: after.code, before: pick(before), after: pick(after) },
    });
    return after;
  });
}
