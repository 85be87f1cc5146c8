// 待办 of the complaint engine (cases and investors' inquiries, which are complaints of source
// INVESTMENT_INQUIRY on the same lifecycle): what waits for this officer's act, by permission,
// the same rules as the workbench tabs (lib/complaints/list-inbox.ts) and the case page's forms
// (case-actions.ts):
//   受理        complaints.handle: new cases of the officer's department (not sent back)
//   办理        complaints.handle: open cases the officer handles, no 办结 proposal pending
//   分派        complaints.assign (heads): accepted or reopened cases of the department without a handler
//   审核办结    complaints.review: a handler's 办结 proposal
//   审核延期    complaints.review: a handler's extension request not yet forwarded
//   接收转办    complaints.assign: transfers asked to the officer's department
//   派单        complaints.dispatch: the 12345 dispatch queue (new cases of the fallback owner, sent back)
//   回访        complaints.callback: resolved in the call-back window (REOPEN_WINDOW_DAYS), no call yet
//   审批延期    supervision.approveExtension: forwarded extension requests
//   反馈督办    complaints.handle: the department's open supervision orders (one item per order)
// One case is one item: when several acts apply, the first in that order wins. Each act is one
// branch over its own index (the partial indexes on open cases, migration
// 202611290441_inbox_todo_channels for the handler, call-back and extension branches), limited
// and ordered by its due time, so a list costs the sum of small index walks whatever the table holds.
import { Prisma } from "@/generated/prisma/client";
import type { ComplaintEventType } from "@/generated/prisma/enums";
import type { Tx } from "../../db";
import { can, type Actor } from "../../auth/actor";
import { REOPEN_WINDOW_DAYS } from "../../complaints/complaint-format";
import { defineTodoSource, type TodoItem } from "../define-source";

const OPEN = Prisma.raw(`('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')`);
const WORKING = Prisma.raw(`('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')`);
const NONE = Prisma.raw(`NULL::timestamp`);

interface Branch {
  rank: number;
  action: Prisma.Sql;
  /** The step's due time, its yellow point (the engine's stamp) or its start. */
  due: Prisma.Sql;
  yellow: Prisma.Sql;
  start: Prisma.Sql;
  since: Prisma.Sql;
  where: Prisma.Sql;
  /** Orders are their own items: "order:<id>". */
  isOrder?: boolean;
  /**
   * Equal due times, newest first (the centre's tie rule). Only where the set is small: other
   * branches keep their index's (due, id) order.
   */
  newestFirstOnTies?: boolean;
}

const text = (s: string) => Prisma.sql`${s}::text`;

function branchesFor(actor: Actor, now: Date): Branch[] {
  const me = actor.id;
  const unit = actor.departmentId;
  const b: Branch[] = [];
  const finish = { due: Prisma.sql`c."deadlineAt"`, yellow: Prisma.sql`c."yellowWarnAt"`, start: NONE };
  if (can(actor, "complaints.review")) {
    b.push({ rank: 1, action: text("审核办结"), ...finish, since: Prisma.sql`c."closeProposedAt"`, where: Prisma.sql`c."closeProposedAt" IS NOT NULL AND c."departmentId" = ${unit} AND c."status" IN ${WORKING}` });
  }
  if (can(actor, "complaints.assign")) {
    b.push({ rank: 2, action: text("接收转办"), ...finish, since: Prisma.sql`c."updatedAt"`, where: Prisma.sql`c."pendingTransferDepartmentId" = ${unit} AND c."status" IN ${OPEN}` });
  }
  if (can(actor, "complaints.dispatch")) {
    const queue = { rank: 3, action: text("派单"), ...finish };
    b.push({ ...queue, since: Prisma.sql`c."sentBackAt"`, where: Prisma.sql`c."sentBackAt" IS NOT NULL AND c."mergedIntoId" IS NULL AND c."status" IN ${OPEN}` });
    b.push({
      ...queue,
      since: Prisma.sql`c."createdAt"`,
      where: Prisma.sql`c."status" = 'SUBMITTED' AND c."handlerId" IS NULL AND c."mergedIntoId" IS NULL AND c."departmentId" IN (SELECT "id" FROM "Department" WHERE "isFallbackOwner")`,
    });
  }
  if (can(actor, "complaints.handle")) {
    // The acceptance limit is its own step (签收时限, working hours): yellow at 80% of it.
    b.push({
      rank: 4,
      action: text("受理"),
      due: Prisma.sql`COALESCE(c."acceptDeadlineAt", c."deadlineAt")`,
      yellow: Prisma.sql`CASE WHEN c."acceptDeadlineAt" IS NULL THEN c."yellowWarnAt" END`,
      start: Prisma.sql`c."deadlineStartedAt"`,
      since: Prisma.sql`c."createdAt"`,
      where: Prisma.sql`c."departmentId" = ${unit} AND c."status" = 'SUBMITTED' AND c."sentBackAt" IS NULL`,
      // Cases filed out of hours share one acceptance deadline (the next opening + 2 h).
      newestFirstOnTies: true,
    });
    b.push({
      rank: 5,
      action: Prisma.sql`CASE WHEN c."status" = 'REOPENED' THEN '重新办理' ELSE '办理' END`,
      ...finish,
      since: Prisma.sql`COALESCE(c."acceptedAt", c."createdAt")`,
      where: Prisma.sql`c."handlerId" = ${me} AND c."status" IN ${WORKING} AND c."closeProposedAt" IS NULL`,
    });
  }
  if (can(actor, "complaints.review")) {
    b.push({
      rank: 6,
      action: text("审核延期"),
      ...finish,
      since: Prisma.sql`c."updatedAt"`,
      where: Prisma.sql`c."extensionRequestedUntil" IS NOT NULL AND c."extensionForwardedAt" IS NULL AND c."departmentId" = ${unit} AND c."status" IN ${WORKING}`,
    });
  }
  if (can(actor, "complaints.assign")) {
    b.push({
      rank: 7,
      action: text("分派"),
      ...finish,
      since: Prisma.sql`COALESCE(c."acceptedAt", c."createdAt")`,
      where: Prisma.sql`c."departmentId" = ${unit} AND c."status" IN ('ACCEPTED', 'REOPENED') AND c."handlerId" IS NULL`,
    });
  }
  if (can(actor, "supervision.approveExtension")) {
    b.push({
      rank: 8,
      action: text("审批延期"),
      ...finish,
      since: Prisma.sql`c."extensionForwardedAt"`,
      where: Prisma.sql`c."extensionRequestedUntil" IS NOT NULL AND c."extensionForwardedAt" IS NOT NULL AND c."status" IN ${WORKING}`,
    });
  }
  if (can(actor, "complaints.callback")) {
    // The call-back is worth making while "not solved" still reopens the case (rate-complaint.ts).
    const windowMs = REOPEN_WINDOW_DAYS * 86_400_000;
    b.push({
      rank: 9,
      action: text("回访"),
      due: Prisma.sql`c."resolvedAt" + ${`${REOPEN_WINDOW_DAYS} days`}::interval`,
      yellow: NONE,
      start: Prisma.sql`c."resolvedAt"`,
      since: Prisma.sql`c."resolvedAt"`,
      where: Prisma.sql`c."status" = 'RESOLVED' AND c."mergedIntoId" IS NULL AND c."resolvedAt" >= ${new Date(now.getTime() - windowMs).toISOString()}::timestamp
        AND NOT EXISTS (SELECT 1 FROM "ComplaintCallback" k WHERE k."complaintId" = c."id")`,
    });
  }
  if (can(actor, "complaints.handle")) {
    b.push({
      rank: 10,
      action: text("反馈督办"),
      due: Prisma.sql`o."deadlineAt"`,
      yellow: NONE,
      start: Prisma.sql`o."createdAt"`,
      since: Prisma.sql`o."createdAt"`,
      where: Prisma.sql`o."departmentId" = ${unit} AND o."status" = 'OPEN'`,
      isOrder: true,
    });
  }
  return b;
}

function branchSql(branch: Branch, limit: number | null): Prisma.Sql {
  const from = branch.isOrder ? Prisma.sql`"SupervisionOrder" o JOIN "Complaint" c ON c."id" = o."complaintId"` : Prisma.sql`"Complaint" c`;
  const key = branch.isOrder ? Prisma.sql`'order:' || o."id"` : Prisma.sql`c."id"`;
  const order = branch.isOrder
    ? Prisma.sql`o."deadlineAt", o."id"`
    : branch.newestFirstOnTies
      ? Prisma.sql`${branch.due}, ${branch.since} DESC, c."id"`
      : Prisma.sql`${branch.due}, c."id"`;
  return Prisma.sql`(SELECT ${key} AS "key", c."id" AS "complaintId", ${branch.isOrder ? Prisma.sql`o."number"` : Prisma.sql`NULL::text`} AS "orderNo",
      ${branch.rank}::int AS "rank", ${branch.action} AS "action", ${branch.due} AS "dueAt", ${branch.yellow} AS "yellowAt",
      ${branch.start} AS "startAt", ${branch.since} AS "since"
    FROM ${from} WHERE ${branch.where}
    ${limit === null ? Prisma.empty : Prisma.sql`ORDER BY ${order} LIMIT ${limit}`})`;
}

interface Row {
  key: string;
  complaintId: string;
  orderNo: string | null;
  action: string;
  dueAt: Date | null;
  yellowAt: Date | null;
  startAt: Date | null;
  since: Date;
  trackingNo: string;
  title: string;
  source: string;
  pausedAt: Date | null;
  reopenCount: number;
  categoryName: string;
  slaCode: string;
}

async function listTodo(db: Tx, actor: Actor, now: Date, limit: number): Promise<TodoItem[]> {
  const branches = branchesFor(actor, now);
  if (branches.length === 0) return [];
  const rows = await db.$queryRaw<Row[]>`
    WITH b AS (${Prisma.join(branches.map((x) => branchSql(x, limit)), " UNION ALL ")}),
         d AS (SELECT DISTINCT ON ("key") * FROM b ORDER BY "key", "rank")
    SELECT d.*, c."trackingNo", c."title", c."source"::text AS "source", c."pausedAt", c."reopenCount", cat."name" AS "categoryName", s."code" AS "slaCode"
    FROM d JOIN "Complaint" c ON c."id" = d."complaintId"
      JOIN "ComplaintCategory" cat ON cat."id" = c."categoryId" JOIN "SlaClass" s ON s."id" = cat."slaClassId"
    ORDER BY d."dueAt" NULLS LAST, d."since" DESC, d."key" LIMIT ${limit}`;
  return rows.map((r) => ({
    source: "complaint",
    id: r.key,
    action: r.action,
    title: r.orderNo ? `督办单${r.orderNo}：${r.title}` : r.title,
    href: `/officer/complaints/${r.complaintId}`,
    dueAt: r.dueAt,
    since: r.since,
    detail: [r.trackingNo, r.source === "INVESTMENT_INQUIRY" ? "招商咨询" : r.categoryName, r.reopenCount > 0 ? "重办件" : null].filter(Boolean).join(" · "),
    urgency: r.slaCode === "EMERGENCY" ? "紧急" : null,
    yellowAt: r.yellowAt,
    startAt: r.startAt,
    // Orders keep their own deadline; a case's stopped clock stops its own steps only.
    isPaused: !r.key.startsWith("order:") && !!r.pausedAt,
  }));
}

async function countTodo(db: Tx, actor: Actor, now: Date): Promise<number> {
  const branches = branchesFor(actor, now);
  if (branches.length === 0) return 0;
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM (${Prisma.join(
      branches.map((x) => Prisma.sql`SELECT ${x.isOrder ? Prisma.sql`'order:' || o."id"` : Prisma.sql`c."id"`} AS "key" FROM ${x.isOrder ? Prisma.sql`"SupervisionOrder" o JOIN "Complaint" c ON c."id" = o."complaintId"` : Prisma.sql`"Complaint" c`} WHERE ${x.where}`),
      " UNION ",
    )}) u`;
  return row?.n ?? 0;
}

/** What the officer did, as 已办 shows it (the case's event history names the act). */
const DONE_LABELS: Partial<Record<ComplaintEventType, string>> = {
  ACCEPTED: "已受理",
  REJECTED: "不予受理",
  ASSIGNED: "已分派",
  TRANSFER_REQUESTED: "申请转办",
  TRANSFER_ACCEPTED: "接收转办",
  TRANSFER_DECLINED: "退回转办",
  TRANSFER_WITHDRAWN: "撤回转办",
  IN_PROGRESS: "开始办理",
  NOTE: "内部备注",
  REPLIED: "答复",
  RESOLVED: "办结",
  PUBLICATION_APPROVED: "审核公开",
  EXTENSION_REQUESTED: "申请延期",
  EXTENSION_APPROVED: "批准延期",
  EXTENSION_REFUSED: "不予延期",
  SUPERVISION_ORDER: "督办",
  CLOSED: "关闭",
  DISPATCHED: "派单",
  SENT_BACK: "退回",
  CLOSE_PROPOSED: "提请办结",
  CLOSE_RETURNED: "退回办结申请",
  CALLBACK: "回访",
  MERGED: "合并",
  PAUSED: "暂停计时",
};

async function listDone(db: Tx, actor: Actor, limit: number): Promise<TodoItem[]> {
  // The officer's latest events (index ComplaintEvent_actor_createdAt_idx), one item per case.
  const rows = await db.$queryRaw<{ complaintId: string; type: ComplaintEventType; at: Date; trackingNo: string; title: string; categoryName: string; source: string }[]>`
    WITH e AS (SELECT "complaintId", "type", "createdAt" FROM "ComplaintEvent" WHERE "actorId" = ${actor.id} ORDER BY "createdAt" DESC LIMIT ${limit * 4}),
         d AS (SELECT DISTINCT ON ("complaintId") "complaintId", "type", "createdAt" AS "at" FROM e ORDER BY "complaintId", "createdAt" DESC)
    SELECT d.*, c."trackingNo", c."title", c."source"::text AS "source", cat."name" AS "categoryName"
    FROM d JOIN "Complaint" c ON c."id" = d."complaintId" JOIN "ComplaintCategory" cat ON cat."id" = c."categoryId"
    ORDER BY d."at" DESC LIMIT ${limit}`;
  return rows.map((r) => ({
    source: "complaint",
    id: r.complaintId,
    action: DONE_LABELS[r.type] ?? "办理",
    title: r.title,
    href: `/officer/complaints/${r.complaintId}`,
    dueAt: null,
    since: r.at,
    detail: [r.trackingNo, r.source === "INVESTMENT_INQUIRY" ? "招商咨询" : r.categoryName].join(" · "),
    urgency: null,
  }));
}

export const complaintTodoSource = defineTodoSource({
  source: "complaint",
  label: "案件",
  async list(db, actor, box, now, limit) {
    if (!can(actor, "complaints.view")) return [];
    if (box === "todo") return listTodo(db, actor, now, limit);
    if (box === "done") return listDone(db, actor, limit);
    return []; // Cases are not circulated for reading.
  },
  async count(db, actor, box, now) {
    if (!can(actor, "complaints.view") || box !== "todo") return 0;
    return countTodo(db, actor, now);
  },
});
