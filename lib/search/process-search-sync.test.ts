// The search index job processor, on the test's real database with the embedded backend (and a
// failing backend standing in for a Meilisearch outage).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createDepartment, unique } from "@/test/factories";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { acceptComplaint } from "../complaints/accept-complaint";
import { approvePublication } from "../complaints/approve-publication";
import { rateComplaint } from "../complaints/rate-complaint";
import { resolveComplaint } from "../complaints/resolve-complaint";
import { createProduct } from "../trace/create-product";
import { deactivateProduct } from "../trace/deactivate-product";
import { createEmbeddedBackend } from "./embedded-backend";
import { enqueueSearchSync } from "./enqueue-search-sync";
import { loadSearchDocument } from "./load-search-document";
import { drainSearchSync, processSearchSyncBatch, SEARCH_SYNC_BACKOFF_MS } from "./process-search-sync";
import type { SearchBackend } from "./search-types";

const backend = createEmbeddedBackend();
const SECOND = 1000;

async function createContent(data: Partial<{ title: string; body: string; status: "DRAFT" | "PUBLISHED" | "SCHEDULED"; publishAt: Date; publishedAt: Date }> = {}) {
  const item = await prisma.contentItem.create({
    data: {
      type: "SERVICE_GUIDE",
      slug: unique("guide-"),
      title: data.title ?? unique("城乡居民养老保险参保登记"),
      body: data.body ?? "年满16周岁的城乡居民可以参保。",
      status: data.status ?? "PUBLISHED",
      publishAt: data.publishAt,
      publishedAt: data.publishedAt ?? (data.status === "SCHEDULED" ? null : new Date("2026-01-01T00:00:00Z")),
    },
  });
  await enqueueSearchSync(prisma, [{ type: "content", id: item.id }]);
  return item;
}

const indexed = (docId: string) => prisma.searchDocument.findUnique({ where: { docType_docId: { docType: "content", docId } } });
const job = (docType: string, docId: string) => prisma.searchSyncJob.findUnique({ where: { docType_docId: { docType, docId } } });

/** A backend that fails every write, like Meilisearch while it is down. */
function brokenBackend(): SearchBackend & { calls: number } {
  const b = {
    ...backend,
    calls: 0,
    async upsert() {
      b.calls++;
      throw new Error("connect ECONNREFUSED 127.0.0.1:7700");
    },
    async remove() {
      b.calls++;
      throw new Error("connect ECONNREFUSED 127.0.0.1:7700");
    },
  };
  return b;
}

describe("processSearchSyncBatch", () => {
  it("indexes a published document with its public URL and deletes the job", async () => {
    const item = await createContent();
    await drainSearchSync({ backend });
    const doc = await indexed(item.id);
    expect(doc).toMatchObject({ kind: "SERVICE_GUIDE", title: item.title, url: `/guides/${item.slug}` });
    expect(await job("content", item.id)).toBeNull();
    const found = await backend.search({ query: "老保", page: 1, pageSize: 50 });
    expect(found.hits.map((h) => h.id)).toContain(item.id);
  });

  it("removes a document that is no longer public", async () => {
    const item = await createContent();
    await drainSearchSync({ backend });
    await prisma.contentItem.update({ where: { id: item.id }, data: { status: "DRAFT" } });
    await enqueueSearchSync(prisma, [{ type: "content", id: item.id }]);
    const result = await drainSearchSync({ backend });
    expect(result.removed).toBeGreaterThanOrEqual(1);
    expect(await indexed(item.id)).toBeNull();
    expect(await job("content", item.id)).toBeNull();
  });

  it("keeps the job with attempts, error and backoff when the backend fails, and indexes it once the backend is back", async () => {
    const item = await createContent();
    const now = new Date();
    const broken = brokenBackend();
    const first = await processSearchSyncBatch({ backend: broken, now, limit: 500 });
    expect(first.retried).toBeGreaterThanOrEqual(1);
    expect(broken.calls).toBeGreaterThan(0);
    const kept = await job("content", item.id);
    expect(kept).toMatchObject({ attempts: 1, lastError: "connect ECONNREFUSED 127.0.0.1:7700" });
    expect(kept!.nextAttemptAt.getTime()).toBe(now.getTime() + SEARCH_SYNC_BACKOFF_MS[0]);
    expect(await indexed(item.id)).toBeNull();

    // Not due yet: nothing is claimed before the backoff ends.
    await processSearchSyncBatch({ backend: broken, now: new Date(now.getTime() + SEARCH_SYNC_BACKOFF_MS[0] - SECOND), limit: 500 });
    expect((await job("content", item.id))!.attempts).toBe(1);

    const second = await processSearchSyncBatch({ backend: broken, now: new Date(now.getTime() + SEARCH_SYNC_BACKOFF_MS[0]), limit: 500 });
    expect(second.retried).toBeGreaterThanOrEqual(1);
    const again = await job("content", item.id);
    expect(again!.attempts).toBe(2);
    expect(again!.nextAttemptAt.getTime()).toBe(now.getTime() + SEARCH_SYNC_BACKOFF_MS[0] + SEARCH_SYNC_BACKOFF_MS[1]);

    await drainSearchSync({ backend, now: new Date(now.getTime() + 3_600_000) });
    expect(await indexed(item.id)).not.toBeNull();
    expect(await job("content", item.id)).toBeNull();
  });

  it("indexes again a document that changed while it was being indexed", async () => {
    const item = await createContent({ title: "旧标题：个体工商户设立登记" });
    let isFirstRead = true;
    const result = await processSearchSyncBatch({
      backend,
      limit: 500,
      load: async (ref, now) => {
        const state = await loadSearchDocument(ref, now);
        if (ref.id === item.id && isFirstRead) {
          isFirstRead = false;
          // An editor saves while the worker holds the old text.
          await prisma.$transaction(async (tx) => {
            await tx.contentItem.update({ where: { id: item.id }, data: { title: "新标题：个体工商户变更登记" } });
            await enqueueSearchSync(tx, [{ type: "content", id: item.id }]);
          });
        }
        return state;
      },
    });
    expect(result.indexed).toBeGreaterThanOrEqual(1);
    expect((await indexed(item.id))!.title).toBe("旧标题：个体工商户设立登记");
    expect((await job("content", item.id))!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());

    await drainSearchSync({ backend });
    expect((await indexed(item.id))!.title).toBe("新标题：个体工商户变更登记");
    expect(await job("content", item.id)).toBeNull();
  });

  it("a second worker finishing the newer state first cannot leave the older text in the index", async () => {
    const item = await createContent({ title: unique("即将撤回的通知") });
    let isFirstRead = true;
    await processSearchSyncBatch({
      backend,
      limit: 500,
      load: async (ref, now) => {
        const state = await loadSearchDocument(ref, now);
        if (ref.id === item.id && isFirstRead) {
          isFirstRead = false;
          // The editor withdraws the item while this worker holds it as public...
          await prisma.$transaction(async (tx) => {
            await tx.contentItem.update({ where: { id: item.id }, data: { status: "UNPUBLISHED" } });
            await enqueueSearchSync(tx, [{ type: "content", id: item.id }]);
          });
          // ...and another worker takes the newer job, removes the document and deletes the job.
          await processSearchSyncBatch({ backend, limit: 500 });
          expect(await job("content", item.id)).toBeNull();
        }
        return state;
      },
    });
    // This worker's older write landed last, so it queued the document once more.
    expect(await indexed(item.id)).not.toBeNull();
    expect(await job("content", item.id)).not.toBeNull();
    await drainSearchSync({ backend });
    expect(await indexed(item.id)).toBeNull();
  });

  it("keeps scheduled content out of the index until its publishAt, then indexes it", async () => {
    const publishAt = new Date(Date.now() + 3_600_000);
    const item = await createContent({ status: "SCHEDULED", publishAt });
    const now = new Date();
    // It was public once (an earlier version): the index must drop it now.
    await backend.upsert([{ type: "content", id: item.id, kind: "SERVICE_GUIDE", title: item.title, body: "", url: "/guides/x", publishedAt: null }]);

    const result = await processSearchSyncBatch({ backend, now, limit: 500 });
    expect(result.scheduled).toBeGreaterThanOrEqual(1);
    expect(await indexed(item.id)).toBeNull();
    expect(await job("content", item.id)).toMatchObject({ nextAttemptAt: publishAt, attempts: 0 });

    await drainSearchSync({ backend, now: new Date(publishAt.getTime() - SECOND) });
    expect(await indexed(item.id)).toBeNull();

    await drainSearchSync({ backend, now: publishAt });
    expect(await indexed(item.id)).toMatchObject({ title: item.title });
    expect(await job("content", item.id)).toBeNull();
  });

  it("indexes a trace product on creation and removes it when withdrawn", async () => {
    const department = await createDepartment();
    const actor = await addOfficer(department.id, "TRACE_OPERATOR");
    const producer = await prisma.producer.create({ data: { name: unique("清溪合作社"), kind: "COOPERATIVE", town: "清溪镇", village: "桃花村" } });
    const product = await createProduct({ actor, input: { producerId: producer.id, name: "高山冬桃", category: "水果", gtin: "" } });
    // No GTIN, no public page: queued, but not indexed.
    await drainSearchSync({ backend });
    expect(await prisma.searchDocument.findFirst({ where: { docId: product.id } })).toBeNull();

    await prisma.product.update({ where: { id: product.id }, data: { gtin: "06900000099995" } });
    await enqueueSearchSync(prisma, [{ type: "product", id: product.id }]);
    await drainSearchSync({ backend });
    expect(await prisma.searchDocument.findFirst({ where: { docId: product.id } })).toMatchObject({ kind: "PRODUCT", url: "/trace/product/06900000099995" });

    await deactivateProduct({ actor, input: { productId: product.id, reason: "抽检不合格" } });
    expect(await job("product", product.id)).not.toBeNull();
    await drainSearchSync({ backend });
    expect(await prisma.searchDocument.findFirst({ where: { docId: product.id } })).toBeNull();
  });

  it("indexes a case once its publication is approved, masked, and removes it when a redo reopens it", async () => {
    const { category, head } = await createComplaintSetup();
    const { complaint, receipt } = await fileTestComplaint(category.id, { title: "王建国反映解放路路面塌陷" });
    let c = await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1 });
    c = await resolveComplaint({ actor: head, complaintId: c.id, expectedVersion: 2, input: { reply: "已安排施工队修复路面。" } });
    await drainSearchSync({ backend });
    expect(await prisma.searchDocument.findFirst({ where: { docId: c.id } })).toBeNull();

    c = await approvePublication({ actor: head, complaintId: c.id, expectedVersion: 3, input: { text: "王建国（电话13812345678）反映解放路18号门口路面塌陷。已修复。" } });
    await drainSearchSync({ backend });
    const doc = await prisma.searchDocument.findFirst({ where: { docType: "complaint", docId: c.id } });
    expect(doc).toMatchObject({ kind: "COMPLAINT", url: `/complaints/published/${c.trackingNo}` });
    // Only the masked public text reaches the index.
    expect(`${doc!.title} ${doc!.body}`).not.toMatch(/王建国|13812345678/);
    expect(doc!.body).toContain("138****5678");

    await rateComplaint({ trackingNo: receipt.trackingNo, accessCode: receipt.accessCode, expectedVersion: 4, input: { solved: "no", satisfaction: "1" } });
    await drainSearchSync({ backend });
    expect(await prisma.searchDocument.findFirst({ where: { docType: "complaint", docId: c.id } })).toBeNull();
  });
});
