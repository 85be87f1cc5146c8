// Open311 GeoReport v2 over the complaint engine (JSON only). Statuses map to open/closed;
// `expected_datetime` is the deadline. It lists and shows exactly what 办理结果 (/complaints/published)
// shows: the cases the citizen agreed to publish and an officer approved, with the approved,
// masked text (list-published-cases.ts; no address, name or phone number); a POST files a case through
// the same draft-and-file path as the web form, so it gets the same deadline and idempotency.
import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";
import { newDraftId, isDraftId, saveComplaintDraft } from "../complaints/complaint-drafts";
import { fileComplaint, getComplaintReceipt, type ComplaintReceipt } from "../complaints/file-complaint";
import { OPEN_STATUSES, formatDeadline } from "../complaints/complaint-format";
import { publishedCaseSelect, publishedCaseWhere, toPublishedCase } from "../complaints/list-published-cases";
import { verifyApiKey } from "./api-keys";
import { formatW3cDateTime, parseW3cDateTime } from "./w3c-datetime";

/** An Open311 error: the HTTP status and the spec's [{ code, description }] body. */
export class Open311Error extends Error {
  constructor(readonly status: number, readonly description: string) {
    super(description);
  }
  body() {
    return [{ code: this.status, description: this.description }];
  }
}

export async function listServices() {
  const categories = await prisma.complaintCategory.findMany({
    where: { isActive: true, isPublic: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    include: { department: { select: { name: true } }, slaClass: { select: { name: true } } },
  });
  return categories.map((c) => ({
    service_code: c.code,
    service_name: c.name,
    description: c.description ?? "",
    metadata: false,
    type: "realtime",
    keywords: c.slaClass.name,
    group: c.department.name,
  }));
}

export async function getServiceDefinition(code: string) {
  const c = await prisma.complaintCategory.findFirst({ where: { code, isActive: true, isPublic: true } });
  if (!c) throw new Open311Error(404, `service_code ${code} not found`);
  // No category takes extra attributes (metadata is false), so the definition is empty.
  return { service_code: c.code, attributes: [] };
}

const requestSelect = {
  ...publishedCaseSelect,
  status: true,
  updatedAt: true,
  deadlineAt: true,
  category: { select: { code: true, name: true } },
} satisfies Prisma.ComplaintSelect;

type RequestRow = Prisma.ComplaintGetPayload<{ select: typeof requestSelect }>;

function toServiceRequest(c: RequestRow) {
  const view = toPublishedCase(c);
  const isOpen = OPEN_STATUSES.includes(c.status);
  return {
    service_request_id: view.trackingNo,
    status: isOpen ? "open" : "closed",
    status_notes: view.text || null,
    service_name: view.categoryName,
    service_code: c.category.code,
    description: view.title,
    agency_responsible: view.departmentName,
    service_notice: `办理期限 ${formatDeadline(c.deadlineAt)}`,
    requested_datetime: formatW3cDateTime(view.createdAt),
    updated_datetime: formatW3cDateTime(c.updatedAt),
    expected_datetime: formatW3cDateTime(c.deadlineAt),
    address: null,
    address_id: null,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
  };
}

const published = publishedCaseWhere;

// GeoReport v2: service_code and status take several values, comma-delimited; dates are any
// W3C-DTF form (w3c-datetime.ts); an empty parameter (`?status=`) is treated as absent.
const w3cDate = (end: boolean) =>
  z.string().transform((v, ctx) => parseW3cDateTime(v, { end }) ?? (ctx.addIssue({ code: "custom", message: "not a W3C-DTF date" }), z.NEVER));
const ZRequestFilters = z.object({
  service_request_id: z.string().max(2000).optional(),
  service_code: z.string().max(400).regex(/^[^,]+(,[^,]+)*$/).optional(),
  start_date: w3cDate(false).optional(),
  end_date: w3cDate(true).optional(),
  status: z.string().regex(/^(open|closed)(,(open|closed))*$/).optional(),
});

export async function listServiceRequests(params: Record<string, string>) {
  const parsed = ZRequestFilters.safeParse(Object.fromEntries(Object.entries(params).filter(([, v]) => v.trim() !== "")));
  if (!parsed.success) {
    const field = String(parsed.error.issues[0].path[0]);
    throw new Open311Error(400, `invalid ${field}`);
  }
  const f = parsed.data;
  const where: Prisma.ComplaintWhereInput = {};
  if (f.service_request_id) where.trackingNo = { in: f.service_request_id.split(",").map((s) => s.trim().toUpperCase()) };
  else {
    // The spec's default window: the last 90 days when no dates are given.
    const end = f.end_date ?? new Date();
    const start = f.start_date ?? new Date(end.getTime() - 90 * 86_400_000);
    if (start > end) throw new Open311Error(400, "start_date must be before end_date");
    where.createdAt = { gte: start, lte: end };
    if (f.service_code) where.category = { code: { in: f.service_code.split(",").map((s) => s.trim()) } };
    if (f.status) {
      const wanted = new Set(f.status.split(","));
      if (wanted.size === 1) where.status = wanted.has("open") ? { in: OPEN_STATUSES } : { notIn: OPEN_STATUSES };
    }
  }
  // The filters narrow the published cases, never widen them (a status filter included).
  const rows = await prisma.complaint.findMany({ where: { AND: [published, where] }, orderBy: { createdAt: "desc" }, take: 1000, select: requestSelect });
  return rows.map(toServiceRequest);
}

export async function getServiceRequest(id: string) {
  const c = await prisma.complaint.findFirst({ where: { ...published, trackingNo: id.toUpperCase() }, select: requestSelect });
  if (!c) throw new Open311Error(404, `service_request_id ${id} not found`);
  return [toServiceRequest(c)];
}

/** tokens/{token}.json: the POST's idempotency key (the draft id) resolves to the request id. */
export async function getRequestIdForToken(token: string) {
  if (!isDraftId(token)) throw new Open311Error(404, `token ${token} not found`);
  const c = await prisma.complaint.findUnique({ where: { idempotencyKey: token }, select: { trackingNo: true } });
  if (!c) throw new Open311Error(404, `token ${token} not found`);
  return [{ service_request_id: c.trackingNo, token }];
}

export async function createServiceRequest(params: Record<string, string>, idempotencyKey?: string | null) {
  if (!(await verifyApiKey(params.api_key))) throw new Open311Error(403, "api_key is missing or not valid");
  if (!params.service_code) throw new Open311Error(400, "service_code is required");
  const category = await prisma.complaintCategory.findFirst({ where: { code: params.service_code, isActive: true, isPublic: true } });
  if (!category) throw new Open311Error(404, `service_code ${params.service_code} not found`);
  const lat = params.lat ? Number(params.lat) : null;
  const long = params.long ? Number(params.long) : null;
  if ((lat !== null && !Number.isFinite(lat)) || (long !== null && !Number.isFinite(long))) throw new Open311Error(400, "lat and long must be numbers");
  const address = params.address_string || (lat !== null && long !== null ? `坐标 ${lat}, ${long}` : "");
  if (!address) throw new Open311Error(400, "a location is required: lat and long, or address_string");
  const description = (params.description ?? "").trim();
  const name = [params.last_name, params.first_name].filter(Boolean).join("");
  const draftId = isDraftId(idempotencyKey) ? idempotencyKey : newDraftId();
  try {
    await saveComplaintDraft({
      draftId,
      values: {
        categoryId: category.id,
        title: Array.from(description).slice(0, 30).join("") || category.name,
        description,
        address,
        isAnonymous: name && params.phone ? "" : "on",
        citizenName: name,
        citizenPhone: params.phone ?? "",
        consentToPublish: "no",
      },
    });
  } catch (err) {
    // A retry with the same Idempotency-Key after the first POST filed: answer the same request.
    if (err instanceof AppError && err.code === "CONFLICT") return receiptResponse((await getComplaintReceipt({ draftId }))!, draftId);
    if (err instanceof AppError && err.fieldErrors) {
      const [field, message] = Object.entries(err.fieldErrors)[0];
      const names: Record<string, string> = { description: "description", address: "address_string", citizenPhone: "phone", citizenName: "first_name", title: "description" };
      throw new Open311Error(400, `${names[field] ?? field}: ${message}`);
    }
    throw err;
  }
  const receipt = await fileComplaint({ draftId, source: "OPEN311" });
  if (lat !== null && long !== null) await prisma.complaint.update({ where: { id: receipt.complaintId }, data: { latitude: lat, longitude: long } });
  return receiptResponse(receipt, draftId);
}

function receiptResponse(receipt: ComplaintReceipt, draftId: string) {
  return [
    {
      service_request_id: receipt.trackingNo,
      service_notice: `由${receipt.departmentName}办理，办理期限 ${formatDeadline(receipt.deadlineAt)}`,
      account_id: null,
      token: draftId,
      // Extension: the private code the citizen needs to track the case on the portal.
      access_code: receipt.accessCode,
    },
  ];
}
