// The Meilisearch backend against a fake Meilisearch HTTP server on 127.0.0.1 that records every
// request: the index settings, the documents and the searches it sends, and that a failed task
// or an outage is an error (so the job processor retries). With MEILISEARCH_HOST set, the last
// block runs the same backend against the live server.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createOfficer, unique } from "@/test/factories";
import { saveSearchSynonym, SYNONYM_SETTINGS_JOB } from "./manage-search-synonyms";
import { enqueueSearchSync } from "./enqueue-search-sync";
import { createMeilisearchBackend, meilisearchQuery, MEILISEARCH_SETTINGS } from "./meilisearch-backend";
import { processSearchSyncBatch } from "./process-search-sync";
import type { SearchDocument } from "./search-types";

interface Recorded {
  method: string;
  path: string;
  body: unknown;
  authorization?: string;
}

let server: Server;
let host: string;
const requests: Recorded[] = [];
let failTasks = false;
let nextTaskUid = 1;
let searchAnswer: Record<string, unknown> = {};

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : undefined;
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = req.url ?? "";
    requests.push({ method: req.method ?? "", path, body, authorization: req.headers.authorization });
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(value));
    };
    const task = /^\/tasks\/(\d+)/.exec(path);
    if (req.method === "GET" && task) {
      return json(200, {
        uid: Number(task[1]),
        status: failTasks ? "failed" : "succeeded",
        type: "documentAdditionOrUpdate",
        error: failTasks ? { message: "disk full", code: "internal", type: "internal", link: "" } : null,
        enqueuedAt: new Date().toISOString(),
      });
    }
    if (req.method === "POST" && path.startsWith("/indexes/portal/search")) return json(200, searchAnswer);
    return json(202, { taskUid: nextTaskUid++, indexUid: "portal", status: "enqueued", type: "x", enqueuedAt: new Date().toISOString() });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests.length = 0;
  failTasks = false;
});

const DOC: SearchDocument = {
  type: "content",
  id: "cm1abc",
  kind: "SERVICE_GUIDE",
  title: "城乡居民养老保险参保登记",
  body: "年满16周岁的城乡居民可以参保。",
  url: "/guides/pension",
  publishedAt: new Date("2026-03-15T01:00:00Z"),
};

describe("Meilisearch backend requests", () => {
  it("creates the index and sends its settings once, then the documents with bigrams", async () => {
    const backend = createMeilisearchBackend({ host, apiKey: "master-key-for-test" });
    await backend.upsert([DOC]);
    await backend.upsert([{ ...DOC, id: "cm2def" }]);
    const writes = requests.filter((r) => r.method !== "GET");
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /indexes",
      "PATCH /indexes/portal/settings",
      "POST /indexes/portal/documents?primaryKey=key",
      "POST /indexes/portal/documents?primaryKey=key",
    ]);
    expect(writes[0].body).toEqual({ uid: "portal", primaryKey: "key" });
    expect(writes[0].authorization).toBe("Bearer master-key-for-test");

    const settings = writes[1].body as typeof MEILISEARCH_SETTINGS;
    expect(settings.searchableAttributes).toEqual(["title", "titleGrams", "titlePinyin", "body", "bodyGrams"]);
    expect(settings.stopWords).toEqual(expect.arrayContaining(["怎么", "哪里", "需要"]));
    expect(settings.filterableAttributes).toEqual(["kind", "type"]);
    // `attribute` after `words`: a title match ranks above a body-only match.
    expect(settings.rankingRules).toEqual(["words", "typo", "proximity", "attribute", "sort", "exactness", "publishedAt:desc"]);
    // The same synonyms as the embedded backend: groups both ways, expansions one way.
    expect(settings.synonyms).toMatchObject({
      医保: ["医疗保险", "基本医疗保险"],
      医疗保险: ["医保", "基本医疗保险"],
      低保: ["最低生活保障"],
      最低生活保障: ["低保"],
      公积金: ["住房公积金"],
      营业执照: ["工商执照"],
      包菜: ["甘蓝", "卷心菜", "圆白菜", "洋白菜"],
      park: ["园区", "工业园区", "产业园"],
    });
    expect(settings.synonyms!["社保"]).toEqual(expect.arrayContaining(["社会保险", "养老保险", "医疗保险"]));
    expect(settings.synonyms!["养老保险"]).not.toContain("医疗保险");

    expect(writes[2].body).toEqual([
      {
        key: "content-cm1abc",
        type: "content",
        id: "cm1abc",
        kind: "SERVICE_GUIDE",
        title: "城乡居民养老保险参保登记",
        titleGrams: "城乡 乡居 居民 民养 养老 老保 保险 险参 参保 保登 登记",
        titlePinyin: expect.stringContaining("yanglaobaoxian"),
        body: "年满16周岁的城乡居民可以参保。",
        bodyGrams: "年满 周岁 岁的 的城 城乡 乡居 居民 民可 可以 以参 参保",
        url: "/guides/pension",
        publishedAt: 1773536400,
      },
    ]);
  });

  it("removes by document key", async () => {
    const backend = createMeilisearchBackend({ host });
    await backend.remove([{ type: "complaint", id: "c1" }, { type: "product", id: "p1" }]);
    const remove = requests.find((r) => r.path === "/indexes/portal/documents/delete-batch");
    expect(remove?.body).toEqual(["complaint-c1", "product-p1"]);
  });

  it("searches with the kind facet, a kind filter and pages, and maps the hits", async () => {
    searchAnswer = {
      hits: [{ type: "content", id: "cm1abc", kind: "SERVICE_GUIDE", title: DOC.title, body: DOC.body, url: DOC.url, publishedAt: 1773536400 }],
      totalHits: 11,
      totalPages: 2,
      page: 2,
      hitsPerPage: 10,
      facetDistribution: { kind: { SERVICE_GUIDE: 11, POLICY: 3 } },
      processingTimeMs: 1,
      query: "养老保险",
    };
    const backend = createMeilisearchBackend({ host });
    const result = await backend.search({ query: " 养老保险 ", kind: "SERVICE_GUIDE", page: 2, pageSize: 10 });
    const searches = requests.filter((r) => r.path === "/indexes/portal/search");
    expect(searches[0].body).toMatchObject({ q: "养老保险", filter: 'kind = "SERVICE_GUIDE"', facets: ["kind"], page: 2, hitsPerPage: 10, matchingStrategy: "frequency" });
    // The counts per kind come from the query without the kind filter.
    expect(searches[1].body).toMatchObject({ q: "养老保险", facets: ["kind"], hitsPerPage: 0 });
    expect(searches[1].body).not.toHaveProperty("filter");
    expect(result).toEqual({
      hits: [{ ...DOC, publishedAt: new Date(1773536400 * 1000) }],
      total: 11,
      facets: { SERVICE_GUIDE: 11, POLICY: 3 },
    });
  });

  it("asks for the query as the embedded backend reads it: simplified, corrected, without question words", async () => {
    expect(meilisearchQuery("低保怎么申請")).toBe("低保 申请");
    expect(meilisearchQuery("去哪里办營業直照")).toBe("营业执照");
    expect(meilisearchQuery("2027年医保")).toBe("2027 医保");
    expect(meilisearchQuery("yyzz")).toBe("yyzz 营业执照");
    const backend = createMeilisearchBackend({ host });
    await backend.search({ query: "底保怎么办", page: 1, pageSize: 10 });
    expect(requests.find((r) => r.path === "/indexes/portal/search")?.body).toMatchObject({ q: "低保" });
  });

  it("throws when Meilisearch reports the task failed", async () => {
    const backend = createMeilisearchBackend({ host });
    failTasks = true;
    await expect(backend.upsert([DOC])).rejects.toThrow(/could not create the index|failed/);
  });

  it("keeps the job when Meilisearch is down, and indexes it when it is back", async () => {
    const item = await prisma.contentItem.create({
      data: { type: "POLICY", slug: unique("p-"), title: "桐川县住房公积金提取管理办法", body: "正文", status: "PUBLISHED", publishedAt: new Date("2026-01-01T00:00:00Z") },
    });
    await enqueueSearchSync(prisma, [{ type: "content", id: item.id }]);
    const now = new Date();
    // Nothing listens on port 9 of the loopback: connection refused, like a stopped server.
    const down = createMeilisearchBackend({ host: "http://127.0.0.1:9", timeoutMs: 2000 });
    await processSearchSyncBatch({ backend: down, now, limit: 500 });
    const job = await prisma.searchSyncJob.findUnique({ where: { docType_docId: { docType: "content", docId: item.id } } });
    expect(job).toMatchObject({ attempts: 1 });
    expect(job!.lastError).toBeTruthy();

    const up = createMeilisearchBackend({ host });
    await processSearchSyncBatch({ backend: up, now: new Date(now.getTime() + 3_600_000), limit: 500 });
    expect(await prisma.searchSyncJob.findUnique({ where: { docType_docId: { docType: "content", docId: item.id } } })).toBeNull();
    const sent = requests.filter((r) => r.path.startsWith("/indexes/portal/documents?")).flatMap((r) => r.body as { id: string }[]);
    expect(sent.map((d) => d.id)).toContain(item.id);
  });

  it("sends the settings again with the editors' synonyms after an edit, through the settings job", async () => {
    const { actor } = await createOfficer({ role: "CONTENT_EDITOR" });
    await saveSearchSynonym({ actor, input: { kind: "GROUP", terms: "绿球菜 甘蓝" } });
    const backend = createMeilisearchBackend({ host });
    await processSearchSyncBatch({ backend, limit: 500 });
    expect(await prisma.searchSyncJob.count({ where: SYNONYM_SETTINGS_JOB })).toBe(0);
    const patches = requests.filter((r) => r.method === "PATCH" && r.path === "/indexes/portal/settings");
    expect(patches.length).toBeGreaterThanOrEqual(1);
    const synonyms = (patches.at(-1)!.body as typeof MEILISEARCH_SETTINGS).synonyms!;
    expect(synonyms["绿球菜"]).toEqual(["甘蓝"]);
    // The table is the list now: the code list's groups are not sent unless they are in it.
    expect(synonyms["社保"]).toBeUndefined();

    // Meilisearch down: the job stays and is tried again.
    await saveSearchSynonym({ actor, input: { kind: "EXPANSION", term: "社保", terms: "社会保险" } });
    await processSearchSyncBatch({ backend: createMeilisearchBackend({ host: "http://127.0.0.1:9", timeoutMs: 2000 }), limit: 500 });
    expect(await prisma.searchSyncJob.findUnique({ where: { docType_docId: SYNONYM_SETTINGS_JOB } })).toMatchObject({ attempts: 1 });
  });
});

// Runs only against a live Meilisearch (MEILISEARCH_HOST=http://127.0.0.1:7700 npx vitest run ...).
describe.skipIf(!process.env.MEILISEARCH_HOST)("Meilisearch backend against the live server", () => {
  it("indexes, finds by synonym and by kind, and removes", { timeout: 120_000 }, async () => {
    const backend = createMeilisearchBackend({ host: process.env.MEILISEARCH_HOST!, apiKey: process.env.MEILISEARCH_API_KEY, indexUid: unique("portal_test_") });
    await backend.reset();
    await backend.upsert([
      DOC,
      { ...DOC, id: "dibao", kind: "POLICY", title: "桐川县农村居民最低生活保障实施办法", body: "申请条件与保障标准。", url: "/policies/dibao" },
    ]);
    const bySynonym = await backend.search({ query: "低保", page: 1, pageSize: 10 });
    expect(bySynonym.hits.map((h) => h.id)).toContain("dibao");
    const inWord = await backend.search({ query: "老保", page: 1, pageSize: 10 });
    expect(inWord.hits.map((h) => h.id)).toContain("cm1abc");
    const narrowed = await backend.search({ query: "桐川县", kind: "POLICY", page: 1, pageSize: 10 });
    expect(narrowed.hits.every((h) => h.kind === "POLICY")).toBe(true);
    await backend.remove([{ type: "content", id: "dibao" }]);
    expect((await backend.search({ query: "低保", page: 1, pageSize: 10 })).total).toBe(0);
  });
});
