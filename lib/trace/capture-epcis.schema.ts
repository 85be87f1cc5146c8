// What the EPCIS capture endpoint accepts (capture-epcis.ts): an EPCIS 2.0 JSON-LD EPCISDocument
// whose events are ObjectEvents about our batches. It follows GS1's EPCIS 2.0 JSON Schema for
// every member it accepts and refuses, with a message, the members and event types we would not
// store; extension members (keys that are URIs or CURIEs such as "cn:place") pass through as the
// standard allows. Test (capture-epcis.test.ts): on GS1's 47 example documents and on broken
// copies of them, this schema never accepts a document the official schema rejects; our own
// exports (less the commissioning event) are accepted by both.
import { z } from "zod";

// RFC 3986 characters (format "uri" in the official schema): scheme ":" then unreserved,
// reserved or percent-encoded characters.
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const uri = z.string().regex(URI, "must be a URI");

// xsd:dateTime with a time zone (format "date-time"), and a real date.
const time = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, "must be a date-time with a time zone, e.g. 2026-11-20T09:30:00+08:00")
  .refine((v) => {
    const [y, m, d] = v.slice(0, 10).split("-").map(Number);
    const [h, mi, s] = v.slice(11, 19).split(":").map(Number);
    const day = new Date(Date.UTC(y, m - 1, d));
    return day.getUTCMonth() === m - 1 && day.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
  }, "is not a real date and time");
const offset = z.string().regex(/^[+-]((0\d|1[0-3]):[0-5]\d|14:00)$/, "must be an offset such as +08:00");

const ZQuantityElement = z.strictObject({
  epcClass: uri,
  quantity: z.number().optional(),
  uom: z.string().regex(/^[A-Z0-9]{2,3}$/, "must be a UN/ECE Rec 20 code such as KGM").optional(),
});

/** The steps we record from other systems, and how the CBV writes them (bare or as a GS1 URI). */
export const CAPTURED_BIZ_STEPS = { packing: "PACKING", shipping: "SHIPPING", receiving: "RECEIVING", inspecting: "INSPECTING" } as const;
const bizStep = z
  .string()
  .transform((v) => v.replace(/^https:\/\/ref\.gs1\.org\/cbv\/BizStep-/, ""))
  .pipe(z.enum(Object.keys(CAPTURED_BIZ_STEPS) as [keyof typeof CAPTURED_BIZ_STEPS], { message: "bizStep must be packing, shipping, receiving or inspecting (batches are created, and harvests recorded, in the portal)" }));

// CBV 2.0 dispositions we accept, bare or as GS1 URIs.
const DISPOSITIONS = ["active", "in_progress", "in_transit", "conformant", "non_conformant", "available", "unavailable", "expired"] as const;
const disposition = z
  .string()
  .transform((v) => v.replace(/^https:\/\/ref\.gs1\.org\/cbv\/Disp-/, ""))
  .pipe(z.enum(DISPOSITIONS, { message: `disposition must be one of ${DISPOSITIONS.join(", ")}` }));

const context = z.union([uri, z.array(z.union([uri, z.record(z.string(), z.unknown())]))]);

/** Extension members: a key that is itself a URI or CURIE ("cn:place"), as the official propertyNames allow. */
function extensionsOnly(known: readonly string[], what: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const key of Object.keys(value)) {
      if (known.includes(key) || URI.test(key)) continue;
      ctx.addIssue({ code: "custom", path: [key], message: `${key} is not accepted in ${what}` });
    }
  };
}

const EVENT_KEYS = ["@context", "type", "eventTime", "eventTimeZoneOffset", "recordTime", "eventID", "action", "epcList", "quantityList", "bizStep", "disposition", "readPoint", "bizLocation", "certificationInfo"] as const;

export const ZCapturedObjectEvent = z
  .object({
    "@context": context.optional(),
    type: z.literal("ObjectEvent"),
    eventTime: time,
    eventTimeZoneOffset: offset,
    recordTime: time.optional(),
    eventID: uri.optional(),
    action: z.enum(["ADD", "OBSERVE", "DELETE"], { message: "must be ADD, OBSERVE or DELETE" }),
    epcList: z.array(uri).refine((l) => new Set(l).size === l.length, "has the same EPC twice").optional(),
    quantityList: z.array(ZQuantityElement).min(1).optional(),
    bizStep,
    disposition: disposition.optional(),
    readPoint: z.object({ id: uri }).catchall(z.unknown()).superRefine(extensionsOnly(["id"], "readPoint")).optional(),
    bizLocation: z.object({ id: uri }).catchall(z.unknown()).superRefine(extensionsOnly(["id"], "bizLocation")).optional(),
    certificationInfo: z.union([uri, z.array(uri)]).optional(),
  })
  .catchall(z.unknown())
  .superRefine(extensionsOnly(EVENT_KEYS, "an event (sensor data, transactions, ILMD and error declarations are not accepted here)"))
  // As the official schema: epcList (possibly empty) or a non-empty quantityList. That it names
  // one of our batches is checked by capture-epcis.ts.
  .refine((e) => e.epcList !== undefined || (e.quantityList?.length ?? 0) > 0, { message: "an ObjectEvent needs epcList or quantityList", path: ["quantityList"] });

const ZCapturedEvent = z.unknown().superRefine((value, ctx) => {
  const type = value && typeof value === "object" ? (value as { type?: unknown }).type : undefined;
  if (type !== "ObjectEvent") {
    ctx.addIssue({ code: "custom", path: ["type"], message: typeof type === "string" ? `${type} is not accepted here: only ObjectEvent` : "type is required" });
    return;
  }
  const parsed = ZCapturedObjectEvent.safeParse(value);
  if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
});

const DOCUMENT_KEYS = ["@context", "id", "type", "schemaVersion", "creationDate", "instanceIdentifier", "sender", "receiver", "epcisBody"] as const;

export const ZEpcisCaptureDocument = z
  .object({
    "@context": context,
    id: uri.optional(),
    type: z.literal("EPCISDocument", { message: "must be EPCISDocument" }),
    schemaVersion: z.string().regex(/^2\.0(\.\d+)*$/, "must be 2.0"),
    creationDate: time,
    instanceIdentifier: z.string().optional(),
    sender: z.string().optional(),
    receiver: z.string().optional(),
    epcisBody: z.strictObject({ eventList: z.array(ZCapturedEvent).min(1, "eventList is empty").max(500, "at most 500 events per capture") }),
  })
  .catchall(z.unknown())
  .superRefine(extensionsOnly(DOCUMENT_KEYS, "the document (no epcisHeader)"));

export type TCapturedObjectEvent = z.infer<typeof ZCapturedObjectEvent>;

/** zod issues as the capture answer's error list: a JSON Pointer and a message. */
export function captureErrors(error: z.ZodError): { pointer: string; message: string }[] {
  return error.issues.map((i) => ({ pointer: `/${i.path.map(String).join("/")}`, message: i.message }));
}
