// What the officer content pages read (content.edit): the list with filters, one item with its
// history and attachments, one earlier version.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "../auth/actor";
import { prisma } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZContentListFilter } from "./content.schema";

const PAGE_SIZE = 30;

export async function listOfficerContent({ actor, filter }: { actor: Actor; filter: Record<string, unknown> }) {
  assertPermission(actor, "content.edit");
  const { type, status, page = 1 } = parseInput(ZContentListFilter, filter);
  const where: Prisma.ContentItemWhereInput = { ...(type ? { type } : {}), ...(status ? { status } : {}) };
  const [items, total] = await Promise.all([
    prisma.contentItem.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, type: true, slug: true, title: true, status: true, publishAt: true, publishedAt: true, updatedAt: true, version: true },
    }),
    prisma.contentItem.count({ where }),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), type, status };
}

export async function getOfficerContent({ actor, contentId }: { actor: Actor; contentId: string }) {
  assertPermission(actor, "content.edit");
  const item = await prisma.contentItem.findUnique({
    where: { id: contentId },
    include: {
      supersededBy: { select: { slug: true } },
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      versions: { select: { version: true, createdAt: true, snapshot: true, editor: { select: { name: true } } }, orderBy: { version: "desc" } },
    },
  });
  if (!item) throw new AppError("NOT_FOUND", "该内容不存在或已被删除。");
  return {
    ...item,
    versions: item.versions.map((v) => ({ version: v.version, createdAt: v.createdAt, editor: v.editor?.name ?? "系统", action: String((v.snapshot as Record<string, unknown>)?.action ?? "") })),
  };
}

export async function getContentVersion({ actor, contentId, version }: { actor: Actor; contentId: string; version: number }) {
  assertPermission(actor, "content.edit");
  const row = await prisma.contentVersion.findUnique({
    where: { contentId_version: { contentId, version } },
    include: { editor: { select: { name: true } }, content: { select: { id: true, title: true, version: true, type: true, status: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", `没有第${version}版。`);
  return { ...row, snapshot: row.snapshot as Record<string, unknown> };
}

export async function listDepartmentOptions() {
  const rows = await prisma.department.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return rows.map((d) => ({ value: d.id, label: d.name }));
}
