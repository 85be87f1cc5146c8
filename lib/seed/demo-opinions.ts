// Demo 民意 of the fictional 桐川县: a draft open for comment, a closed one with its feedback
// summary, and two answered items on the public list (one suggestion adopted, one letter), so the
// pages show what they are for. Fixed tracking numbers and access codes (JY260301000101 / 26030201,
// XX260301000102 / 26030202), like the demo complaints.
import type { PrismaClient } from "@/generated/prisma/client";
import { hashAccessCode } from "../complaints/tracking-codes";

const DAY = 86_400_000;

export async function seedDemoOpinions(prisma: PrismaClient, { now = new Date() }: { now?: Date } = {}) {
  if ((await prisma.consultation.count()) > 0 || (await prisma.opinion.count()) > 0) return;
  const dept = async (code: string) => (await prisma.department.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
  const [agri, office, transport] = await Promise.all([dept("AGRI"), dept("GOV_OFFICE"), dept("TRANSPORT")]);
  await prisma.consultation.create({
    data: {
      slug: "draft-tea-industry-support",
      title: "桐川县茶产业发展扶持办法（征求意见稿）",
      summary: "对茶园改造、初制所升级和区域品牌建设给予补助，现公开征求意见。",
      draftText: "第一条 为促进全县茶产业高质量发展，制定本办法。\n\n第二条 对连片改造茶园20亩以上的，每亩补助500元。\n\n第三条 对通过食品生产许可的茶叶初制所，一次性补助5万元。\n\n第四条 本办法自发布之日起施行。",
      departmentId: agri,
      opensAt: new Date(now.getTime() - 3 * DAY),
      closesAt: new Date(now.getTime() + 27 * DAY),
    },
  });
  await prisma.consultation.create({
    data: {
      slug: "draft-rural-road-maintenance",
      title: "桐川县农村公路养护管理办法（征求意见稿）",
      draftText: "第一条 为加强农村公路养护管理，制定本办法。\n\n第二条 乡镇人民政府负责本辖区村道的日常养护。",
      departmentId: transport,
      opensAt: new Date(now.getTime() - 60 * DAY),
      closesAt: new Date(now.getTime() - 30 * DAY),
      feedbackSummary: "征求意见期间共收到意见12条，采纳7条，部分采纳2条，未采纳3条。\n\n- 采纳：明确村道养护资金由县乡两级分担；增加雨季巡查频次。\n- 未采纳：由村民自行养护村道（与公路法规定的养护责任不符）。",
      feedbackPublishedAt: new Date(now.getTime() - 20 * DAY),
    },
  });
  const items = [
    { no: "JY260301000101", kind: "SUGGESTION" as const, dept: agri, title: "建议在清溪镇增设茶叶鲜叶收购点", body: "清溪镇茶农每年春茶季都要把鲜叶运到县城收购，路远耽误时间，鲜叶容易发热变质。建议在清溪镇增设收购点。", outcome: "ADOPTED" as const, reply: "采纳。县农业农村局已与两家龙头企业商定，2027年春茶季前在清溪镇设立两个鲜叶收购点。" },
    { no: "XX260301000102", kind: "MAILBOX" as const, dept: office, title: "城关镇人民路夜间施工扰民", body: "人民路管网改造工程夜间施工到凌晨，附近居民休息受影响，希望县里管一管。", outcome: null, reply: "县政府办公室已协调施工单位，夜间22时后停止高噪声作业，确需连续施工的提前三天公告。" },
  ];
  for (const [i, o] of items.entries()) {
    const key = `demo-opinion-${i}`;
    const createdAt = new Date(now.getTime() - (40 - i * 5) * DAY);
    await prisma.opinion.create({
      data: {
        kind: o.kind,
        trackingNo: o.no,
        accessCodeHash: hashAccessCode(o.no, `2603020${i + 1}`),
        idempotencyKey: key,
        title: o.title,
        body: o.body,
        citizenPhone: "13800000000",
        consentToPublish: true,
        departmentId: o.dept,
        status: "ANSWERED",
        dueAt: new Date(createdAt.getTime() + 14 * DAY),
        yellowAt: new Date(createdAt.getTime() + 11 * DAY),
        outcome: o.outcome,
        reply: o.reply,
        answeredAt: new Date(createdAt.getTime() + 6 * DAY),
        publicBody: o.body,
        publishedAt: new Date(createdAt.getTime() + 7 * DAY),
        createdAt,
        events: { create: [{ type: "SUBMITTED", note: "收到", createdAt }, { type: "ANSWERED", note: "已答复", createdAt: new Date(createdAt.getTime() + 6 * DAY) }] },
      },
    });
  }
}
