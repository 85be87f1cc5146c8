// The audit log as an auditor reads it: Chinese action labels, the case number or item title
// instead of internal ids, readable details, filters (who, what, when, target) and a CSV export.
import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { assertPermission, type Actor } from "../auth/actor";
import { nextDate } from "../calendar/work-calendar";
import { STATUS_LABELS } from "../complaints/complaint-format";
import { csvRow, UTF8_BOM } from "../csv";
import { formatDateTime } from "../format";
import { AUDIT_TARGET_LABELS, auditActionLabel, readableDetails } from "./audit-labels";

export const AUDIT_PAGE_SIZE = 50;
const date = z.iso.date().optional().catch(undefined);

export const ZAuditFilters = z.object({
  who: z.string().trim().max(40).optional().catch(undefined),
  action: z.string().trim().max(60).optional().catch(undefined),
  from: date,
  to: date,
  target: z.string().trim().max(60).optional().catch(undefined),
  before: z.string().regex(/^\d{1,19}$/).optional().catch(undefined),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

const statusLabel = (s: string) => STATUS_LABELS[s as keyof typeof STATUS_LABELS] ?? s;

async function whereOf(f: TAuditFilters): Promise<Prisma.AuditLogWhereInput> {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (f.who) and.push({ actor: { OR: [{ username: { contains: f.who } }, { name: { contains: f.who } }] } });
  // An action, or a whole group ("complaint." for every case act).
  if (f.action) and.push(f.action.endsWith(".") ? { action: { startsWith: f.action } } : { action: f.action });
  if (f.from) and.push({ createdAt: { gte: new Date(`${f.from}T00:00:00+08:00`) } });
  if (f.to) and.push({ createdAt: { lt: new Date(`${nextDate(f.to)}T00:00:00+08:00`) } });
  if (f.target) {
    // A case number, an officer's login name or an item title; otherwise an id.
    const [complaint, officers, content] = await Promise.all([
      prisma.complaint.findUnique({ where: { trackingNo: f.target.toUpperCase() }, select: { id: true } }),
      prisma.officer.findMany({ where: { OR: [{ username: f.target }, { name: f.target }] }, select: { id: true }, take: 20 }),
      prisma.contentItem.findMany({ where: { title: { contains: f.target } }, select: { id: true }, take: 50 }),
    ]);
    const ids = [f.target, ...(complaint ? [complaint.id] : []), ...officers.map((o) => o.id), ...content.map((c) => c.id)];
    and.push({ targetId: { in: ids } });
  }
  return and.length ? { AND: and } : {};
}

type Row = Prisma.AuditLogGetPayload<{ include: { actor: { select: { name: true; username: true } } } }>;

/** Names for the targets of a page of entries, one query per kind. */
async function targetNames(rows: Row[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(rows.filter((r) => r.targetType === type && r.targetId).map((r) => r.targetId!))];
  const names = new Map<string, string>();
  const put = (type: string, list: { id: string; label: string }[]) => list.forEach((x) => names.set(`${type}:${x.id}`, x.label));
  const [complaints, orders, content, officers, batches, products, producers, categories, slas] = await Promise.all([
    prisma.complaint.findMany({ where: { id: { in: idsOf("Complaint") } }, select: { id: true, trackingNo: true } }),
    prisma.supervisionOrder.findMany({ where: { id: { in: idsOf("SupervisionOrder") } }, select: { id: true, complaint: { select: { trackingNo: true } } } }),
    prisma.contentItem.findMany({ where: { id: { in: idsOf("ContentItem") } }, select: { id: true, title: true } }),
    prisma.officer.findMany({ where: { id: { in: idsOf("Officer") } }, select: { id: true, name: true, username: true } }),
    prisma.batch.findMany({ where: { id: { in: idsOf("Batch") } }, select: { id: true, lot: true, product: { select: { name: true } } } }),
    prisma.product.findMany({ where: { id: { in: idsOf("Product") } }, select: { id: true, name: true } }),
    prisma.producer.findMany({ where: { id: { in: idsOf("Producer") } }, select: { id: true, name: true } }),
    prisma.complaintCategory.findMany({ where: { id: { in: idsOf("ComplaintCategory") } }, select: { id: true, name: true } }),
    prisma.slaClass.findMany({ where: { id: { in: idsOf("SlaClass") } }, select: { id: true, name: true } }),
  ]);
  put("Complaint", complaints.map((c) => ({ id: c.id, label: c.trackingNo })));
  put("SupervisionOrder", orders.map((o) => ({ id: o.id, label: `${o.complaint?.trackingNo ?? ""}督办单` })));
  put("ContentItem", content.map((c) => ({ id: c.id, label: `《${c.title}》` })));
  put("Officer", officers.map((o) => ({ id: o.id, label: `${o.name}（${o.username}）` })));
  put("Batch", batches.map((b) => ({ id: b.id, label: `${b.product.name} 批号${b.lot}` })));
  put("Product", products.map((p) => ({ id: p.id, label: p.name })));
  put("Producer", producers.map((p) => ({ id: p.id, label: p.name })));
  put("ComplaintCategory", categories.map((c) => ({ id: c.id, label: c.name })));
  put("SlaClass", slas.map((s) => ({ id: s.id, label: s.name })));
  return names;
}

function present(rows: Row[], names: Map<string, string>) {
  return rows.map((r) => {
    const kind = AUDIT_TARGET_LABELS[r.targetType] ?? r.targetType;
    const known = r.targetId ? names.get(`${r.targetType}:${r.targetId}`) : undefined;
    const fromDetails = (r.details as { trackingNo?: string; username?: string; title?: string; date?: string } | null) ?? {};
    const name = known ?? fromDetails.trackingNo ?? fromDetails.title ?? fromDetails.username ?? fromDetails.date ?? (r.targetId ? "（已删除）" : "");
    return {
      id: r.id.toString(),
      createdAt: r.createdAt,
      who: r.actor ? `${r.actor.name}（${r.actor.username}）` : "系统",
      action: r.action,
      actionLabel: auditActionLabel(r.action),
      targetType: r.targetType,
      targetId: r.targetId,
      target: `${kind}${name ? ` ${name}` : ""}`,
      details: readableDetails(r.details, statusLabel),
    };
  });
}
export type TAuditEntry = ReturnType<typeof present>[number];

export async function listAuditEntries({ actor, filters: raw }: { actor: Actor; filters: Record<string, unknown> }) {
  assertPermission(actor, "audit.view");
  const filters = ZAuditFilters.parse(raw);
  const where = await whereOf(filters);
  const rows = await prisma.auditLog.findMany({
    where: filters.before ? { AND: [where, { id: { lt: BigInt(filters.before) } }] } : where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    include: { actor: { select: { name: true, username: true } } },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const entries = present(page, await targetNames(page));
  return { entries, filters, nextBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id.toString() : null };
}

/** The filtered log as CSV (UTF-8 with BOM for Excel), in pages of 1,000 by id. */
export async function exportAuditCsv({ actor, filters: raw }: { actor: Actor | null; filters: Record<string, unknown> }) {
  assertPermission(actor, "audit.view");
  const filters = ZAuditFilters.parse({ ...raw, before: undefined });
  const where = await whereOf(filters);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvRow(["时间", "操作人", "操作", "对象", "详情", "操作代码"])));
      let before: bigint | undefined;
      for (;;) {
        const rows = await prisma.auditLog.findMany({
          where: before ? { AND: [where, { id: { lt: before } }] } : where,
          orderBy: { id: "desc" },
          take: 1000,
          include: { actor: { select: { name: true, username: true } } },
        });
        if (rows.length === 0) break;
        const entries = present(rows, await targetNames(rows));
        controller.enqueue(encoder.encode(entries.map((e) => csvRow([formatDateTime(e.createdAt), e.who, e.actionLabel, e.target, e.details, e.action])).join("")));
        before = rows.at(-1)!.id;
        if (rows.length < 1000) break;
      }
      controller.close();
    },
  });
  return { stream, filename: `audit-${new Date().toISOString().slice(0, 10)}.csv` };
}
