// Editors' synonyms: validation, audit, the version counter that makes every instance reload, a
// search on the embedded backend that uses an edit at once, and the Meilisearch settings job.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { createOfficer } from "@/test/factories";
import { isAppError } from "../errors";
import { seedSearchSynonyms } from "../seed/seed-reference-data";
import { createEmbeddedBackend } from "./embedded-backend";
import { refreshSearchSynonyms } from "./load-search-synonyms";
import { deleteSearchSynonym, listSearchSynonyms, saveSearchSynonym, SYNONYM_SETTINGS_JOB } from "./manage-search-synonyms";
import { processSearchSyncBatch } from "./process-search-sync";
import type { SearchBackend, SearchDocument } from "./search-types";
import { synonymsOf } from "./synonyms";
import { readSettingsVersion } from "../settings/versioned-cache";

const backend = createEmbeddedBackend();
const doc = (id: string, title: string, body: string): SearchDocument => ({
  type: "content", id, kind: "NOTICE", title, body, url: `/x/${id}`, publishedAt: new Date("2026-11-01T00:00:00Z"),
});

beforeAll(async () => {
  await backend.upsert([
    doc("ganlan", "冬季甘蓝田间管理技术要点", "甘蓝进入结球期，注意防冻。"),
    doc("potato", "马铃薯晚疫病防治", "阴雨天气注意马铃薯晚疫病。"),
  ]);
});

const editor = async () => (await createOfficer({ role: "CONTENT_EDITOR" })).actor;
const ids = async (q: string) => (await backend.search({ query: q, page: 1, pageSize: 10 })).hits.map((h) => h.id);

describe("editors' search synonyms", () => {
  it("an editor adds 包菜 → 甘蓝 and a search for 包菜 finds the 甘蓝 page; deleting it takes it away", async () => {
    const actor = await editor();
    // The table as a fresh database has it: empty, so the code list is in force until the first edit.
    const v0 = await readSettingsVersion("search-synonyms");
    const saved = await saveSearchSynonym({ actor, input: { kind: "EXPANSION", term: "包菜", terms: "甘蓝" } });
    expect(await readSettingsVersion("search-synonyms")).toBeGreaterThan(v0);
    expect(await ids("包菜")).toContain("ganlan");
    expect(synonymsOf("包菜")).toEqual(["甘蓝"]);

    const audit = await prisma.auditLog.findFirst({ where: { targetId: saved.id, action: "search_synonym.created" } });
    expect(audit).not.toBeNull();

    await deleteSearchSynonym({ actor, id: saved.id });
    expect(await ids("包菜")).not.toContain("ganlan");
    expect(await prisma.auditLog.count({ where: { targetId: saved.id, action: "search_synonym.deleted" } })).toBe(1);
  });

  it("a new word of a group (洋芋 with 马铃薯, 土豆) is read as one word and finds the page", async () => {
    const actor = await editor();
    const { id } = await saveSearchSynonym({ actor, input: { kind: "GROUP", terms: "洋芋，马铃薯 土豆" } });
    expect(await ids("洋芋怎么防治晚疫病")).toContain("potato");
    expect(await ids("土豆")).toContain("potato");
    await saveSearchSynonym({ actor, input: { id, kind: "GROUP", terms: "洋芋 马铃薯" } });
    await refreshSearchSynonyms(); // what the next search does
    expect(synonymsOf("土豆")).toEqual([]);
    const list = await listSearchSynonyms({ actor });
    expect(list.find((r) => r.id === id)?.terms).toEqual(["洋芋", "马铃薯"]);
  });

  it("rejects what cannot be a synonym with messages per field", async () => {
    const actor = await editor();
    const fails = async (input: Record<string, unknown>) => {
      try {
        await saveSearchSynonym({ actor, input });
        expect.unreachable();
      } catch (err) {
        expect(isAppError(err, "VALIDATION")).toBe(true);
        return (err as { fieldErrors: Record<string, string> }).fieldErrors;
      }
    };
    expect(await fails({ kind: "GROUP", terms: "甘蓝" })).toHaveProperty("terms");
    expect(await fails({ kind: "EXPANSION", term: "", terms: "甘蓝" })).toHaveProperty("term");
    expect(await fails({ kind: "EXPANSION", term: "包菜", terms: "包菜" })).toHaveProperty("terms");
    expect(await fails({ kind: "GROUP", terms: "a-b <x>" })).toHaveProperty("terms");
    expect(await fails({ kind: "OTHER", terms: "甲 乙" })).toHaveProperty("kind");
  });

  it("a citizen-facing officer without content.edit may not change synonyms", async () => {
    const { actor } = await createOfficer({ role: "HANDLER" });
    await expect(saveSearchSynonym({ actor, input: { kind: "GROUP", terms: "甲 乙" } })).rejects.toThrow();
  });

  it("an edit queues the settings job, which sends the backend its settings again", async () => {
    const actor = await editor();
    await saveSearchSynonym({ actor, input: { kind: "EXPANSION", term: "橘子", terms: "柑橘" } });
    expect(await prisma.searchSyncJob.count({ where: SYNONYM_SETTINGS_JOB })).toBe(1);
    let applied = 0;
    const fake: SearchBackend = { ...backend, applySettings: async () => { applied++; } };
    await processSearchSyncBatch({ backend: fake });
    expect(applied).toBe(1);
    expect(await prisma.searchSyncJob.count({ where: SYNONYM_SETTINGS_JOB })).toBe(0);
  });

  it("the seed writes the code list once, and not again after the editors changed it", async () => {
    await prisma.searchSynonym.deleteMany();
    await seedSearchSynonyms(prisma);
    expect(await prisma.searchSynonym.count()).toBe(0); // the list was edited before: nothing comes back
    await refreshSearchSynonyms();
    expect(synonymsOf("社保")).toEqual([]);
  });
});
