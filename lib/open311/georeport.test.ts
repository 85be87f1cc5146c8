import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createComplaintSetup, fileTestComplaint, publishTestComplaint } from "@/test/complaint-fixtures";
import { createOfficer } from "@/test/factories";
import { getPublishedCase, listPublishedCases } from "@/lib/complaints/list-published-cases";
import { issueApiKey, revokeApiKey } from "./api-keys";
import { createServiceRequest, getServiceDefinition, getServiceRequest, listServiceRequests, listServices, getRequestIdForToken, Open311Error } from "./georeport";
import { randomUUID } from "node:crypto";

async function status(p: Promise<unknown>) {
  const err = await p.then(() => null, (e) => e);
  expect(err).toBeInstanceOf(Open311Error);
  return (err as Open311Error).status;
}

describe("Open311 GeoReport v2", () => {
  it("lists services with their department and answers 404 for an unknown definition", async () => {
    const { category, department } = await createComplaintSetup();
    const services = await listServices();
    expect(services).toContainEqual(expect.objectContaining({ service_code: category.code, service_name: "道路交通", group: department.name, metadata: false, type: "realtime" }));
    await expect(getServiceDefinition(category.code)).resolves.toEqual({ service_code: category.code, attributes: [] });
    expect(await status(getServiceDefinition("NOPE"))).toBe(404);
  });

  it("shows exactly what 办理结果 shows: officer-approved cases with the approved, masked text", async () => {
    const { category } = await createComplaintSetup();
    const pii = { title: "王建国13812340000家门口路面塌陷", description: "我叫王建国，电话13812345678，微信wxid_abc123，解放路18号门口路面塌陷。" };
    const open = await fileTestComplaint(category.id, pii);
    const unapproved = await fileTestComplaint(category.id, pii);
    const approved = await fileTestComplaint(category.id, pii);
    const hidden = await fileTestComplaint(category.id, { consentToPublish: "no" });
    await prisma.complaint.update({ where: { id: unapproved.complaint.id }, data: { status: "RESOLVED", resolvedAt: new Date(), reply: "已修复。联系人王建国13812345678" } });
    await prisma.complaint.update({
      where: { id: approved.complaint.id },
      data: { status: "RESOLVED", resolvedAt: new Date(), publicationApprovedAt: new Date(), publicationText: "经核查，路面已修复。" },
    });
    for (const c of [open, unapproved, hidden]) expect(await status(getServiceRequest(c.complaint.trackingNo))).toBe(404);
    const [r] = await getServiceRequest(approved.complaint.trackingNo);
    expect(r).toMatchObject({ service_request_id: approved.complaint.trackingNo, status: "closed", service_code: category.code, status_notes: "经核查，路面已修复。", address: null, lat: null, long: null });
    const published = await getPublishedCase({ trackingNo: approved.complaint.trackingNo });
    expect(r.description).toBe(published!.title);
    for (const secret of ["13812340000", "13812345678", "王建国", "wxid_abc123", "解放路18号"]) expect(JSON.stringify(r)).not.toContain(secret);
    const list = await listServiceRequests({ service_code: category.code });
    expect(list.map((x) => x.service_request_id)).toEqual([approved.complaint.trackingNo]);
    const listed = await listPublishedCases({ filters: { categoryId: category.id } });
    expect(listed.items.map((x) => x.trackingNo)).toEqual(list.map((x) => x.service_request_id));
    expect(await listServiceRequests({ service_code: category.code, status: "open" })).toEqual([]);
    expect(await status(listServiceRequests({ start_date: "yesterday" }))).toBe(400);
  });

  it("takes several service codes, treats empty parameters as absent, and reads every W3C-DTF date form", async () => {
    const roads = await createComplaintSetup();
    const food = await createComplaintSetup();
    const a = await fileTestComplaint(roads.category.id);
    const b = await fileTestComplaint(food.category.id);
    // Open311 lists what 办理结果 lists: published cases only.
    for (const c of [a, b]) await publishTestComplaint(c.complaint.id);
    const both = await listServiceRequests({ service_code: `${roads.category.code},${food.category.code}` });
    expect(both.map((x) => x.service_request_id).sort()).toEqual([a.complaint.trackingNo, b.complaint.trackingNo].sort());
    const empty = await listServiceRequests({ service_code: roads.category.code, status: "", start_date: "", end_date: "" });
    expect(empty[0].status).toBe("closed");
    expect(empty.map((x) => x.service_request_id)).toEqual([a.complaint.trackingNo]);
    const year = String(new Date().getUTCFullYear());
    for (const start of [year, `${year}-01`, `${year}-01-01`, `${year}-01-01T00:00+08:00`, `${year}-01-01T00:00:00Z`, `${year}-01-01T00:00:00.5Z`]) {
      expect((await listServiceRequests({ service_code: roads.category.code, start_date: start })).length, start).toBe(1);
    }
    expect(await listServiceRequests({ service_code: roads.category.code, end_date: "2020" })).toEqual([]);
    expect(await status(listServiceRequests({ start_date: "2026-02-30" }))).toBe(400);
    expect(await status(listServiceRequests({ service_code: "A,,B" }))).toBe(400);
    // Date-times without fractional seconds.
    expect(both[0].requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("files a POST only with a valid key, idempotently, and refuses bad input with the spec's errors", async () => {
    const { category } = await createComplaintSetup();
    const { actor } = await createOfficer({ role: "ADMIN" });
    const { key, id } = await issueApiKey({ actor, input: { name: "12345热线平台" } });
    const params = { api_key: key, service_code: category.code, description: "桥头路灯连续三晚不亮，行人夜间看不清路。", lat: "30.1", long: "120.2", first_name: "建国", last_name: "王", phone: "13812345678" };
    expect(await status(createServiceRequest({ ...params, api_key: "wrong" }))).toBe(403);
    const token = randomUUID();
    const [created] = await createServiceRequest(params, token);
    const [again] = await createServiceRequest(params, token);
    expect(again.service_request_id).toBe(created.service_request_id);
    expect(await getRequestIdForToken(token)).toEqual([{ service_request_id: created.service_request_id, token }]);
    const stored = await prisma.complaint.findUniqueOrThrow({ where: { trackingNo: created.service_request_id } });
    expect(stored).toMatchObject({ source: "OPEN311", citizenName: "王建国", latitude: 30.1, longitude: 120.2 });
    expect(await status(createServiceRequest({ ...params, description: "太短" }))).toBe(400);
    expect(await status(createServiceRequest({ ...params, service_code: "NOPE" }))).toBe(404);
    await revokeApiKey({ actor, id });
    expect(await status(createServiceRequest(params))).toBe(403);
  });
});
