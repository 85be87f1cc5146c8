// 待办 source of information reports: submitted reports waiting for the office (编辑采用), oldest
// first (index InfoReport(status, createdAt)); 已办: the reports this officer adopted.
import { can } from "../auth/actor";
import { defineTodoSource, type TodoItem } from "../todo/define-source";

export const reportTodoSource = defineTodoSource({
  source: "report",
  label: "信息",
  async list(db, actor, box, _now, limit) {
    if (box === "toRead" || !can(actor, "reports.edit")) return [];
    if (box === "done") {
      const rows = await db.infoReport.findMany({ where: { adoptedById: actor.id }, orderBy: { adoptedAt: "desc" }, take: limit, include: { department: { select: { name: true } } } });
      return rows.map((r): TodoItem => ({ source: "report", id: r.id, action: "已采用", title: r.editedTitle ?? r.title, href: `/officer/reports/${r.id}`, dueAt: null, since: r.adoptedAt ?? r.createdAt, detail: r.department.name, urgency: null }));
    }
    const rows = await db.infoReport.findMany({ where: { status: "SUBMITTED" }, orderBy: { createdAt: "asc" }, take: limit, include: { department: { select: { name: true } } } });
    return rows.map((r): TodoItem => ({ source: "report", id: r.id, action: "编辑采用", title: r.title, href: `/officer/reports/${r.id}`, dueAt: null, since: r.createdAt, detail: `${r.department.name} · ${r.category}`, urgency: null }));
  },
  async count(db, actor, box) {
    if (box === "toRead" || !can(actor, "reports.edit")) return 0;
    return db.infoReport.count({ where: { status: "SUBMITTED" } });
  },
});
