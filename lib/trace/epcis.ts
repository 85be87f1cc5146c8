// A batch's events as an EPCIS 2.0 JSON-LD document (GS1 EPCIS 2.0.1 and CBV 2.0). Pure: the
// caller loads the batch (export-batch-epcis.ts).
//
// Mapping (DESIGN.md "Produce traceability"): the batch is a class-level identifier, its Digital
// Link URI without dates (EPCIS 2.0 accepts Digital Link URIs as epcClass), in quantityList.
// Harvest is a commissioning ObjectEvent with action ADD whose ILMD carries the harvest dates
// (AI 7007 as cbvmda:harvestStartDate/harvestEndDate) and expiry; the standard has no
// harvesting step. Places are free text here (no GLNs), so they go in an extension field rather
// than readPoint, which must be a URI. Inspection results ride on the inspecting event as an
// extension.
import { createHash } from "node:crypto";

export const EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

export type EventType = "COMMISSIONING" | "INSPECTING" | "PACKING" | "SHIPPING" | "RECEIVING";

export interface EpcisBatchInput {
  digitalLink: string;
  /** Namespace for this portal's extension fields, e.g. "https://portal.example/ns/trace#". */
  extensionNamespace: string;
  quantity: number | null;
  unit: string | null;
  harvestStart: Date | null;
  harvestEnd: Date | null;
  expiresAt: Date | null;
  events: {
    id: string;
    type: EventType;
    occurredAt: Date;
    place: string;
    actor: string;
    note: string | null;
    inspections: { item: string; result: "PASS" | "FAIL"; value: string | null; agency: string; reportNo: string | null; inspectedAt: Date }[];
  }[];
  now?: Date;
}

const BIZ_STEP: Record<EventType, string> = {
  COMMISSIONING: "commissioning",
  INSPECTING: "inspecting",
  PACKING: "packing",
  SHIPPING: "shipping",
  RECEIVING: "receiving",
};

const DISPOSITION: Record<EventType, string> = {
  COMMISSIONING: "active",
  INSPECTING: "active",
  PACKING: "active",
  SHIPPING: "in_transit",
  RECEIVING: "in_progress",
};

// UN/ECE Recommendation 20 codes, which EPCIS quantity elements use for uom.
const UOM: Record<string, string> = { 千克: "KGM", 公斤: "KGM", kg: "KGM", 克: "GRM", 吨: "TNE", 斤: "KGM" };

function quantityElement(input: EpcisBatchInput, epcClass: string) {
  if (input.quantity === null) return { epcClass };
  const uom = input.unit ? UOM[input.unit] : undefined;
  // 斤 is half a kilogram; everything else maps one to one.
  const quantity = input.unit === "斤" ? input.quantity / 2 : input.quantity;
  return uom ? { epcClass, quantity, uom } : { epcClass, quantity };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function buildEpcisDocument(input: EpcisBatchInput) {
  const epcClass = input.digitalLink;
  const eventList = input.events.map((e) => {
    const event: Record<string, unknown> = {
      type: "ObjectEvent",
      eventID: `urn:uuid:${uuidFromId(e.id)}`,
      // Beijing time: the county's events are recorded in China Standard Time.
      eventTime: e.occurredAt.toISOString(),
      eventTimeZoneOffset: "+08:00",
      epcList: [],
      quantityList: [quantityElement(input, epcClass)],
      action: e.type === "COMMISSIONING" ? "ADD" : "OBSERVE",
      bizStep: BIZ_STEP[e.type],
      disposition: DISPOSITION[e.type],
      "cn:place": e.place,
      "cn:actor": e.actor,
    };
    if (e.note) event["cn:note"] = e.note;
    if (e.type === "COMMISSIONING") {
      const ilmd: Record<string, string> = {};
      if (input.harvestStart) ilmd["cbvmda:harvestStartDate"] = isoDay(input.harvestStart);
      if (input.harvestEnd) ilmd["cbvmda:harvestEndDate"] = isoDay(input.harvestEnd);
      if (input.expiresAt) ilmd["cbvmda:itemExpirationDate"] = isoDay(input.expiresAt);
      if (Object.keys(ilmd).length) event.ilmd = ilmd;
    }
    if (e.inspections.length) {
      event["cn:inspectionResults"] = e.inspections.map((i) => ({
        "cn:item": i.item,
        "cn:result": i.result,
        ...(i.value ? { "cn:value": i.value } : {}),
        "cn:agency": i.agency,
        ...(i.reportNo ? { "cn:reportNo": i.reportNo } : {}),
        "cn:inspectedAt": i.inspectedAt.toISOString(),
      }));
    }
    return event;
  });
  return {
    "@context": [EPCIS_CONTEXT, { cn: input.extensionNamespace }],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: (input.now ?? new Date()).toISOString(),
    epcisBody: { eventList },
  };
}

/** A stable UUID-shaped identifier derived from our row id (EPCIS eventID must be a URI). */
function uuidFromId(id: string): string {
  const hex = createHash("sha256").update(`trace-event:${id}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
