import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { clientKeyOf, countLookup, flushScans, getScanStats, pendingScanCount, recordScan, resetScanStats, shutdownScans } from "./record-scan";

async function batch() {
  const producer = await prisma.producer.create({ data: { name: "农场", kind: "FARM", town: "石门乡", village: "王家湾村" } });
  const product = await prisma.product.create({ data: { producerId: producer.id, name: "甘蓝", category: "蔬菜" } });
  return prisma.batch.create({ data: { productId: product.id, lot: `L${Math.random().toString(36).slice(2, 8)}`, traceCode: String(Math.random()).slice(2, 14), originPlace: "基地" } });
}

describe("scan counting off the critical path", () => {
  it("buffers lookups and writes them in one batch", async () => {
    const b = await batch();
    for (let i = 0; i < 30; i++) recordScan({ batchId: b.id, clientKey: clientKeyOf(`10.0.${i}.7`) });
    expect(pendingScanCount()).toBeGreaterThanOrEqual(30);
    expect(await prisma.scanLog.count({ where: { batchId: b.id } })).toBe(0);
    await flushScans();
    expect(pendingScanCount()).toBe(0);
    expect(await prisma.scanLog.count({ where: { batchId: b.id } })).toBe(30);
  });

  it("loses nothing on shutdown, even with a flush already running", async () => {
    const b = await batch();
    for (let i = 0; i < 10; i++) recordScan({ batchId: b.id, clientKey: null });
    const running = flushScans();
    for (let i = 0; i < 5; i++) recordScan({ batchId: b.id, clientKey: null });
    await shutdownScans();
    await running;
    expect(await prisma.scanLog.count({ where: { batchId: b.id } })).toBe(15);
  });

  it("counts lookups and places, including ones not yet written, and warns past the thresholds", async () => {
    const b = await batch();
    const first = new Date(Date.now() - 3600_000);
    await prisma.scanLog.createMany({ data: Array.from({ length: 200 }, (_, i) => ({ batchId: b.id, scannedAt: first, clientKey: clientKeyOf(`10.${i % 25}.1.1`) })) });
    resetScanStats();
    const { stats, warning } = await countLookup({ batchId: b.id, clientAddress: "192.168.9.9" });
    expect(stats).toMatchObject({ total: 201, recent: 201, recentPlaces: 26, firstAt: first });
    // Defaults: more than 200 lookups or more than 20 places within 24 hours.
    expect(warning).toEqual({ isSuspicious: true, reasons: ["OFTEN", "MANY_PLACES"] });
    await flushScans();
    resetScanStats();
    expect((await getScanStats(b.id)).total).toBe(201);
  });

  it("hashes the network, not the address: same /24 same place", () => {
    expect(clientKeyOf("203.0.113.5")).toBe(clientKeyOf("203.0.113.77"));
    expect(clientKeyOf("203.0.113.5")).not.toBe(clientKeyOf("203.0.114.5"));
    expect(clientKeyOf("203.0.113.5")).not.toContain("203");
    expect(clientKeyOf(null)).toBeNull();
  });
});
