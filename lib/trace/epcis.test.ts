import { describe, expect, it } from "vitest";
import { validate as isUuid, version as uuidVersion } from "uuid";
import { hasStandards, standardValidator } from "@/test/standards";
import { buildEpcisDocument, EPCIS_CONTEXT } from "./epcis";
import { EXTENSION_TERMS } from "./epcis-extension-terms";

const CBV_BIZ_STEPS = ["commissioning", "inspecting", "packing", "shipping", "receiving", "holding"];
const CBV_DISPOSITIONS = ["active", "in_transit", "in_progress", "conformant", "non_conformant", "recalled"];

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
      inspections: [{ id: "i1", item: "农药残留", result: "PASS" as const, value: "抑制率<50%", agency: "监管站", reportNo: "JC-1", inspectedAt: new Date("2026-11-13T01:00:00Z") }],
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
      // A real RFC 9562 UUID (name-based, version 5), not a hash cut to the shape of one.
      const uuid = String(e.eventID).replace(/^urn:uuid:/, "");
      expect(isUuid(uuid)).toBe(true);
      expect(uuidVersion(uuid)).toBe(5);
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
    expect(inspection.disposition).toBe("conformant");
    expect(shipping).toMatchObject({ disposition: "in_transit", action: "OBSERVE" });
  });

  it("survives a JSON round trip unchanged (no Dates or undefined left inside)", () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("is the same document when exported again (stable event ids)", () => {
    expect(buildEpcisDocument(input).epcisBody.eventList.map((e) => e.eventID)).toEqual(doc.epcisBody.eventList.map((e) => e.eventID));
  });
});

// A recalled batch with a certificate and an inspection recorded without an event (as the seed's).
const full = {
  ...input,
  pageUrl: "https://x.cn/trace/123456789012",
  status: "RECALLED" as const,
  recalledAt: new Date("2026-11-20T03:00:00Z"),
  recallReason: "抽检发现农药残留超标",
  certificates: [{ id: "c1", type: "COMMITMENT", number: "HG-2611-001", basis: "SELF_TEST", issuer: "清溪镇桃花村合作社", issuedAt: new Date("2026-11-13T00:00:00Z"), validUntil: null }],
  inspections: [
    { id: "i1", item: "农药残留", result: "PASS" as const, value: "抑制率<50%", agency: "监管站", reportNo: "JC-1", inspectedAt: new Date("2026-11-13T01:00:00Z") },
    { id: "i2", item: "重金属（镉）", result: "FAIL" as const, value: "0.08 mg/kg", agency: "县农产品质量检测中心", reportNo: "JC-2", inspectedAt: new Date("2026-11-19T06:00:00Z") },
  ],
};

describe("EPCIS 2.0 export of a recalled batch", () => {
  const doc = buildEpcisDocument(full);
  const events = doc.epcisBody.eventList;

  it("exports every inspection, also those recorded without an event, with its CBV disposition", () => {
    const results = events.flatMap((e) => (e["cn:inspectionResults"] as { "cn:item": string }[] | undefined) ?? []).map((r) => r["cn:item"]);
    expect(results.sort()).toEqual(["农药残留", "重金属（镉）"]);
    const own = events.find((e) => (e["cn:inspectionResults"] as { "cn:item": string }[] | undefined)?.[0]["cn:item"] === "重金属（镉）")!;
    expect(own).toMatchObject({ bizStep: "inspecting", disposition: "non_conformant", eventTime: "2026-11-19T06:00:00.000Z" });
    expect(events.map((e) => e.eventTime)).toEqual([...events.map((e) => e.eventTime)].sort());
  });

  it("shows the recall with the CBV disposition recalled and its reason", () => {
    const recall = events.at(-1)!;
    expect(recall).toMatchObject({ disposition: "recalled", persistentDisposition: { set: ["recalled"] }, "cn:recallReason": "抽检发现农药残留超标", eventTime: "2026-11-20T03:00:00.000Z" });
  });

  it("gives the commitment certificate as certificationInfo on the commissioning event", () => {
    const harvest = events.find((e) => e.bizStep === "commissioning")!;
    expect(harvest.certificationInfo).toEqual(["https://x.cn/trace/123456789012#certificate-c1"]);
    expect(harvest["cn:certificates"]).toEqual([expect.objectContaining({ "cn:certificateType": "COMMITMENT", "cn:commitmentBasis": "SELF_TEST" })]);
  });

  it("documents every extension term it writes (served at /ns/trace)", () => {
    const documented = new Set(EXTENSION_TERMS.map(([t]) => `cn:${t}`));
    const used = new Set<string>();
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) (k.startsWith("cn:") && used.add(k), walk(x));
    };
    walk(events);
    expect([...used].filter((k) => !documented.has(k))).toEqual([]);
  });

  it.skipIf(!hasStandards)("validates against GS1's official EPCIS 2.0 JSON Schema", () => {
    const validate = standardValidator("epcis/EPCIS-JSON-Schema.json");
    for (const d of [doc, buildEpcisDocument(input)]) expect(validate(JSON.parse(JSON.stringify(d))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The validator is not a yes-machine: a wrong disposition fails.
    const broken = JSON.parse(JSON.stringify(doc));
    broken.epcisBody.eventList[0].disposition = "not a disposition";
    broken.epcisBody.eventList[0].eventTime = "yesterday";
    expect(validate(broken)).toBe(false);
  });
});
