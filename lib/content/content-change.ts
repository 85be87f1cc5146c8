// The one way a ContentItem changes (create aside): inside one transaction, the update with the
// expected `version` in its WHERE (optimistic locking, CONVENTIONS.md "Transactions"), a
// ContentVersion snapshot of the result (the history: who, when, what), the audit entry and
// the search-index job. A lost race writes nothing and says who changed the item and when.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ContentItem } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor";
import { prisma, type Tx } from "../db";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../errors";
import { formatDateTime } from "../format";
import { enqueueSearchSync } from "../search/enqueue-search-sync";
import { snapshotOf } from "./content-snapshot";

/** A stale form: carries the current version so the form can offer to save over it. */
export class ContentConflictError extends AppError {
  readonly currentVersion: number;
  constructor(message: string, currentVersion: number) {
    super("CONFLICT", message);
    this.currentVersion = currentVersion;
  }
}

export async function recordContentChange(tx: Tx, actor: Actor, item: ContentItem, action: string, auditAction: string, details?: Prisma.InputJsonValue) {
  await tx.contentVersion.create({
    data: { contentId: item.id, version: item.version, snapshot: snapshotOf(item, action), editorId: actor.id },
  });
  await writeAudit(tx, { actorId: actor.id, action: auditAction, targetType: "ContentItem", targetId: item.id, details: details ?? { version: item.version, title: item.title } });
  await enqueueSearchSync(tx, [{ type: "content", id: item.id }]);
}

async function conflict(tx: Tx, contentId: string): Promise<AppError> {
  const current = await tx.contentItem.findUnique({ where: { id: contentId }, select: { version: true } });
  if (!current) return new AppError("NOT_FOUND", "该内容不存在或已被删除。");
  const last = await tx.contentVersion.findFirst({
    where: { contentId },
    orderBy: { version: "desc" },
    include: { editor: { select: { name: true } } },
  });
  const who = last?.editor?.name ?? "他人";
  const when = last ? formatDateTime(last.createdAt) : "";
  return new ContentConflictError(
    `保存失败：在您编辑期间，该内容已被${who}于${when}修改（当前为第${current.version}版）。您填写的内容仍保留在下方；可先在“版本记录”中查看对方的修改，再次点击保存将以您的内容覆盖（对方的版本仍可从版本记录恢复）。`,
    current.version,
  );
}

export interface ChangeSpec {
  actor: Actor;
  contentId: string;
  expectedVersion: number;
  /** What the history calls this change: 保存, 发布, 定时发布, 撤回, 恢复第3版 */
  action: string;
  auditAction: string;
  /** Checks the loaded item (state, permission) and returns the update. */
  plan: (item: ContentItem, tx: Tx) => Promise<Prisma.ContentItemUncheckedUpdateInput> | Prisma.ContentItemUncheckedUpdateInput;
  details?: Prisma.InputJsonValue;
}

export async function changeContent(spec: ChangeSpec): Promise<ContentItem> {
  return prisma.$transaction(async (tx) => {
    const item = await tx.contentItem.findUnique({ where: { id: spec.contentId } });
    if (!item) throw new AppError("NOT_FOUND", "该内容不存在或已被删除。");
    if (item.version !== spec.expectedVersion) throw await conflict(tx, item.id);
    const data = await spec.plan(item, tx);
    const updated = await tx.contentItem.updateMany({
      where: { id: item.id, version: spec.expectedVersion },
      data: { ...(data as Prisma.ContentItemUncheckedUpdateManyInput), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await conflict(tx, item.id);
    const fresh = await tx.contentItem.findUniqueOrThrow({ where: { id: item.id } });
    await recordContentChange(tx, spec.actor, fresh, spec.action, spec.auditAction, spec.details);
    return fresh;
  });
}
