import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createOfficer, unique } from "@/test/factories";
import { createBatch } from "./create-batch";
import { createProducer } from "./create-producer";
import { createProduct } from "./create-product";
import { editBatch, editProducer, editProduct } from "./edit-trace-record";
import { getBatchLabel } from "./get-batch-label";
import { gs1CheckDigit } from "./gtin";
import { liftRecall } from "./lift-recall";
import { listRecordHistory } from "./list-record-history";
import { recallBatch } from "./recall-batch";
import { recordInspection } from "./record-inspection";
import { recordTraceEvent } from "./record-trace-event";
import { resetTraceCache } from "./trace-cache";

afterAll(() => resetTraceCache());

const producerInput = { name: "清溪柑桔合作社", kind: "COOPERATIVE", town: "清溪镇", village: "桃花村", phone: "13900000011", commitment: "承诺合格" };

async function setUp() {
  const { actor } = await createOfficer({ role: "TRACE_OPERATOR" });
  const producer = await createProducer({ actor, input: { ...producerInput, name: unique("清溪柑桔合作社") } });
  const product = await createProduct({ actor, input: { producerId: producer.id, name: "脐橙", category: "水果" } });
  const batch = await createBatch({ actor, input: { productId: product.id, lot: unique("L").toUpperCase(), harvestStart: "2026-11-10", expiresAt: "2027-01-13", originPlace: "桃花村3组", commitmentBasis: "SELF_TEST" } });
  return { actor, producer, product, batch };
}

describe("audited corrections of trace records", () => {
  it("corrects a producer's name, keeps the previous value in the history, and refuses a stale version", async () => {
    const { actor, producer } = await setUp();
    const name = unique("清溪柑橘合作社");
    await expect(editProducer({ actor, input: { ...producerInput, name, producerId: producer.id, expectedVersion: "1", creditCode: "91350100m000100y43" } })).resolves.toEqual({ changed: 2 });
    expect(await prisma.producer.findUniqueOrThrow({ where: { id: producer.id } })).toMatchObject({ name, creditCode: "91350100M000100Y43", version: 2 });
    await expect(editProducer({ actor, input: { ...producerInput, name: "又改", producerId: producer.id, expectedVersion: "1" } })).rejects.toMatchObject({ code: "CONFLICT" });
    const history = await listRecordHistory({ actor, targetType: "Producer", targetId: producer.id });
    expect(history[0]).toMatchObject({ what: "修改", changes: expect.arrayContaining([{ field: "名称", from: producer.name, to: name }, { field: "统一社会信用代码", from: null, to: "91350100M000100Y43" }]) });
    expect(history.at(-1)).toMatchObject({ what: "登记" });
    // Saving the same values again changes nothing and writes no history.
    await expect(editProducer({ actor, input: { ...producerInput, name, producerId: producer.id, expectedVersion: "2", creditCode: "91350100M000100Y43" } })).resolves.toEqual({ changed: 0 });
  });

  it("checks the credit code (GB 32100 check character) and takes the town from the county's list", async () => {
    const { actor } = await setUp();
    const err = await createProducer({ actor, input: { ...producerInput, town: "清溪乡", creditCode: "91350100M000100Y44" } }).catch((e) => e);
    expect(err.fieldErrors).toEqual({ town: "请从列表中选择所在乡镇", creditCode: "统一社会信用代码有误，请逐位核对营业执照上的代码" });
  });

  it("corrects a product and a batch (the expiry date on its labels)", async () => {
    const { actor, product, batch } = await setUp();
    await editProduct({ actor, input: { productId: product.id, expectedVersion: "1", name: "清溪脐橙", category: "水果" } });
    const current = await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } });
    await editBatch({ actor, input: { batchId: batch.id, expectedVersion: String(current.version), lot: current.lot, harvestStart: "2026-11-10", expiresAt: "2027-01-31", originPlace: "桃花村3组", quantity: "500", unit: "千克" } });
    const label = await getBatchLabel({ actor, batchId: batch.id });
    expect(label.dates).toContain("保质期至 2027-01-31");
    const history = await listRecordHistory({ actor, targetType: "Batch", targetId: batch.id });
    expect(history[0].changes).toEqual(expect.arrayContaining([{ field: "保质期至", from: "2027-01-13", to: "2027-01-31" }, { field: "数量", from: null, to: "500" }]));
  });

  it("corrects a GTIN or a lot typed wrong until a consumer has scanned a code, and never onto another record's", async () => {
    const { actor, product, batch } = await setUp();
    const gtin = `69${String(Date.now()).slice(-10)}`;
    const withCheck = gtin + gs1CheckDigit(gtin);
    await editProduct({ actor, input: { productId: product.id, expectedVersion: "1", name: "脐橙", category: "水果", gtin: withCheck } });
    expect((await prisma.product.findUniqueOrThrow({ where: { id: product.id } })).gtin).toBe(withCheck.padStart(14, "0"));
    const history = await listRecordHistory({ actor, targetType: "Product", targetId: product.id });
    expect(history[0].changes).toEqual([{ field: "商品条码", from: null, to: withCheck.padStart(14, "0") }]);

    // Another product cannot take the same GTIN, nor a batch the lot of its sibling.
    const other = await createProduct({ actor, input: { producerId: product.producerId, name: "蜜橘", category: "水果" } });
    await expect(editProduct({ actor, input: { productId: other.id, expectedVersion: "1", name: "蜜橘", category: "水果", gtin: withCheck } })).rejects.toMatchObject({ fieldErrors: { gtin: expect.stringContaining("另一个产品") } });
    const sibling = await createBatch({ actor, input: { productId: product.id, lot: unique("S").toUpperCase(), harvestStart: "2026-11-10", originPlace: "桃花村3组", commitmentBasis: "SELF_TEST" } });
    const editLot = (id: string, version: number, lot: string) => editBatch({ actor, input: { batchId: id, expectedVersion: String(version), lot, harvestStart: "2026-11-10", expiresAt: "2027-01-13", originPlace: "桃花村3组" } });
    await expect(editLot(sibling.id, 1, batch.lot)).rejects.toMatchObject({ fieldErrors: { lot: expect.stringContaining("已有这个批次号") } });
    const fixed = unique("F").toUpperCase();
    await editLot(batch.id, 1, fixed);
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).lot).toBe(fixed);

    // Once a consumer has scanned a code, the GTIN and the lot stay; other fields still change.
    await prisma.scanLog.create({ data: { batchId: batch.id } });
    await expect(editLot(batch.id, 2, unique("G").toUpperCase())).rejects.toMatchObject({ fieldErrors: { lot: expect.stringContaining("扫描过") } });
    await expect(editProduct({ actor, input: { productId: product.id, expectedVersion: "2", name: "脐橙", category: "水果", gtin: "" } })).rejects.toMatchObject({ fieldErrors: { gtin: expect.stringContaining("扫描过") } });
    await expect(editProduct({ actor, input: { productId: product.id, expectedVersion: "2", name: "清溪脐橙", category: "水果", gtin: withCheck } })).resolves.toEqual({ changed: 1 });
  });

  it("blocks labels and new events on a recalled batch, and lifts a recall with a reason kept in the history", async () => {
    const { actor, batch } = await setUp();
    let current = await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } });
    await recallBatch({ actor, input: { batchId: batch.id, expectedVersion: current.version, reason: "抽检农残超标" } });
    await expect(getBatchLabel({ actor, batchId: batch.id, forPrinting: true })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(recordTraceEvent({ actor, input: { batchId: batch.id, type: "SHIPPING", occurredAt: "2026-11-20T10:00", place: "县城", actor: "物流" } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(recordInspection({ actor, input: { batchId: batch.id, item: "农药残留", result: "PASS", agency: "站", inspectedAt: "2026-11-20T10:00" } })).rejects.toMatchObject({ code: "CONFLICT" });

    current = await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } });
    const noReason = await liftRecall({ actor, input: { batchId: batch.id, expectedVersion: current.version, reason: "" } }).catch((e) => e);
    expect(noReason.fieldErrors).toEqual({ reason: "请填写解除召回的理由，例如 复检合格的报告编号" });
    await liftRecall({ actor, input: { batchId: batch.id, expectedVersion: current.version, reason: "复检合格，报告 JC-2611-09；原检测样品混淆" } });
    expect(await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({ status: "ACTIVE", recallReason: null });
    await expect(getBatchLabel({ actor, batchId: batch.id, forPrinting: true })).resolves.toMatchObject({ traceCode: batch.traceCode });
    const history = await listRecordHistory({ actor, targetType: "Batch", targetId: batch.id });
    expect(history.slice(0, 2).map((h) => [h.what, h.reason])).toEqual([["解除召回", "复检合格，报告 JC-2611-09；原检测样品混淆"], ["召回", "抽检农残超标"]]);
    await expect(liftRecall({ actor, input: { batchId: batch.id, expectedVersion: current.version + 1, reason: "再次" } })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
