// A trace record's history for the officer pages: every audited change to it, newest first, with
// who made it and, for edits, each field's previous and new value.
import "server-only";
import { prisma } from "../db";
import { assertPermission, type Actor } from "../auth/actor";

export const HISTORY_ACTIONS: Record<string, string> = {
  "trace.producer_created": "登记",
  "trace.producer_edited": "修改",
  "trace.product_created": "登记",
  "trace.product_edited": "修改",
  "trace.product_deactivated": "停用",
  "trace.batch_created": "登记",
  "trace.batch_edited": "修改",
  "trace.batch_recalled": "召回",
  "trace.recall_lifted": "解除召回",
  "trace.event_recorded": "记录环节",
  "trace.inspection_recorded": "记录检测",
  "trace.certificate_added": "添加证书",
};

export const FIELD_LABELS: Record<string, string> = {
  name: "名称",
  kind: "主体类型",
  town: "乡镇",
  village: "村",
  address: "详细地址",
  contactName: "联系人",
  phone: "联系电话",
  commitment: "质量安全承诺",
  creditCode: "统一社会信用代码",
  category: "品类",
  gtin: "商品条码",
  lot: "批次号",
  harvestStart: "采收开始",
  harvestEnd: "采收结束",
  packedAt: "包装日期",
  expiresAt: "保质期至",
  quantity: "数量",
  unit: "单位",
  originPlace: "产地",
};

export async function listRecordHistory({ actor, targetType, targetId }: { actor: Actor; targetType: "Producer" | "Product" | "Batch"; targetId: string }) {
  assertPermission(actor, "trace.read");
  const rows = await prisma.auditLog.findMany({
    where: { targetType, targetId, action: { startsWith: "trace." } },
    orderBy: { id: "desc" },
    take: 100,
    include: { actor: { select: { name: true } } },
  });
  return rows.map((r) => {
    const details = (r.details ?? {}) as { changes?: Record<string, { from: string | null; to: string | null }>; reason?: string; recallReason?: string | null };
    return {
      id: String(r.id),
      at: r.createdAt,
      who: r.actor?.name ?? "对接系统",
      what: HISTORY_ACTIONS[r.action] ?? r.action,
      changes: Object.entries(details.changes ?? {}).map(([field, c]) => ({ field: FIELD_LABELS[field] ?? field, from: c.from, to: c.to })),
      reason: details.reason ?? null,
    };
  });
}
