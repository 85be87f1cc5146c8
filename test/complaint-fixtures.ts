// Fixtures for complaint tests: a department with a head and a handler, a category with an SLA
// class, and cases filed through the real filing path (draft, then fileComplaint).
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { OfficerRole, SlaUnit } from "@/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { newDraftId, saveComplaintDraft } from "@/lib/complaints/complaint-drafts";
import { fileComplaint } from "@/lib/complaints/file-complaint";
import { unique } from "./factories";

let passwordHash: string | undefined;

export async function addOfficer(departmentId: string, role: OfficerRole, phone?: string): Promise<Actor> {
  passwordHash ??= await hashPassword("Secret123");
  const o = await prisma.officer.create({
    data: { username: unique("o"), name: `${role}${unique("")}`.slice(0, 20), role, departmentId, passwordHash, phone: phone ?? `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}` },
  });
  return { id: o.id, name: o.name, username: o.username, role: o.role, departmentId: o.departmentId };
}

export async function createComplaintSetup(options: { unit?: SlaUnit; amount?: number; fallbackOwner?: boolean } = {}) {
  const department = await prisma.department.create({ data: { code: unique("D_"), name: unique("测试局"), isFallbackOwner: options.fallbackOwner ?? false } });
  const sla = await prisma.slaClass.create({ data: { code: unique("SLA_"), name: "一般类", unit: options.unit ?? "WORKING_DAYS", amount: options.amount ?? 7 } });
  const category = await prisma.complaintCategory.create({ data: { code: unique("C_"), name: "道路交通", departmentId: department.id, slaClassId: sla.id } });
  const head = await addOfficer(department.id, "DEPARTMENT_HEAD");
  const handler = await addOfficer(department.id, "HANDLER");
  return { department, sla, category, head, handler };
}

export function answers(categoryId: string, overrides: Record<string, string> = {}) {
  return {
    categoryId,
    title: "解放路路面塌陷",
    description: "解放路与人民路交叉口东侧路面塌陷，约两米宽，夜间很危险。",
    address: "城关镇解放路18号门口",
    occurredOn: "",
    citizenName: "王建国",
    citizenPhone: "13812345678",
    consentToPublish: "yes",
    ...overrides,
  };
}

export async function fileTestComplaint(categoryId: string, overrides: Record<string, string> = {}, now = new Date()) {
  const draftId = newDraftId();
  await saveComplaintDraft({ draftId, values: answers(categoryId, overrides) });
  const receipt = await fileComplaint({ draftId, now });
  const complaint = await prisma.complaint.findUniqueOrThrow({ where: { id: receipt.complaintId } });
  return { draftId, receipt, complaint };
}

/**
 * A filed case as 办理结果 (and Open311) show it: resolved, the citizen consented, an officer
 * approved the published text. Only such cases are public.
 */
export async function publishTestComplaint(complaintId: string, publicationText = "经核查，问题已处理。", now = new Date()) {
  return prisma.complaint.update({
    where: { id: complaintId },
    data: { status: "RESOLVED", resolvedAt: now, consentToPublish: true, publicationApprovedAt: now, publicationText },
  });
}
