import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it } from "vitest";
import { BatchDetails } from "@/components/trace/batch-details";
import { fillScanSlots, SCAN_SLOTS, splitAtScanSlots } from "@/components/trace/scan-notice";
import { createOfficer, unique } from "@/test/factories";
import { getBatchView } from "./batch-view";
import { createBatch } from "./create-batch";
import { createProducer } from "./create-producer";
import { createProduct } from "./create-product";
import { resetTraceCache } from "./trace-cache";

afterAll(() => resetTraceCache());

async function batchPage(producerName: string) {
  const { actor } = await createOfficer({ role: "TRACE_OPERATOR" });
  const producer = await createProducer({ actor, input: { name: producerName, kind: "FARM", town: "清溪镇", village: "桃花村", commitment: "承诺合格" } });
  const product = await createProduct({ actor, input: { producerId: producer.id, name: "脐橙", category: "水果" } });
  const batch = await createBatch({ actor, input: { productId: product.id, lot: unique("P").toUpperCase(), harvestStart: "2026-11-10", originPlace: "桃花村3组", commitmentBasis: "SELF_TEST" } });
  const view = (await getBatchView(batch.traceCode))!;
  // What Next renders for the page body; the cached page is cut at the same markers.
  return `<!doctype html><main>${renderToStaticMarkup(createElement(BatchDetails, { batch: view }))}</main>`;
}

describe("the cached batch page and its per-lookup slots", () => {
  it("keeps both slots in the rendered page and fills them per lookup", async () => {
    const page = splitAtScanSlots(await batchPage(unique("果园")));
    const quiet = fillScanSlots(page, { total: 3, firstAt: new Date("2026-11-13T02:30:00Z"), recent: 3, recentPlaces: 1 }, { isSuspicious: false }).toString();
    expect(quiet).toContain("此追溯码已被查询 3 次，首次查询于 2026/11/13 10:30。");
    expect(quiet).not.toContain("可能被仿冒");
    expect(quiet).not.toContain("<!--trace:");
    expect(quiet).toContain("桃花村3组");

    const warned = fillScanSlots(page, { total: 500, firstAt: new Date(), recent: 480, recentPlaces: 40 }, { isSuspicious: true, reasons: ["OFTEN", "MANY_PLACES"] }).toString();
    expect(warned).toContain("注意：此追溯码可能被仿冒");
    expect(warned).toContain("该追溯码近期在很多不同地点被查询");
    expect(warned.indexOf("可能被仿冒")).toBeLessThan(warned.indexOf("桃花村3组"));
    expect(warned).toContain("此追溯码已被查询 500 次");
  });

  it("cannot be tricked by a slot marker typed into a record", async () => {
    const html = await batchPage(`${SCAN_SLOTS.count}农场`);
    // React escapes text, so a marker in the data is not a slot.
    expect(html.split(SCAN_SLOTS.count)).toHaveLength(2);
    const filled = fillScanSlots(splitAtScanSlots(html), { total: 1, firstAt: null, recent: 1, recentPlaces: 1 }, { isSuspicious: false }).toString();
    expect(filled).toContain("此追溯码已被查询 1 次。");
  });

  it("gives every lookup its own CSP nonce in place of the one the cached page was rendered with", async () => {
    const rendered = "cmVuZGVyZWQtbm9uY2UtMTIzNA==";
    const html = `<!doctype html><script nonce="${rendered}">a</script>${SCAN_SLOTS.warning}<p>x</p>${SCAN_SLOTS.count}<script nonce="${rendered}" src="/_next/x.js"></script>`;
    const page = splitAtScanSlots(html, rendered);
    const stats = { total: 1, firstAt: null, recent: 1, recentPlaces: 1 };
    const first = fillScanSlots(page, stats, { isSuspicious: false }, "Zmlyc3Q=").toString();
    const second = fillScanSlots(page, stats, { isSuspicious: false }, "c2Vjb25k").toString();
    expect(first).not.toContain(rendered);
    expect(first.match(/nonce="Zmlyc3Q="/g)).toHaveLength(2);
    expect(second.match(/nonce="c2Vjb25k"/g)).toHaveLength(2);
    expect(second).toContain("此追溯码已被查询 1 次。");
  });

  it("refuses a page without its slots", () => {
    expect(() => splitAtScanSlots("<html><body>旧页面</body></html>")).toThrow(/scan slots/);
  });
});
