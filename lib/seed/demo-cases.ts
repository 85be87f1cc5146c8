// Demonstration complaints, so the officer workbench, the case page and the supervision board have
// something to show on a fresh install, and so the e2e tests have cases to act on without filing
// through the citizen pages. Create-only, keyed by fixed tracking numbers: running it again
// changes nothing and never undoes what officers did to a case since.
//
// The rows carry the same fields fileComplaint sets (tracking number, access-code hash, deadline
// from the SLA class on the work calendar, 80% warning point, acceptance deadline, a SUBMITTED
// event). Times are relative to the moment of seeding, so a fresh database always holds one case
// already past its deadline and one near it.
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ComplaintEventType, ComplaintStatus } from "@/generated/prisma/enums";
import { loadCalendarOverrides } from "../calendar/load-calendar";
import { computeDeadline, yellowWarningPoint } from "../calendar/work-calendar";
import { hashAccessCode } from "../complaints/tracking-codes";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// A 1×1 PNG, so the case page and the officer photo route have a photo to show.
const DEMO_PHOTO = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

interface DemoCase {
  trackingNo: string;
  /** The demo access code (the real ones derive from the filing's idempotency key). */
  accessCode: string;
  category: string;
  title: string;
  description: string;
  address: string;
  citizenName: string;
  citizenPhone: string;
  consentToPublish: boolean;
  /** How long ago the citizen filed. */
  filedAgoMs: number;
  status: ComplaintStatus;
  /** Officer login name of the handler, for cases past acceptance. */
  handler?: string;
  /** A fixed time left on the clock instead of the SLA class (a near-due demonstration). */
  deadlineInMs?: number;
  withPhoto?: boolean;
}

/**
 * Tracking numbers TC261120000001… Each e2e test uses its own case, so tests never depend on each
 * other: 1 handler resolves, 2 overdue on the board, 3 stale-page conflict, 4 another
 * department's case, 5 near due, 6 and 7 spare new cases; 11 and 12 wait in the 12345 dispatch
 * queue (安全隐患, 其他).
 */
export const DEMO_CASES: DemoCase[] = [
  {
    trackingNo: "TC261120000001",
    accessCode: "26112001",
    category: "ROADS",
    title: "清溪镇桃花村村道路面塌陷",
    description: "桃花村3组村道中段路面塌陷，形成约一米宽的坑，夜间没有警示，电动车已经摔倒两次，请尽快修复。",
    address: "清溪镇桃花村3组村道",
    citizenName: "刘桂兰",
    citizenPhone: "15900001101",
    consentToPublish: true,
    filedAgoMs: 2 * HOUR,
    status: "SUBMITTED",
    withPhoto: true,
  },
  {
    trackingNo: "TC261120000002",
    accessCode: "26112002",
    category: "ROADS",
    title: "城关镇客运站至石门乡班车长期停运",
    description: "城关镇客运站开往石门乡的客运班车从上月起停运，没有任何通知，村里老人去县城看病只能包车，请恢复班车。",
    address: "城关镇客运站",
    citizenName: "王德福",
    citizenPhone: "15900001102",
    consentToPublish: false,
    filedAgoMs: 30 * DAY,
    status: "ACCEPTED",
  },
  {
    trackingNo: "TC261120000003",
    accessCode: "26112003",
    category: "ROADS",
    title: "县一中门口路段缺少减速带",
    description: "县一中校门口的道路车速很快，上下学时段学生过马路很危险，建议设置减速带和人行横道标线。",
    address: "城关镇学府路县一中校门口",
    citizenName: "陈晓燕",
    citizenPhone: "15900001103",
    consentToPublish: true,
    filedAgoMs: 3 * HOUR,
    status: "SUBMITTED",
  },
  {
    trackingNo: "TC261120000004",
    accessCode: "26112004",
    category: "FOOD_SAFETY",
    title: "农贸市场熟食摊位无防蝇设施",
    description: "城关农贸市场东门附近的熟食摊位没有防蝇罩，食品直接摆放在外面，卫生状况令人担忧。",
    address: "城关镇农贸市场东门",
    citizenName: "赵春梅",
    citizenPhone: "15900001104",
    consentToPublish: true,
    filedAgoMs: 5 * HOUR,
    status: "SUBMITTED",
  },
  {
    trackingNo: "TC261120000005",
    accessCode: "26112005",
    category: "ROADS",
    title: "石门乡王家湾村桥头护栏损坏",
    description: "王家湾村桥头的护栏被货车撞坏已有一周，桥下是河道，晚上行人车辆经过很危险。",
    address: "石门乡王家湾村桥头",
    citizenName: "王建军",
    citizenPhone: "15900001105",
    consentToPublish: true,
    filedAgoMs: 8 * DAY,
    status: "IN_PROGRESS",
    handler: "handler",
    deadlineInMs: 18 * HOUR,
  },
  {
    trackingNo: "TC261120000006",
    accessCode: "26112006",
    category: "ROADS",
    title: "滨河路路灯连续多晚不亮",
    description: "滨河路从大桥到公园一段的路灯已经连续五个晚上不亮，晚上散步的人很多，存在安全隐患。",
    address: "城关镇滨河路大桥至滨河公园段",
    citizenName: "孙丽",
    citizenPhone: "15900001106",
    consentToPublish: false,
    filedAgoMs: 1 * HOUR,
    status: "SUBMITTED",
  },
  {
    trackingNo: "TC261120000007",
    accessCode: "26112007",
    category: "ROADS",
    title: "公交3路末班车提前发车",
    description: "公交3路晚上的末班车经常比站牌上的时间提前十几分钟发车，下晚班的人经常赶不上。",
    address: "城关镇人民广场公交站",
    citizenName: "周强",
    citizenPhone: "15900001107",
    consentToPublish: true,
    filedAgoMs: 4 * HOUR,
    status: "SUBMITTED",
  },
  // In the 12345 dispatch queue: 安全隐患 has no fixed department (it goes to the government
  // office, the fallback owner), so the demo dispatcher routes it (e2e/case-handling).
  {
    trackingNo: "TC261120000011",
    accessCode: "26112011",
    category: "SAFETY_HAZARD",
    title: "城关镇老街电线杆倾斜",
    description: "老街菜市场门口的电线杆向路面倾斜，电线垂得很低，赶集的人多，担心倒下来伤人。",
    address: "城关镇老街菜市场门口",
    citizenName: "吴秀英",
    citizenPhone: "15900001111",
    consentToPublish: false,
    filedAgoMs: 20 * 60_000,
    status: "SUBMITTED",
  },
  {
    trackingNo: "TC261120000012",
    accessCode: "26112012",
    category: "OTHER",
    title: "村里广场舞音响太吵",
    description: "石门乡石门村文化广场每天晚上十点以后还在放广场舞音乐，声音很大，影响休息。",
    address: "石门乡石门村文化广场",
    citizenName: "郑海",
    citizenPhone: "15900001112",
    consentToPublish: false,
    filedAgoMs: 40 * 60_000,
    status: "SUBMITTED",
  },
];

export async function seedDemoCases(prisma: PrismaClient, { now = new Date() }: { now?: Date } = {}): Promise<number> {
  const existing = new Set(
    (await prisma.complaint.findMany({ where: { trackingNo: { in: DEMO_CASES.map((c) => c.trackingNo) } }, select: { trackingNo: true } })).map((c) => c.trackingNo),
  );
  let created = 0;
  for (const d of DEMO_CASES) {
    if (existing.has(d.trackingNo)) continue;
    const category = await prisma.complaintCategory.findUnique({ where: { code: d.category }, include: { slaClass: true, department: true } });
    if (!category) continue;
    const head = await prisma.officer.findFirst({ where: { departmentId: category.departmentId, role: "DEPARTMENT_HEAD" }, select: { id: true } });
    const handler = d.handler ? await prisma.officer.findUnique({ where: { username: d.handler }, select: { id: true } }) : null;
    const filedAt = new Date(now.getTime() - d.filedAgoMs);
    const calendar = await loadCalendarOverrides(prisma, filedAt);
    const deadlineAt = d.deadlineInMs !== undefined ? new Date(now.getTime() + d.deadlineInMs) : computeDeadline(filedAt, category.slaClass, calendar);
    const acceptedAt = d.status === "SUBMITTED" ? null : new Date(filedAt.getTime() + HOUR);

    const events: { type: ComplaintEventType; actorId: string | null; fromStatus: ComplaintStatus | null; toStatus: ComplaintStatus; note: string; createdAt: Date }[] = [
      { type: "SUBMITTED", actorId: null, fromStatus: null, toStatus: "SUBMITTED", note: `诉求已提交，由${category.department.name}办理。`, createdAt: filedAt },
    ];
    if (acceptedAt) events.push({ type: "ACCEPTED", actorId: head?.id ?? null, fromStatus: "SUBMITTED", toStatus: "ACCEPTED", note: `${category.department.name}已受理。`, createdAt: acceptedAt });
    if (d.status === "IN_PROGRESS") {
      events.push({ type: "IN_PROGRESS", actorId: handler?.id ?? null, fromStatus: "ACCEPTED", toStatus: "IN_PROGRESS", note: "正在办理。", createdAt: new Date(filedAt.getTime() + 2 * HOUR) });
    }

    await prisma.$transaction(async (tx) => {
      const complaint = await tx.complaint.create({
        data: {
          trackingNo: d.trackingNo,
          accessCodeHash: hashAccessCode(d.trackingNo, d.accessCode),
          categoryId: category.id,
          title: d.title,
          description: d.description,
          address: d.address,
          citizenName: d.citizenName,
          citizenPhone: d.citizenPhone,
          consentToPublish: d.consentToPublish,
          status: d.status,
          departmentId: category.departmentId,
          handlerId: handler?.id ?? null,
          deadlineAt,
          deadlineStartedAt: filedAt,
          yellowWarnAt: yellowWarningPoint(filedAt, deadlineAt),
          acceptDeadlineAt: new Date(filedAt.getTime() + category.slaClass.acceptHours * HOUR),
          acceptYellowAt: new Date(filedAt.getTime() + category.slaClass.acceptHours * HOUR * 0.8),
          acceptedAt,
          // One version step per transition after filing, as transitionComplaint would have left it.
          version: events.length,
          createdAt: filedAt,
          events: { create: events },
        },
      });
      if (d.withPhoto) {
        // Created on its own: PGlite's driver adapter refuses bytes inside a nested create.
        await tx.attachment.create({
          data: { complaintId: complaint.id, fileName: "路面塌陷.png", mimeType: "image/png", size: DEMO_PHOTO.length, sha256: createHash("sha256").update(DEMO_PHOTO).digest("hex"), data: Buffer.from(DEMO_PHOTO), createdAt: filedAt },
        });
      }
    });
    created++;
  }
  return created;
}
