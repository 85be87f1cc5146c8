// Editors' synonyms (/officer/search-synonyms): list, save (add or change) and delete, each audited.
// Every change queues the Meilisearch settings job in the same transaction (the search sync job
// `settings/synonyms`), so the index receives the same list; the embedded backend reads the table
// itself at the next search (load-search-synonyms.ts).
import "server-only";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZSaveSearchSynonymInput } from "./search-synonyms.schema";

/** The search sync job that pushes the synonyms to Meilisearch's settings. */
export const SYNONYM_SETTINGS_JOB = { docType: "settings", docId: "synonyms" } as const;

export async function enqueueSearchSettingsSync(tx: Pick<Tx, "searchSyncJob">): Promise<void> {
  await tx.searchSyncJob.upsert({
    where: { docType_docId: SYNONYM_SETTINGS_JOB },
    create: { ...SYNONYM_SETTINGS_JOB },
    update: { seq: { increment: 1 }, attempts: 0, nextAttemptAt: new Date(), lastError: null },
  });
}

export async function listSearchSynonyms({ actor }: { actor: Actor | null }) {
  assertPermission(actor, "content.edit");
  const rows = await prisma.searchSynonym.findMany({ orderBy: [{ kind: "desc" }, { createdAt: "asc" }] });
  return rows.map((r) => ({ id: r.id, kind: r.kind as "GROUP" | "EXPANSION", term: r.term, terms: r.terms, updatedAt: r.updatedAt }));
}

export async function saveSearchSynonym({ actor, input }: { actor: Actor | null; input: Record<string, unknown> }) {
  assertPermission(actor, "content.edit");
  const data = parseInput(ZSaveSearchSynonymInput, input);
  return prisma.$transaction(async (tx) => {
    const before = data.id ? await tx.searchSynonym.findUnique({ where: { id: data.id } }) : null;
    if (data.id && !before) throw new AppError("NOT_FOUND", "这组同义词已被删除，请刷新页面。");
    if (data.kind === "EXPANSION") {
      const clash = await tx.searchSynonym.findFirst({ where: { kind: "EXPANSION", term: data.term, ...(data.id ? { id: { not: data.id } } : {}) } });
      if (clash) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { term: `“${data.term}”已有扩展词，请修改那一条。` } });
    }
    const fields = { kind: data.kind, term: data.term, terms: data.terms };
    const row = before ? await tx.searchSynonym.update({ where: { id: before.id }, data: fields }) : await tx.searchSynonym.create({ data: fields });
    await enqueueSearchSettingsSync(tx);
    await writeAudit(tx, {
      actorId: actor.id,
      action: before ? "search_synonym.updated" : "search_synonym.created",
      targetType: "SearchSynonym",
      targetId: row.id,
      details: { before: before ? { kind: before.kind, term: before.term, terms: before.terms } : null, after: fields },
    });
    return { id: row.id, isCreated: !before };
  });
}

export async function deleteSearchSynonym({ actor, id }: { actor: Actor | null; id: unknown }) {
  assertPermission(actor, "content.edit");
  if (typeof id !== "string" || !id) throw new AppError("NOT_FOUND", "没有这组同义词。");
  return prisma.$transaction(async (tx) => {
    const before = await tx.searchSynonym.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "没有这组同义词。");
    await tx.searchSynonym.delete({ where: { id } });
    await enqueueSearchSettingsSync(tx);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "search_synonym.deleted",
      targetType: "SearchSynonym",
      targetId: id,
      details: { before: { kind: before.kind, term: before.term, terms: before.terms } },
    });
    return { id };
  });
}
