import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { seedDemoCounty } from "@/lib/seed/seed-demo-county";
import { getDraftPhoto, saveComplaintDraft, newDraftId } from "./complaint-drafts";
import { fileComplaint } from "./file-complaint";
import { getFiledReceipt } from "./get-filed-receipt";
import { listPublishedCases } from "./list-published-cases";
import { previewComplaintDraft } from "./preview-complaint-draft";
import { categoryOptionLabel } from "./sla-text";
import { TINY_PNG as PNG } from "@/test/image-fixtures";

async function roadsCategoryId() {
  return (await prisma.complaintCategory.findUniqueOrThrow({ where: { code: "ROADS" } })).id;
}

async function draftWithPhoto(title = "城关镇解放路路灯不亮") {
  const draftId = newDraftId();
  await saveComplaintDraft({
    draftId,
    values: { categoryId: await roadsCategoryId(), title, description: "解放路中段十几盏路灯连续一周不亮，晚上行人很不安全。", address: "城关镇解放路中段", consentToPublish: "no", citizenName: "张三", citizenPhone: "13800138000" },
    photos: [{ fileName: "road.png", bytes: PNG }],
  });
  return draftId;
}

beforeAll(async () => {
  await seedDemoCounty(prisma, { year: 2026 });
});

describe("citizen pages", () => {
  it("labels a category with its department and deadline", async () => {
    const c = await prisma.complaintCategory.findUniqueOrThrow({ where: { code: "ROADS" }, include: { department: true, slaClass: true } });
    expect(categoryOptionLabel(c)).toBe("道路交通（县交通运输局，7个工作日）");
  });

  it("previews a draft with its department, deadline and similar recent cases", async () => {
    const first = await draftWithPhoto();
    const filed = await fileComplaint({ draftId: first });
    // Only published cases are offered (find-similar-complaints.ts).
    await prisma.complaint.update({ where: { id: filed.complaintId }, data: { consentToPublish: true, status: "RESOLVED", resolvedAt: new Date(), publicationApprovedAt: new Date(), publicationText: "已修复。" } });
    const second = await draftWithPhoto("解放路路灯不亮");
    const now = new Date();
    const preview = (await previewComplaintDraft({ draftId: second, now }))!;
    expect(preview.answers?.title).toBe("解放路路灯不亮");
    expect(preview.category).toMatchObject({ name: "道路交通", departmentName: "县交通运输局", slaText: "7个工作日" });
    expect(preview.expectedDeadlineAt!.getTime()).toBeGreaterThan(now.getTime() + 7 * 86_400_000);
    expect(preview.similar.map((s) => s.title)).toContain("城关镇解放路路灯不亮");
    expect(preview.isFiled).toBe(false);
    expect(await previewComplaintDraft({ draftId: newDraftId() })).toBeNull();
  });

  it("reports incomplete answers instead of a preview of them", async () => {
    const draftId = newDraftId();
    await saveComplaintDraft({ draftId, values: { title: "路灯" } }).catch(() => undefined);
    const preview = (await previewComplaintDraft({ draftId }))!;
    expect(preview.answers).toBeNull();
    expect(preview.fieldErrors.categoryId).toBe("请选择投诉类别");
  });

  it("serves a draft's photo only with its own draft id, and not after filing", async () => {
    const draftId = await draftWithPhoto();
    const [photo] = (await previewComplaintDraft({ draftId }))!.draft.photos;
    const served = await getDraftPhoto({ draftId, attachmentId: photo.id });
    expect(served?.mimeType).toBe("image/png");
    // The stored copy is re-encoded (lib/images/read-image.ts), still the 1 × 1 PNG.
    expect(Buffer.from(served!.data).subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(await getDraftPhoto({ draftId: newDraftId(), attachmentId: photo.id })).toBeNull();
    await fileComplaint({ draftId });
    expect(await getDraftPhoto({ draftId, attachmentId: photo.id })).toBeNull();
  });

  it("shows the receipt again with the right code and counts a wrong one", async () => {
    const receipt = await fileComplaint({ draftId: await draftWithPhoto() });
    const again = await getFiledReceipt({ trackingNo: receipt.trackingNo, accessCode: receipt.accessCode, clientKey: "test-a" });
    expect(again).toMatchObject({ trackingNo: receipt.trackingNo, departmentName: "县交通运输局", hasPhone: true });
    expect(again.deadlineAt.getTime()).toBe(receipt.deadlineAt.getTime());
    const wrong = receipt.accessCode === "00000000" ? "11111111" : "00000000";
    const err = await getFiledReceipt({ trackingNo: receipt.trackingNo, accessCode: wrong, clientKey: "test-a" }).catch((e) => e);
    expect(isAppError(err, "VALIDATION")).toBe(true);
    expect(err.fieldErrors.accessCode).toContain("还可尝试4次");
  });

  it("lists the demo published case with the phone number and name masked", async () => {
    const { items } = await listPublishedCases({ filters: {} });
    const demo = items.find((i) => i.trackingNo === "TC260301000101")!;
    expect(demo.text).toContain("139****5678");
    expect(JSON.stringify(items)).not.toContain("13912345678");
    expect(demo.citizen).toBe("刘**");
  });
});
