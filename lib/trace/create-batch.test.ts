import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createOfficer, unique } from "@/test/factories";
import { addCertificate } from "./add-certificate";
import { getBatchView, resolveGtinLot } from "./batch-view";
import { buildLinkset } from "./build-linkset";
import { createBatch } from "./create-batch";
import { createProducer } from "./create-producer";
import { createProduct } from "./create-product";
import { deactivateProduct } from "./deactivate-product";
import { exportBatchEpcis } from "./export-batch-epcis";
import { gs1CheckDigit } from "./gtin";
import { recallBatch } from "./recall-batch";
import { recordInspection } from "./record-inspection";
import { recordTraceEvent } from "./record-trace-event";
import { isValidTraceCode } from "./trace-code";
import { resetTraceCache, traceCacheSize } from "./trace-cache";

async function operator() {
  return (await createOfficer({ role: "TRACE_OPERATOR" })).actor;
}

function newGtin() {
  const body = `690${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
  return body + gs1CheckDigit(body);
}

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 50; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("condition not met within 1 s");
}

async function setUp() {
  const actor = await operator();
  const producer = await createProducer({ actor, input: { name: unique("合作社"), kind: "COOPERATIVE", town: "清溪镇", village: "桃花村", phone: "13900000011", commitment: "承诺合格" } });
  const gtin = newGtin();
  const product = await createProduct({ actor, input: { producerId: producer.id, name: "脐橙", category: "水果", gtin } });
  const batch = await createBatch({
    actor,
    input: { productId: product.id, lot: unique("L").toUpperCase(), harvestStart: "2026-11-10", harvestEnd: "2026-11-12", packedAt: "2026-11-13", expiresAt: "2027-01-13", quantity: "500", unit: "千克", originPlace: "桃花村3组", commitmentBasis: "SELF_TEST" },
  });
  return { actor, producer, product, batch, gtin14: gtin.padStart(14, "0") };
}

// Close the LISTEN connection before the test database is dropped.
afterAll(() => resetTraceCache());

describe("batches, events and recalls", () => {
  it("creates a batch with a valid trace code, a harvest event and a commitment certificate, and audits it", async () => {
    const { actor, batch } = await setUp();
    expect(isValidTraceCode(batch.traceCode)).toBe(true);
    const view = await getBatchView(batch.traceCode);
    expect(view?.events.map((e) => e.type)).toEqual(["COMMISSIONING"]);
    expect(view?.certificates).toEqual([expect.objectContaining({ type: "COMMITMENT", basis: "SELF_TEST" })]);
    expect(view?.digitalLink).toMatch(/\/01\/\d{14}\/10\/L[0-9A-F]+\?13=261113&17=270113$/);
    const audit = await prisma.auditLog.findMany({ where: { targetId: batch.id } });
    expect(audit).toEqual([expect.objectContaining({ actorId: actor.id, action: "trace.batch_created" })]);
  });

  it("gives field messages and refuses a duplicate lot", async () => {
    const { actor, product, batch } = await setUp();
    const err = await createBatch({ actor, input: { productId: product.id, lot: "批次 1", harvestStart: "2026-13-01", originPlace: "", commitmentBasis: "", quantity: "-1" } }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fieldErrors).toMatchObject({
      lot: "批次号只能用字母、数字和 - . / 等符号，不能有汉字或空格",
      harvestStart: "日期格式应为 年-月-日，例如 2026-11-12",
      originPlace: "请填写产地（具体到村组或基地）",
      commitmentBasis: "请选择承诺依据",
      quantity: "数量应为大于0的数字，最多3位小数",
    });
    const dup = await createBatch({ actor, input: { productId: product.id, lot: batch.lot, harvestStart: "2026-11-10", originPlace: "x", commitmentBasis: "SELF_TEST" } }).catch((e) => e);
    expect(dup.fieldErrors).toEqual({ lot: "该产品已有相同批次号的批次" });
  });

  it("refuses officers without trace.write", async () => {
    const { batch } = await setUp();
    const { actor: admin } = await createOfficer({ role: "ADMIN" });
    await expect(recallBatch({ actor: admin, input: { batchId: batch.id, expectedVersion: batch.version, reason: "x" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe("ACTIVE");
  });

  it("shows inspections, events and a recall at once, through the cache", async () => {
    const { actor, batch } = await setUp();
    expect((await getBatchView(batch.traceCode))?.status).toBe("ACTIVE");
    // On PostgreSQL the notifications of setUp's own writes arrive asynchronously; a load that
    // overlaps one is (rightly) not stored, so wait until the view sticks.
    await until(async () => (await getBatchView(batch.traceCode)) !== null && traceCacheSize() > 0);

    await recordInspection({ actor, input: { batchId: batch.id, item: "农药残留", result: "FAIL", value: "抑制率 62%", agency: "清溪镇监管站", reportNo: "JC-1", inspectedAt: "2026-11-13T09:30" } });
    await until(async () => (await getBatchView(batch.traceCode))!.inspections.length === 1);
    const view = (await getBatchView(batch.traceCode))!;
    expect(view.inspections[0]).toMatchObject({ result: "FAIL", inspectedAt: new Date("2026-11-13T01:30:00Z") });
    expect(view.events.map((e) => e.type)).toEqual(["COMMISSIONING", "INSPECTING"]);

    await recordTraceEvent({ actor, input: { batchId: batch.id, type: "SHIPPING", occurredAt: "2026-11-14T08:00", place: "县物流中心", actor: "顺路物流" } });
    await addCertificate({ actor, input: { batchId: batch.id, type: "GREEN_FOOD", number: "LB-18-2611", issuer: "中国绿色食品发展中心", issuedAt: "2026-01-01", validUntil: "2028-12-31" } });
    const current = await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } });
    await expect(recallBatch({ actor, input: { batchId: batch.id, expectedVersion: current.version - 1, reason: "农残超标" } })).rejects.toMatchObject({ code: "CONFLICT" });
    await recallBatch({ actor, input: { batchId: batch.id, expectedVersion: current.version, reason: "农残超标，请勿食用" } });
    await until(async () => (await getBatchView(batch.traceCode))!.status === "RECALLED");
    expect((await getBatchView(batch.traceCode))!.recallReason).toBe("农残超标，请勿食用");

    const doc = await exportBatchEpcis({ traceCode: batch.traceCode });
    expect(doc?.epcisBody.eventList.map((e) => e.bizStep)).toEqual(["commissioning", "inspecting", "shipping", "holding"]);
    expect(doc?.epcisBody.eventList.at(-1)).toMatchObject({ disposition: "recalled", "cn:recallReason": "农残超标，请勿食用" });
  });

  it("resolves GTIN and lot: batch, product fallback for an unknown lot, gone when withdrawn", async () => {
    const { actor, product, batch, gtin14 } = await setUp();
    const found = await resolveGtinLot(gtin14, batch.lot);
    expect(found).toMatchObject({ kind: "batch", batch: { traceCode: batch.traceCode } });
    expect(await resolveGtinLot(gtin14, "NOPE")).toMatchObject({ kind: "product", unknownLot: "NOPE" });
    expect(await resolveGtinLot("09506000134352", "X")).toEqual({ kind: "unknown" });
    if (found.kind !== "batch") throw new Error("unreachable");
    const linkset = buildLinkset({ product: found.product, batch: found.batch });
    expect(Object.keys(linkset.linkset[0])).toEqual(expect.arrayContaining(["anchor", "itemDescription", "https://ref.gs1.org/voc/defaultLink", "https://ref.gs1.org/voc/epcis"]));

    await deactivateProduct({ actor, input: { productId: product.id, reason: "停产" } });
    await until(async () => (await resolveGtinLot(gtin14, batch.lot)).kind === "gone");
    await expect(deactivateProduct({ actor, input: { productId: product.id, reason: "again" } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createBatch({ actor, input: { productId: product.id, lot: "NEW1", harvestStart: "2026-11-10", originPlace: "x", commitmentBasis: "SELF_TEST" } })).rejects.toMatchObject({
      fieldErrors: { productId: "该产品已停用，不能新增批次" },
    });
  });

  it("refuses a product GTIN with a wrong check digit", async () => {
    const { actor, producer } = await setUp();
    const err = await createProduct({ actor, input: { producerId: producer.id, name: "x", category: "水果", gtin: "4006381333932" } }).catch((e) => e);
    expect(err.fieldErrors).toEqual({ gtin: "商品条码的校验位不对，请核对最后一位" });
  });
});
