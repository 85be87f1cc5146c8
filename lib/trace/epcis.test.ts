import { describe, expect, it } from "vitest";
import { buildEpcisDocument, EPCIS_CONTEXT } from "./epcis";

const CBV_BIZ_STEPS = ["commissioning", "inspecting", "packing", "shipping", "receiving"];
const CBV_DISPOSITIONS = ["active", "in_transit", "in_progress"];

const input = {
  digitalLink: "https://x.cn/01/06900000000014/10/QX2611A",
  extensionNamespace: "https://x.cn/ns/trace#",
  quantity: 5000,
  unit: "千克",
  harvestStart: new Date("2026-11-10T00:00:00Z"),
  harvestEnd: new Date("2026-11-12T00:00:00Z"),
  expiresAt: new Date("2027-01-13T00:00:00Z"),
  now: new Date("2026-11-23T02:00:00Z"),
  events: [
    { id: "e1", type: "COMMISSIONING" as const, occurredAt: new Date("2026-11-12T09:00:00Z"), place: "桃花村果园", actor: "合作社", note: "采收", inspections: [] },
    {
      id: "e2",
      type: "INSPECTING" as const,
      occurredAt: new Date("2026-11-13T01:00:00Z"),
      place: "监管站",
      actor: "监管站",
      note: null,
      inspections: [{ item: "农药残留", result: "PASS" as const, value: "抑制率<50%", agency: "监管站", reportNo: "JC-1", inspectedAt: new Date("2026-11-13T01:00:00Z") }],
    },
    { id: "e3", type: "SHIPPING" as const, occurredAt: new Date("2026-11-14T01:00:00Z"), place: "县物流中心", actor: "物流", note: null, inspections: [] },
  ],
};

describe("EPCIS 2.0 export", () => {
  const doc = buildEpcisDocument(input);

  it("is an EPCISDocument with the standard context and schema version 2.0", () => {
    expect(doc["@context"][0]).toBe(EPCIS_CONTEXT);
    expect(doc.type).toBe("EPCISDocument");
    expect(doc.schemaVersion).toBe("2.0");
    expect(doc.creationDate).toBe("2026-11-23T02:00:00.000Z");
    expect(doc.epcisBody.eventList).toHaveLength(3);
  });

  it("gives every event the fields the standard requires, with CBV values", () => {
    const ids = new Set<string>();
    for (const e of doc.epcisBody.eventList) {
      expect(e.type).toBe("ObjectEvent");
      expect(e.eventTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      expect(e.eventTimeZoneOffset).toMatch(/^[+-]\d{2}:\d{2}$/);
      expect(["ADD", "OBSERVE", "DELETE"]).toContain(e.action);
      expect(CBV_BIZ_STEPS).toContain(e.bizStep);
      expect(CBV_DISPOSITIONS).toContain(e.disposition);
      expect(e.eventID).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      ids.add(e.eventID as string);
      // An ObjectEvent names what it is about: here the batch as a class with its quantity.
      expect(e.quantityList).toEqual([{ epcClass: input.digitalLink, quantity: 5000, uom: "KGM" }]);
      // Extension fields must use a prefix declared in the context.
      for (const key of Object.keys(e)) if (key.includes(":")) expect(key.startsWith("cn:")).toBe(true);
    }
    expect(ids.size).toBe(3);
  });

  it("records harvest as commissioning with harvest dates in the ILMD", () => {
    const [harvest, inspection, shipping] = doc.epcisBody.eventList;
    expect(harvest).toMatchObject({
      action: "ADD",
      bizStep: "commissioning",
      ilmd: { "cbvmda:harvestStartDate": "2026-11-10", "cbvmda:harvestEndDate": "2026-11-12", "cbvmda:itemExpirationDate": "2027-01-13" },
    });
    expect(inspection).not.toHaveProperty("ilmd");
    expect(inspection["cn:inspectionResults"]).toEqual([expect.objectContaining({ "cn:result": "PASS", "cn:agency": "监管站" })]);
    expect(shipping).toMatchObject({ disposition: "in_transit", action: "OBSERVE" });
  });

  it("survives a JSON round trip unchanged (no Dates or undefined left inside)", () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
