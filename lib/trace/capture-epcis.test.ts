// EPCIS capture: our zod schema against GS1's official EPCIS 2.0 JSON Schema on GS1's example
// documents (STANDARDS_DIR), and capture into the database: all or nothing, retries skipped.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createOfficer, unique } from "@/test/factories";
import { hasStandards, listStandardFiles, readStandardJson, standardValidator } from "@/test/standards";
import { issueApiKey } from "../open311/api-keys";
import { getBatchView } from "./batch-view";
import { captureEpcisDocument, EpcisCaptureError } from "./capture-epcis";
import { ZEpcisCaptureDocument } from "./capture-epcis.schema";
import { createBatch } from "./create-batch";
import { createProducer } from "./create-producer";
import { createProduct } from "./create-product";
import { gs1CheckDigit } from "./gtin";
import { recallBatch } from "./recall-batch";
import { resetTraceCache } from "./trace-cache";

afterAll(() => resetTraceCache());

type Json = Record<string, unknown>;
const ACCEPTED_MEMBERS = new Set(["@context", "type", "eventTime", "eventTimeZoneOffset", "recordTime", "eventID", "action", "epcList", "quantityList", "bizStep", "disposition", "readPoint", "bizLocation", "certificationInfo"]);

/** An example reduced to what capture accepts: its ObjectEvents, members we accept, a step we record. */
function project(doc: Json): Json | null {
  const body = doc.epcisBody as { eventList?: Json[] } | undefined;
  const events = (body?.eventList ?? []).filter((e) => e.type === "ObjectEvent");
  if (doc.type !== "EPCISDocument" || events.length === 0) return null;
  const eventList = events.map((e) => {
    const kept = Object.fromEntries(Object.entries(e).filter(([k]) => ACCEPTED_MEMBERS.has(k) || (k.includes(":") && !k.startsWith("http"))));
    kept.bizStep = "shipping";
    if (kept.disposition !== undefined) kept.disposition = "in_transit";
    if (kept.readPoint && typeof kept.readPoint === "object") kept.readPoint = { id: (kept.readPoint as Json).id };
    if (kept.bizLocation && typeof kept.bizLocation === "object") kept.bizLocation = { id: (kept.bizLocation as Json).id };
    return kept;
  });
  const { epcisHeader: _, ...rest } = doc;
  return { ...rest, epcisBody: { eventList } };
}

const BREAKAGES: [string, (e: Json, d: Json) => void][] = [
  ["no eventTime", (e) => delete e.eventTime],
  ["a month 13", (e) => (e.eventTime = "2026-13-01T00:00:00Z")],
  ["an unknown action", (e) => (e.action = "MOVE")],
  ["a bad offset", (e) => (e.eventTimeZoneOffset = "+8")],
  ["an EPC that is not a URI", (e) => (e.epcList = ["not a uri"])],
  ["a uom in lower case", (e) => (e.quantityList = [{ epcClass: "https://id.gs1.org/01/09521234543213/10/L1", quantity: 1, uom: "kg" }])],
  ["a quantity element with an unknown member", (e) => (e.quantityList = [{ epcClass: "https://id.gs1.org/01/09521234543213/10/L1", amount: 1 }])],
  ["no creationDate", (_, d) => delete d.creationDate],
  ["a wrong schemaVersion", (_, d) => (d.schemaVersion = "two")],
  ["an unprefixed unknown member", (e) => (e.colour = "red")],
];

describe.skipIf(!hasStandards)("capture schema against GS1's official EPCIS 2.0 JSON Schema", () => {
  // A skipped suite is still collected: read the schema only when the files are there.
  const official = hasStandards ? standardValidator("epcis/EPCIS-JSON-Schema.json") : () => false;
  const examples = hasStandards ? listStandardFiles("epcis/examples").map((f) => [f, readStandardJson<Json>(`epcis/examples/${f}`)] as const) : [];

  it("never accepts an example the official schema rejects, and refuses other event types by name", () => {
    expect(examples.length).toBe(47);
    for (const [file, doc] of examples) {
      const ours = ZEpcisCaptureDocument.safeParse(doc);
      if (ours.success) expect(official(doc), file).toBe(true);
    }
    const aggregation = examples.find(([f]) => f === "Example_9.6.3-AggregationEvent.jsonld")![1];
    const refused = ZEpcisCaptureDocument.safeParse(aggregation);
    expect(refused.success ? [] : refused.error.issues.map((i) => i.message)).toContain("AggregationEvent is not accepted here: only ObjectEvent");
  });

  it("agrees with the official schema on every example reduced to what capture accepts, and on broken copies", () => {
    let compared = 0;
    for (const [file, doc] of examples) {
      const projected = project(doc);
      if (!projected) continue;
      compared++;
      const ours = ZEpcisCaptureDocument.safeParse(projected);
      expect(ours.success, `${file}: ours ${ours.success ? "accepts" : JSON.stringify(ours.error.issues.slice(0, 2))}, official ${official(projected)}`).toBe(official(projected));
      for (const [what, breakIt] of BREAKAGES) {
        const broken = structuredClone(projected);
        breakIt((broken.epcisBody as { eventList: Json[] }).eventList[0], broken);
        expect(official(broken), `${file} with ${what}: official`).toBe(false);
        expect(ZEpcisCaptureDocument.safeParse(broken).success, `${file} with ${what}: ours`).toBe(false);
      }
    }
    expect(compared).toBeGreaterThan(15);
  });
});

function newGtin() {
  const body = `690${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
  return (body + gs1CheckDigit(body)).padStart(14, "0");
}

async function setUp() {
  const { actor } = await createOfficer({ role: "TRACE_OPERATOR" });
  const { actor: admin } = await createOfficer({ role: "ADMIN" });
  const producer = await createProducer({ actor, input: { name: unique("合作社"), kind: "COOPERATIVE", town: "清溪镇", village: "桃花村", phone: "13900000011", commitment: "承诺合格" } });
  const gtin = newGtin();
  const product = await createProduct({ actor, input: { producerId: producer.id, name: "脐橙", category: "水果", gtin } });
  const batch = await createBatch({ actor, input: { productId: product.id, lot: unique("L").toUpperCase(), harvestStart: "2026-11-10", originPlace: "桃花村3组", commitmentBasis: "SELF_TEST" } });
  const { key } = await issueApiKey({ actor, input: { name: "县农检中心LIMS" } }).catch(() => issueApiKey({ actor: admin, input: { name: "县农检中心LIMS" } }));
  return { actor, batch, key, epcClass: `https://any.resolver.example/01/${gtin}/10/${batch.lot}` };
}

const NS = "http://localhost:3000/ns/trace#";
function document(events: Json[]): Json {
  return {
    "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", { lims: NS }],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: "2026-11-20T02:00:00Z",
    epcisBody: { eventList: events },
  };
}
const shipping = (epcClass: string, id = `urn:uuid:${crypto.randomUUID()}`): Json => ({
  type: "ObjectEvent",
  eventID: id,
  eventTime: "2026-11-20T09:30:00+08:00",
  eventTimeZoneOffset: "+08:00",
  action: "OBSERVE",
  bizStep: "shipping",
  disposition: "in_transit",
  quantityList: [{ epcClass, quantity: 500, uom: "KGM" }],
  "lims:place": "县物流中心",
  "lims:actor": "清溪物流",
});
const inspecting = (epcClass: string): Json => ({
  type: "ObjectEvent",
  eventTime: "2026-11-19T14:00:00+08:00",
  eventTimeZoneOffset: "+08:00",
  action: "OBSERVE",
  bizStep: "https://ref.gs1.org/cbv/BizStep-inspecting",
  quantityList: [{ epcClass }],
  "lims:inspectionResults": [{ "lims:item": "农药残留", "lims:result": "PASS", "lims:value": "抑制率<50%", "lims:agency": "县农产品质量检测中心", "lims:reportNo": "JC-88" }],
});

describe("EPCIS capture", () => {
  it("stores shipping and inspecting events with their results, and skips a retried eventID", async () => {
    const { batch, key, epcClass } = await setUp();
    const doc = document([shipping(epcClass, "urn:uuid:6f1d2b7c-9e10-4c61-a5e4-3f0c7d2e9b8a"), inspecting(epcClass)]);
    if (hasStandards) expect(standardValidator("epcis/EPCIS-JSON-Schema.json")(doc)).toBe(true);
    await expect(captureEpcisDocument({ apiKey: key, body: doc })).resolves.toEqual({ captured: 2, skippedAsDuplicates: 0 });
    const view = await getBatchView(batch.traceCode);
    expect(view!.events.map((e) => [e.type, e.place, e.actor])).toEqual(
      expect.arrayContaining([["SHIPPING", "县物流中心", "清溪物流"], ["INSPECTING", "（未注明）", "县农检中心LIMS"]]),
    );
    expect(await prisma.inspection.findMany({ where: { batchId: batch.id }, select: { item: true, result: true, reportNo: true } })).toEqual([{ item: "农药残留", result: "PASS", reportNo: "JC-88" }]);
    await expect(captureEpcisDocument({ apiKey: key, body: document([shipping(epcClass, "urn:uuid:6f1d2b7c-9e10-4c61-a5e4-3f0c7d2e9b8a")]) })).resolves.toEqual({ captured: 0, skippedAsDuplicates: 1 });
    expect(await prisma.auditLog.count({ where: { action: "trace.epcis_captured" } })).toBeGreaterThanOrEqual(2);
  });

  it("stores nothing when any event is wrong, and lists every error", async () => {
    const { batch, key, epcClass } = await setUp();
    const before = await prisma.traceEvent.count({ where: { batchId: batch.id } });
    const unknown = epcClass.replace(/\/10\/.*/, "/10/NOSUCHLOT");
    const badResult = inspecting(epcClass);
    (badResult["lims:inspectionResults"] as Json[])[0]["lims:result"] = "OK";
    const err = await captureEpcisDocument({ apiKey: key, body: document([shipping(epcClass), shipping(unknown), badResult]) }).catch((e) => e);
    expect(err).toBeInstanceOf(EpcisCaptureError);
    expect((err as EpcisCaptureError).errors).toEqual([
      { pointer: "/epcisBody/eventList/1/quantityList/0/epcClass", message: expect.stringContaining("no batch NOSUCHLOT") },
      { pointer: "/epcisBody/eventList/2/inspectionResults/0/result", message: "result must be PASS or FAIL" },
    ]);
    expect(await prisma.traceEvent.count({ where: { batchId: batch.id } })).toBe(before);
    const schemaErr = await captureEpcisDocument({ apiKey: key, body: { type: "EPCISDocument" } }).catch((e) => e);
    expect((schemaErr as EpcisCaptureError).errors.map((e) => e.pointer)).toEqual(expect.arrayContaining(["/@context", "/schemaVersion", "/creationDate", "/epcisBody"]));
  });

  it("refuses events for a recalled batch, and documents without a valid key", async () => {
    const { actor, batch, key, epcClass } = await setUp();
    await expect(captureEpcisDocument({ apiKey: "o311_wrong", body: document([shipping(epcClass)]) })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const current = await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } });
    await recallBatch({ actor, input: { batchId: batch.id, expectedVersion: current.version, reason: "农残超标" } });
    const err = await captureEpcisDocument({ apiKey: key, body: document([shipping(epcClass)]) }).catch((e) => e);
    expect((err as EpcisCaptureError).errors[0].message).toContain("is recalled");
  });
});
