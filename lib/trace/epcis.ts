// A batch's events as an EPCIS 2.0 JSON-LD document (GS1 EPCIS 2.0.1 and CBV 2.0). Pure: the
// caller loads the batch (export-batch-epcis.ts).
//
// Mapping (DESIGN.md "Produce traceability"): the batch is a class-level identifier, its Digital
// Link URI without dates (EPCIS 2.0 accepts Digital Link URIs as epcClass), in quantityList.
// Harvest is a commissioning ObjectEvent with action ADD whose ILMD carries the harvest dates
// (AI 7007 as cbvmda:harvestStartDate/harvestEndDate) and expiry; the standard has no
// harvesting step. Places are free text here (no GLNs), so they go in an extension field rather
// than readPoint, which must be a URI. Inspection results ride on the inspecting event as an
// extension (`cn:inspectionResults`, terms documented at {origin}/ns/trace, app/ns/trace), with the
// CBV disposition `conformant` / `non_conformant`; inspections recorded without an event (the
// seed's, older records) get an inspecting event of their own, so every result is exported. EPCIS
// sensor elements were considered and not used: a result's value is free text ("抑制率<50%"), not
// a number in a unit of a CBV measurement type.
// A recall is an event with disposition `recalled` and persistentDisposition set: recalled, with
// the reason; certificates (the commitment certificate first) are the commissioning event's
// certificationInfo (URIs of the certificate on the batch page) plus their details in `cn:`.
// eventIDs are name-based UUIDs (RFC 9562 version 5) of the row id under this portal's namespace:
// stable across exports, and real UUIDs.
import { v5 as uuidV5 } from "uuid";

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
  /** Base URI of the batch page, for certificate URIs ({page}#certificate-{id}). */
  pageUrl?: string;
  status?: "ACTIVE" | "RECALLED";
  recalledAt?: Date | null;
  recallReason?: string | null;
  certificates?: { id: string; type: string; number: string | null; basis: string | null; issuer: string | null; issuedAt: Date; validUntil: Date | null }[];
  /** Every inspection of the batch, linked to an event or not (those without one get their own event). */
  inspections?: { id: string; item: string; result: "PASS" | "FAIL"; value: string | null; agency: string; reportNo: string | null; inspectedAt: Date }[];
  events: {
    id: string;
    type: EventType;
    occurredAt: Date;
    place: string;
    actor: string;
    note: string | null;
    inspections: { id?: string; item: string; result: "PASS" | "FAIL"; value: string | null; agency: string; reportNo: string | null; inspectedAt: Date }[];
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

type Inspection = EpcisBatchInput["events"][number]["inspections"][number];

function inspectionResults(inspections: Inspection[]) {
  return inspections.map((i) => ({
    "cn:item": i.item,
    "cn:result": i.result,
    ...(i.value ? { "cn:value": i.value } : {}),
    "cn:agency": i.agency,
    ...(i.reportNo ? { "cn:reportNo": i.reportNo } : {}),
    "cn:inspectedAt": i.inspectedAt.toISOString(),
  }));
}

/** CBV 2.0: an inspection's outcome is the disposition conformant or non_conformant. */
const inspectionDisposition = (inspections: Inspection[]) => (inspections.some((i) => i.result === "FAIL") ? "non_conformant" : "conformant");

export function buildEpcisDocument(input: EpcisBatchInput) {
  const epcClass = input.digitalLink;
  const base = (id: string, at: Date) => ({
    type: "ObjectEvent",
    eventID: `urn:uuid:${eventUuid(id)}`,
    eventTime: at.toISOString(),
    // The county's events are recorded in China Standard Time.
    eventTimeZoneOffset: "+08:00",
    epcList: [],
    quantityList: [quantityElement(input, epcClass)],
  });
  const linked = new Set(input.events.flatMap((e) => e.inspections.map((i) => i.id)).filter(Boolean));
  const eventList: Record<string, unknown>[] = input.events.map((e) => {
    const event: Record<string, unknown> = {
      ...base(`trace-event:${e.id}`, e.occurredAt),
      action: e.type === "COMMISSIONING" ? "ADD" : "OBSERVE",
      bizStep: BIZ_STEP[e.type],
      disposition: e.type === "INSPECTING" && e.inspections.length ? inspectionDisposition(e.inspections) : DISPOSITION[e.type],
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
      const certificates = input.certificates ?? [];
      if (certificates.length && input.pageUrl) {
        event.certificationInfo = certificates.map((c) => `${input.pageUrl}#certificate-${c.id}`);
        event["cn:certificates"] = certificates.map((c) => ({
          "cn:certificateType": c.type,
          ...(c.number ? { "cn:number": c.number } : {}),
          ...(c.basis ? { "cn:commitmentBasis": c.basis } : {}),
          ...(c.issuer ? { "cn:issuer": c.issuer } : {}),
          "cn:issuedAt": isoDay(c.issuedAt),
          ...(c.validUntil ? { "cn:validUntil": isoDay(c.validUntil) } : {}),
        }));
      }
    }
    if (e.inspections.length) event["cn:inspectionResults"] = inspectionResults(e.inspections);
    return event;
  });
  for (const i of (input.inspections ?? []).filter((i) => !linked.has(i.id))) {
    eventList.push({
      ...base(`trace-inspection:${i.id}`, i.inspectedAt),
      action: "OBSERVE",
      bizStep: "inspecting",
      disposition: inspectionDisposition([i]),
      "cn:actor": i.agency,
      "cn:inspectionResults": inspectionResults([i]),
    });
  }
  if (input.status === "RECALLED" && input.recalledAt) {
    eventList.push({
      ...base(`trace-recall:${input.recalledAt.toISOString()}:${epcClass}`, input.recalledAt),
      action: "OBSERVE",
      bizStep: "holding",
      disposition: "recalled",
      persistentDisposition: { set: ["recalled"] },
      ...(input.recallReason ? { "cn:recallReason": input.recallReason } : {}),
    });
  }
  eventList.sort((a, b) => String(a.eventTime).localeCompare(String(b.eventTime)));
  return {
    "@context": [EPCIS_CONTEXT, { cn: input.extensionNamespace }],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: (input.now ?? new Date()).toISOString(),
    epcisBody: { eventList },
  };
}

/** This portal's UUID namespace for name-based event ids (a random v4, fixed forever). */
export const EVENT_ID_NAMESPACE = "3f0c7d2e-9b8a-4c61-a5e4-6f1d2b7c9e10";

/** A stable RFC 9562 version-5 UUID for an event's name (e.g. "trace-event:{rowId}"). */
export function eventUuid(name: string): string {
  return uuidV5(name, EVENT_ID_NAMESPACE);
}
