// EPCIS capture: a cooperative's or inspector's own system sends batch events as an EPCIS 2.0
// JSON-LD document (POST /api/trace/epcis/capture, with an API key issued like Open311's).
// Everything is checked first (the document against capture-epcis.schema.ts, then each event's
// batch, step and inspection results); a document with any error stores nothing and gets every
// error back; otherwise all its events are stored in one transaction. An event whose eventID was
// captured before is skipped, so a sender may retry.
import "server-only";
import { z } from "zod";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../errors";
import { verifyApiKey } from "../open311/api-keys";
import { siteConfig } from "../site";
import { CAPTURED_BIZ_STEPS, captureErrors, ZCapturedObjectEvent, ZEpcisCaptureDocument, type TCapturedObjectEvent } from "./capture-epcis.schema";
import { DigitalLinkError, parseDigitalLink } from "./digital-link";
import { touchBatch } from "./touch-batch";

export type CaptureError = { pointer: string; message: string };

/** A document that cannot be captured: every problem found, nothing stored. */
export class EpcisCaptureError extends Error {
  constructor(readonly errors: CaptureError[]) {
    super(`EPCIS capture refused: ${errors.length} error(s)`);
  }
}

const ZInspectionResult = z.object({
  item: z.string().trim().min(1, "item is required").max(60),
  result: z.enum(["PASS", "FAIL"], { message: "result must be PASS or FAIL" }),
  value: z.string().trim().max(60).optional(),
  agency: z.string().trim().min(1, "agency is required").max(60),
  reportNo: z.string().trim().max(40).optional(),
});

/** The prefixes a document's @context binds to our extension namespace ({origin}/ns/trace#). */
function ourPrefixes(context: unknown, namespace: string): string[] {
  const entries = Array.isArray(context) ? context : [context];
  return entries.flatMap((c) => (c && typeof c === "object" ? Object.entries(c).filter(([, v]) => v === namespace).map(([k]) => k) : []));
}

function term(obj: Record<string, unknown>, name: string, prefixes: string[], namespace: string): unknown {
  for (const p of prefixes) if (`${p}:${name}` in obj) return obj[`${p}:${name}`];
  return obj[`${namespace}${name}`];
}

const text = (v: unknown, max: number) => (typeof v === "string" && v.trim() ? v.trim().slice(0, max) : null);

export async function captureEpcisDocument({ apiKey, body }: { apiKey: string | null | undefined; body: unknown }) {
  const keyId = await verifyApiKey(apiKey);
  if (!keyId) throw new AppError("UNAUTHENTICATED", "api key is missing or not valid");
  const key = await prisma.apiKey.findUniqueOrThrow({ where: { id: keyId }, select: { name: true } });

  const parsed = ZEpcisCaptureDocument.safeParse(body);
  if (!parsed.success) throw new EpcisCaptureError(captureErrors(parsed.error));
  const doc = parsed.data;
  const namespace = `${siteConfig().url.replace(/\/+$/, "")}/ns/trace#`;
  const prefixes = ourPrefixes(doc["@context"], namespace);

  const errors: CaptureError[] = [];
  const planned: { batchId: string; event: TCapturedObjectEvent; type: (typeof CAPTURED_BIZ_STEPS)[keyof typeof CAPTURED_BIZ_STEPS]; inspections: z.infer<typeof ZInspectionResult>[] }[] = [];
  const seenIds = new Set<string>();
  for (const [index, raw] of doc.epcisBody.eventList.entries()) {
    const at = (path: string) => `/epcisBody/eventList/${index}${path}`;
    const event = ZCapturedObjectEvent.parse(raw) as TCapturedObjectEvent & Record<string, unknown>;
    if (event.eventID) {
      if (seenIds.has(event.eventID)) errors.push({ pointer: at("/eventID"), message: "the same eventID appears twice in this document" });
      seenIds.add(event.eventID);
    }
    // The batch: its Digital Link URI (/01/{gtin}/10/{lot}) in quantityList or epcList.
    const candidates = [...(event.quantityList ?? []).map((q, i) => [q.epcClass, `/quantityList/${i}/epcClass`] as const), ...(event.epcList ?? []).map((e, i) => [e, `/epcList/${i}`] as const)];
    if (candidates.length === 0) errors.push({ pointer: at("/quantityList"), message: "name the batch by its Digital Link URI (/01/{gtin}/10/{lot}) in quantityList or epcList" });
    const batchIds = new Set<string>();
    for (const [uri, path] of candidates) {
      let link;
      try {
        link = parseDigitalLink(uri);
      } catch (err) {
        if (!(err instanceof DigitalLinkError)) throw err;
        errors.push({ pointer: at(path), message: `not a GS1 Digital Link URI of a batch: ${err.message}` });
        continue;
      }
      if (link.lot === undefined) {
        errors.push({ pointer: at(path), message: "the Digital Link URI has no lot (/10/{lot})" });
        continue;
      }
      const batch = await prisma.batch.findFirst({ where: { lot: link.lot, product: { gtin: link.gtin } }, select: { id: true, status: true } });
      if (!batch) errors.push({ pointer: at(path), message: `no batch ${link.lot} of GTIN ${link.gtin} is registered` });
      else if (batch.status === "RECALLED") errors.push({ pointer: at(path), message: `batch ${link.lot} is recalled: no new events are recorded for it` });
      else batchIds.add(batch.id);
    }
    if (batchIds.size > 1) errors.push({ pointer: at(""), message: "an event may name one batch only" });
    const type = CAPTURED_BIZ_STEPS[event.bizStep];
    const inspections: z.infer<typeof ZInspectionResult>[] = [];
    if (type === "INSPECTING") {
      const results = term(event, "inspectionResults", prefixes, namespace);
      if (!Array.isArray(results) || results.length === 0) {
        errors.push({ pointer: at("/inspectionResults"), message: `an inspecting event needs inspectionResults in the namespace ${namespace}` });
      } else {
        results.forEach((r, i) => {
          const plain = Object.fromEntries(["item", "result", "value", "agency", "reportNo"].map((k) => [k, r && typeof r === "object" ? term(r as Record<string, unknown>, k, prefixes, namespace) : undefined]));
          const ok = ZInspectionResult.safeParse(plain);
          if (ok.success) inspections.push(ok.data);
          else for (const e of captureErrors(ok.error)) errors.push({ pointer: at(`/inspectionResults/${i}${e.pointer}`), message: e.message });
        });
      }
    }
    if (batchIds.size === 1) planned.push({ batchId: [...batchIds][0], event, type, inspections });
  }
  if (errors.length) throw new EpcisCaptureError(errors);

  // Retries: events whose eventID is already stored are skipped.
  const ids = planned.map((p) => p.event.eventID).filter((id): id is string => Boolean(id));
  const stored = ids.length
    ? await prisma.traceEvent.findMany({ where: { OR: ids.map((id) => ({ data: { path: ["eventID"], equals: id } })) }, select: { data: true } })
    : [];
  const known = new Set(stored.map((s) => (s.data as { eventID?: string }).eventID));
  const fresh = planned.filter((p) => !p.event.eventID || !known.has(p.event.eventID));

  await prisma.$transaction(async (tx) => {
    for (const batchId of new Set(fresh.map((p) => p.batchId))) await touchBatch(tx, batchId);
    for (const p of fresh) {
      const e = p.event as TCapturedObjectEvent & Record<string, unknown>;
      const place = text(term(e, "place", prefixes, namespace), 100) ?? e.bizLocation?.id ?? e.readPoint?.id ?? "（未注明）";
      const actor = text(term(e, "actor", prefixes, namespace), 60) ?? key.name;
      const created = await tx.traceEvent.create({
        data: {
          batchId: p.batchId,
          type: p.type,
          occurredAt: new Date(e.eventTime),
          place: place.slice(0, 100),
          actor,
          note: text(term(e, "note", prefixes, namespace), 200) ?? (p.type === "INSPECTING" ? p.inspections.map((i) => i.item).join("、").slice(0, 200) : null),
          data: { source: "epcis-capture", apiKeyId: keyId, ...(e.eventID ? { eventID: e.eventID } : {}), ...(e.disposition ? { disposition: e.disposition } : {}) },
        },
      });
      for (const i of p.inspections) {
        await tx.inspection.create({ data: { batchId: p.batchId, eventId: created.id, item: i.item, result: i.result, value: i.value || null, agency: i.agency, reportNo: i.reportNo || null, inspectedAt: new Date(e.eventTime) } });
      }
    }
    await writeAudit(tx, { actorId: null, action: "trace.epcis_captured", targetType: "ApiKey", targetId: keyId, details: { events: fresh.length, skipped: planned.length - fresh.length } });
  });
  return { captured: fresh.length, skippedAsDuplicates: planned.length - fresh.length };
}
