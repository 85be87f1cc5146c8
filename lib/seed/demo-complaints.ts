// Demo complaints for the fictional county: one handled case published with its personal data
// masked, one resolved case waiting for the citizen's rating, one open case past its deadline.
// The tracking numbers and access codes are documented in the README so the citizen pages can
// be tried at once. Created only when missing, never updated (seedDemoCounty's rule); the
// dates are relative to the first seeding, so a fresh database always has a rateable case.
import type { PrismaClient } from "@/generated/prisma/client";
import type { ComplaintEventType, ComplaintStatus } from "@/generated/prisma/enums";
import { maskPii } from "../complaints/mask-pii";
import { hashAccessCode } from "../complaints/tracking-codes";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface DemoComplaint {
  trackingNo: string;
  accessCode: string;
  category: string;
  department: string;
  status: ComplaintStatus;
  title: string;
  description: string;
  address: string;
  citizenName: string;
  citizenPhone: string;
  consentToPublish: boolean;
  /** Offsets from the seeding moment, in milliseconds. */
  createdAgo: number;
  deadlineIn: number;
  resolvedAgo?: number;
  reply?: string;
  satisfaction?: number;
  publish?: boolean;
  events: { type: ComplaintEventType; ago: number; note: string; toStatus?: ComplaintStatus; isPublic?: boolean }[];
}

export const DEMO_COMPLAINTS: DemoComplaint[] = [
  {
    trackingNo: "TC260301000101",
    accessCode: "26030101",
    category: "ROADS",
    department: "TRANSPORT",
    status: "CLOSED",
    title: "桃花村村道路面塌陷，雨天积水",
    description:
      "我叫刘春燕，电话13912345678，住在清溪镇桃花村3组12号。村口到小学的村道有一段路面塌陷约两米，下雨后积水很深，学生和三轮车经过很危险，希望尽快修复。",
    address: "清溪镇桃花村3组12号附近村道",
    citizenName: "刘春燕",
    citizenPhone: "13912345678",
    consentToPublish: true,
    createdAgo: 20 * DAY,
    deadlineIn: -10 * DAY,
    resolvedAgo: 13 * DAY,
    reply: "经现场核查，该路段路基因雨水冲刷下沉。我局已安排公路养护站完成挖补修复并设置警示标志，现已恢复通行。感谢您的监督。",
    satisfaction: 5,
    publish: true,
    events: [
      { type: "SUBMITTED", ago: 20 * DAY, note: "诉求已提交，由县交通运输局办理。", toStatus: "SUBMITTED" },
      { type: "ACCEPTED", ago: 20 * DAY - 1 * HOUR, note: "县交通运输局已受理。", toStatus: "ACCEPTED" },
      { type: "IN_PROGRESS", ago: 19 * DAY, note: "已安排公路养护站现场核查。", toStatus: "IN_PROGRESS" },
      { type: "RESOLVED", ago: 13 * DAY, note: "已办结。", toStatus: "RESOLVED" },
      { type: "RATED", ago: 12 * DAY, note: "群众评价：已解决，满意度5分", toStatus: "CLOSED" },
      { type: "PUBLICATION_APPROVED", ago: 12 * DAY, note: "公开文本已审核通过。", isPublic: false },
    ],
  },
  {
    trackingNo: "TC260301000102",
    accessCode: "26030102",
    category: "FOOD_SAFETY",
    department: "MARKET",
    status: "RESOLVED",
    title: "城关农贸市场熟食摊未戴口罩手套",
    description: "城关农贸市场东门熟食摊位的摊主售卖卤菜时不戴口罩和手套，直接用手抓取，卫生状况令人担忧。",
    address: "城关镇农贸市场东门",
    citizenName: "陈立新",
    citizenPhone: "13900000102",
    consentToPublish: false,
    createdAgo: 4 * DAY,
    deadlineIn: 3 * DAY,
    resolvedAgo: 2 * HOUR,
    reply: "执法人员已到现场检查，责令该摊主规范佩戴口罩和手套，并对市场内熟食摊位开展了专项检查，将持续跟踪。",
    events: [
      { type: "SUBMITTED", ago: 4 * DAY, note: "诉求已提交，由县市场监督管理局办理。", toStatus: "SUBMITTED" },
      { type: "ACCEPTED", ago: 4 * DAY - 2 * HOUR, note: "县市场监督管理局已受理。", toStatus: "ACCEPTED" },
      { type: "IN_PROGRESS", ago: 3 * DAY, note: "执法人员将到现场检查。", toStatus: "IN_PROGRESS" },
      { type: "RESOLVED", ago: 2 * HOUR, note: "已办结。", toStatus: "RESOLVED" },
    ],
  },
  {
    trackingNo: "TC260301000103",
    accessCode: "26030103",
    category: "ROADS",
    department: "TRANSPORT",
    status: "IN_PROGRESS",
    title: "城关客运站至石门乡班车经常停开",
    description: "城关客运站开往石门乡的下午班车最近两周经常停开，也不提前通知，村民去县城看病很不方便。",
    address: "城关镇客运站",
    citizenName: "王秀英",
    citizenPhone: "13900000103",
    consentToPublish: false,
    createdAgo: 12 * DAY,
    deadlineIn: -2 * DAY,
    events: [
      { type: "SUBMITTED", ago: 12 * DAY, note: "诉求已提交，由县交通运输局办理。", toStatus: "SUBMITTED" },
      { type: "ACCEPTED", ago: 12 * DAY - 1 * HOUR, note: "县交通运输局已受理。", toStatus: "ACCEPTED" },
      { type: "IN_PROGRESS", ago: 11 * DAY, note: "已联系客运公司核实班次情况。", toStatus: "IN_PROGRESS" },
    ],
  },
];

export async function seedDemoComplaints(prisma: PrismaClient, now = new Date()): Promise<void> {
  const existing = new Set((await prisma.complaint.findMany({ where: { trackingNo: { in: DEMO_COMPLAINTS.map((c) => c.trackingNo) } }, select: { trackingNo: true } })).map((c) => c.trackingNo));
  for (const d of DEMO_COMPLAINTS) {
    if (existing.has(d.trackingNo)) continue;
    const [category, department] = await Promise.all([
      prisma.complaintCategory.findUnique({ where: { code: d.category } }),
      prisma.department.findUnique({ where: { code: d.department } }),
    ]);
    if (!category || !department) continue;
    const at = (ago: number) => new Date(now.getTime() - ago);
    const createdAt = at(d.createdAgo);
    const deadlineAt = new Date(now.getTime() + d.deadlineIn);
    const resolvedAt = d.resolvedAgo === undefined ? null : at(d.resolvedAgo);
    const masked = { names: [d.citizenName], addresses: [d.address] };
    await prisma.complaint.create({
      data: {
        trackingNo: d.trackingNo,
        accessCodeHash: hashAccessCode(d.trackingNo, d.accessCode),
        categoryId: category.id,
        departmentId: department.id,
        status: d.status,
        title: d.title,
        description: d.description,
        address: d.address,
        citizenName: d.citizenName,
        citizenPhone: d.citizenPhone,
        consentToPublish: d.consentToPublish,
        createdAt,
        deadlineStartedAt: createdAt,
        deadlineAt,
        acceptDeadlineAt: new Date(createdAt.getTime() + 2 * HOUR),
        acceptYellowAt: new Date(createdAt.getTime() + 1.6 * HOUR),
        acceptedAt: at(d.events.find((e) => e.type === "ACCEPTED")!.ago),
        yellowWarnAt: new Date(createdAt.getTime() + Math.floor((deadlineAt.getTime() - createdAt.getTime()) * 0.8)),
        reply: d.reply ?? null,
        repliedAt: d.reply ? resolvedAt : null,
        resolvedAt,
        closedAt: d.status === "CLOSED" ? at(12 * DAY) : null,
        isSolved: d.satisfaction ? true : null,
        satisfaction: d.satisfaction ?? null,
        ratedAt: d.satisfaction ? at(12 * DAY) : null,
        // Published text is masked the way an officer's approval masks it (approve-publication.ts).
        publicationText: d.publish ? maskPii(`${d.description}\n\n办理结果：${d.reply}`, masked) : null,
        publicationApprovedAt: d.publish ? at(12 * DAY) : null,
        events: {
          create: d.events.map((e) => ({
            type: e.type,
            toStatus: e.toStatus ?? null,
            note: e.type === "RESOLVED" && d.reply ? `已办结。答复：${d.reply}` : e.note,
            isPublic: e.isPublic ?? true,
            createdAt: at(e.ago),
          })),
        },
      },
    });
  }
}
