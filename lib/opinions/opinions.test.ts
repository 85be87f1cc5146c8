// 民意 (issue 15): a suggestion goes in like a complaint (receipt, code, SMS, deadline on the work
// calendar), the office assigns it, the department answers with an outcome, an officer approves
// the masked text, and the public list shows it with the yearly figures. Consultations take
// comments until they close, then publish a feedback summary. Deadlines are the engine's.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { newDraftId } from "@/lib/complaints/complaint-drafts";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { seedReferenceData } from "@/lib/seed/seed-reference-data";
import { sweepSupervision } from "@/lib/supervision/sweep-supervision";
import { opinionKind } from "@/lib/supervision/kinds/opinion";
import { unique } from "@/test/factories";
import { commentOnConsultation, createConsultation, getConsultation, listConsultations, publishFeedbackSummary } from "./consultations";
import { answerOpinion, assignOpinion, getOfficerOpinion, listOfficerOpinions, publishOpinion } from "./handle-opinion";
import { listPublishedOpinions, opinionYearFigures } from "./public-opinions";
import { submitOpinion } from "./submit-opinion";
import { trackOpinion } from "./track-opinion";

let departments: Map<string, string>;
const actors: Record<string, Actor> = {};

async function officer(role: "DEPARTMENT_HEAD" | "HANDLER" | "CONTENT_EDITOR", code: string, phone: string | null = null): Promise<Actor> {
  const o = await prisma.officer.create({ data: { username: unique("op"), name: "测试", role, departmentId: departments.get(code)!, passwordHash: "x", phone } });
  return { id: o.id, name: o.name, username: o.username, role: o.role, departmentId: o.departmentId };
}

beforeAll(async () => {
  departments = await seedReferenceData(prisma, { year: 2026 });
  actors.office = await officer("DEPARTMENT_HEAD", "GOV_OFFICE", "13900000001");
  actors.agriHead = await officer("DEPARTMENT_HEAD", "AGRI", "13900000002");
  actors.agriHandler = await officer("HANDLER", "AGRI");
  actors.editor = await officer("CONTENT_EDITOR", "GOV_OFFICE");
}, 60_000);

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

// Monday 2026-11-30 10:00 Beijing.
const monday = new Date("2026-11-30T02:00:00Z");
const suggestion = (overrides: Record<string, string> = {}) => ({
  kind: "SUGGESTION",
  title: "建议在清溪镇增设茶叶收购点",
  body: "清溪镇茶农每年春茶季要把鲜叶运到县城，路远耽误时间，建议在镇上增设收购点。我叫王小明，电话13655550123。",
  citizenName: "王小明",
  citizenPhone: "136 5555 0123",
  consentToPublish: "yes",
  ...overrides,
});

describe("suggestions and letters", () => {
  it("files with a receipt, an SMS and a deadline of 15 working days; a retry gives the same receipt", async () => {
    const formKey = newDraftId();
    const receipt = await submitOpinion({ formKey, input: suggestion(), clientKey: unique("c"), now: monday });
    expect(receipt.trackingNo).toMatch(/^JY\d{12}$/);
    expect(receipt.accessCode).toMatch(/^\d{8}$/);
    expect(receipt.departmentName).toBe("县人民政府办公室");
    // 15 working days from Monday 10:00: three weeks on, Monday 10:00.
    expect(receipt.dueAt.toISOString()).toBe("2026-12-21T02:00:00.000Z");
    const again = await submitOpinion({ formKey, input: suggestion({ title: "改过的标题不会再提交一次" }), clientKey: unique("c"), now: monday });
    expect(again).toEqual(receipt);
    const sms = await prisma.outboxMessage.findMany({ where: { relatedType: "Opinion", template: { in: ["opinion.received", "opinion.new"] } } });
    expect(sms.find((m) => m.recipient === "13655550123")?.body).toContain(receipt.accessCode);
    expect(sms.some((m) => m.recipient === "13900000001")).toBe(true);
  });

  it("refuses bad answers with messages beside the fields", async () => {
    const err = await failure(submitOpinion({ formKey: newDraftId(), input: suggestion({ title: "", body: "太短", citizenPhone: "12345" }), clientKey: unique("c") }));
    expect(err?.fieldErrors).toMatchObject({ title: "请填写标题", body: expect.stringContaining("20个字"), citizenPhone: expect.stringContaining("11位") });
    const expired = await failure(submitOpinion({ formKey: "not-a-key", input: suggestion(), clientKey: unique("c") }));
    expect(expired?.fieldErrors?.form).toMatch(/失效/);
  });

  it("goes from the office to the department, is answered, approved and published masked", async () => {
    const r = await submitOpinion({ formKey: newDraftId(), input: suggestion(), clientKey: unique("c"), now: monday });
    const o = await prisma.opinion.findUniqueOrThrow({ where: { trackingNo: r.trackingNo } });
    // Not the agriculture bureau's yet.
    expect((await listOfficerOpinions({ actor: actors.agriHead })).some((x) => x.id === o.id)).toBe(false);
    await assignOpinion({ actor: actors.office, opinionId: o.id, expectedVersion: o.version, input: { departmentId: departments.get("AGRI")! }, now: monday });
    const stale = await failure(assignOpinion({ actor: actors.office, opinionId: o.id, expectedVersion: o.version, input: { departmentId: departments.get("AGRI")! } }));
    expect(stale).toBeInstanceOf(AppError);
    const view = await getOfficerOpinion({ actor: actors.agriHandler, opinionId: o.id });
    expect(view.departmentName).toBe("县农业农村局");
    const noOutcome = await failure(answerOpinion({ actor: actors.agriHandler, opinionId: o.id, expectedVersion: view.version, input: { reply: "我局将在春茶季前研究设点方案。" } }));
    expect(noOutcome?.fieldErrors?.outcome).toBe("请选择采纳情况");
    await answerOpinion({ actor: actors.agriHandler, opinionId: o.id, expectedVersion: view.version, input: { outcome: "ADOPTED", reply: "采纳。2027年春茶季前在清溪镇设立两个鲜叶收购点。" } });
    const tracked = await trackOpinion({ input: { trackingNo: r.trackingNo.replace(/(\d{4})/g, "$1 "), accessCode: r.accessCode }, clientKey: unique("c") });
    expect(tracked).toMatchObject({ status: "ANSWERED", outcome: "ADOPTED", reply: expect.stringContaining("收购点") });
    const answered = await prisma.opinion.findUniqueOrThrow({ where: { id: o.id } });
    await publishOpinion({ actor: actors.agriHead, opinionId: o.id, expectedVersion: answered.version, input: { publicBody: answered.body } });
    const { items } = await listPublishedOpinions({ kind: "SUGGESTION" });
    const shown = items.find((i) => i.trackingNo === r.trackingNo)!;
    expect(shown.publicBody).not.toContain("13655550123");
    expect(shown.publicBody).not.toContain("王小明");
    expect(shown.outcome).toBe("ADOPTED");
    const figures = await opinionYearFigures();
    expect(figures.find((f) => f.year === 2026 && f.kind === "SUGGESTION")).toMatchObject({ adopted: expect.any(Number) });
    expect(figures.find((f) => f.year === 2026 && f.kind === "SUGGESTION")!.adopted).toBeGreaterThanOrEqual(1);
  });

  it("a wrong access code is refused and counted", async () => {
    const r = await submitOpinion({ formKey: newDraftId(), input: suggestion({ kind: "MAILBOX" }), clientKey: unique("c"), now: monday });
    expect(r.trackingNo).toMatch(/^XX/);
    const err = await failure(trackOpinion({ input: { trackingNo: r.trackingNo, accessCode: "00000000" }, clientKey: unique("c") }));
    expect(err?.fieldErrors?.accessCode).toMatch(/还可尝试4次/);
  });

  it("is warned yellow and red by the supervision sweeper, once", async () => {
    const r = await submitOpinion({ formKey: newDraftId(), input: suggestion({ kind: "MAILBOX" }), clientKey: unique("c"), now: monday });
    const o = await prisma.opinion.findUniqueOrThrow({ where: { trackingNo: r.trackingNo } });
    const late = new Date(o.dueAt.getTime() + 3600_000);
    const first = await sweepSupervision({ now: late, kinds: [opinionKind] });
    expect(first.red).toBeGreaterThanOrEqual(1);
    const second = await sweepSupervision({ now: late, kinds: [opinionKind] });
    expect(second.red).toBe(0);
    const events = await prisma.opinionEvent.findMany({ where: { opinionId: o.id } });
    expect(events.map((e) => e.type)).toContain("RED_CARD");
    const board = await opinionKind.listDue(prisma, { departmentId: null }, late, "overdue", 50);
    expect(board.find((b) => b.id === o.id)).toMatchObject({ kindLabel: "县长信箱", href: `/officer/opinions/${o.id}` });
  });
});

describe("consultations on draft policies", () => {
  it("takes comments until the closing date, then publishes the feedback summary", async () => {
    const now = new Date();
    const slug = unique("draft-tea-");
    const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
    const c = await createConsultation({
      actor: actors.editor,
      input: { title: "桐川县茶产业扶持办法（征求意见稿）", slug, draftText: "第一条 为促进茶产业发展，制定本办法。第二条 ……", departmentId: departments.get("AGRI")!, opensAt: day(-1), closesAt: day(3) },
      now,
    });
    expect((await listConsultations(now)).open.map((x) => x.slug)).toContain(slug);
    const formKey = newDraftId();
    await commentOnConsultation({ slug, formKey, input: { body: "建议把茶园改造补助提高到每亩800元。" }, clientKey: unique("c"), now });
    await commentOnConsultation({ slug, formKey, input: { body: "建议把茶园改造补助提高到每亩800元。" }, clientKey: unique("c"), now });
    expect((await getConsultation({ slug, now })).commentCount).toBe(1);
    const bad = await failure(commentOnConsultation({ slug, formKey: newDraftId(), input: { body: "短" }, clientKey: unique("c"), now }));
    expect(bad?.fieldErrors?.body).toMatch(/10个字/);
    const tooEarly = await failure(publishFeedbackSummary({ actor: actors.editor, consultationId: c.id, expectedVersion: c.version, input: { feedbackSummary: "共收到意见1条，采纳1条：补助标准提高到每亩800元。" }, now }));
    expect(tooEarly?.code).toBe("CONFLICT");
    const after = new Date(c.closesAt.getTime() + 1000);
    const closed = await failure(commentOnConsultation({ slug, formKey: newDraftId(), input: { body: "截止以后的意见不应被接收。" }, clientKey: unique("c"), now: after }));
    expect(closed?.fieldErrors?.form).toMatch(/已截止/);
    await publishFeedbackSummary({ actor: actors.editor, consultationId: c.id, expectedVersion: c.version, input: { feedbackSummary: "共收到意见1条，采纳1条：补助标准提高到每亩800元。" }, now: after });
    expect((await getConsultation({ slug, now: after })).feedbackSummary).toContain("采纳1条");
  });

  it("a suggestion about a consultation goes to the department that drafted it", async () => {
    const slug = unique("draft-roads-");
    const now = new Date();
    const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
    await createConsultation({ actor: actors.editor, input: { title: "农村公路养护办法（征求意见稿）", slug, draftText: "第一条 为加强农村公路养护，制定本办法。", departmentId: departments.get("TRANSPORT")!, opensAt: day(0), closesAt: day(5) }, now });
    const r = await submitOpinion({ formKey: newDraftId(), input: suggestion({ topic: `consultation:${slug}` }), clientKey: unique("c"), now });
    expect(r.departmentName).toBe("县交通运输局");
  });
});
