// GET /officer/consultations: drafts open for public comment; a form opens a new one.
import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { ActionForm } from "@/components/opinions/action-form";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { consultationDepartments, listOfficerConsultations } from "@/lib/opinions/consultations";
import { createConsultationAction } from "../opinions/actions";

export const metadata = { title: "征求意见" };

export default async function OfficerConsultationsPage() {
  const { actor, allowed } = await requirePagePermission("content.edit");
  if (!allowed) return <Forbidden />;
  const [rows, departments] = await Promise.all([listOfficerConsultations({ actor }), consultationDepartments()]);
  const now = new Date();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">政策草案征求意见</h1>
      {rows.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-600">还没有征求意见的草案。</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
          {rows.map((c) => (
            <li key={c.id} className="p-3">
              <Link href={`/officer/consultations/${c.id}`} className="font-semibold text-brand-700 underline">{c.title}</Link>
              <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-600">
                <span>{c.department.name}</span>
                <span>{formatDate(c.opensAt)} 至 {formatDate(new Date(c.closesAt.getTime() - 1))}</span>
                <span>意见 {c._count.comments} 条</span>
                <span>{c.closesAt > now ? "征求中" : c.feedbackPublishedAt ? "已公布采纳情况" : "已截止，待公布采纳情况"}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {can(actor, "content.publish") && (
        <section aria-labelledby="new-title" className="rounded-md border border-slate-200 bg-white p-4">
          <h2 id="new-title" className="mb-3 text-lg font-bold">发布征求意见</h2>
          <ActionForm
            action={createConsultationAction}
            fields={[
              { name: "title", label: "标题", kind: "text", hint: "如 桐川县茶产业扶持办法（征求意见稿）" },
              { name: "slug", label: "网址名称", kind: "text", hint: "小写字母、数字和连字符，如 draft-tea-subsidy-2027" },
              { name: "summary", label: "摘要", kind: "textarea", optional: true, rows: 2 },
              { name: "draftText", label: "草案全文", kind: "textarea", hint: "支持 Markdown，不支持 HTML。", rows: 12 },
              { name: "departmentId", label: "起草部门", kind: "select", options: [{ value: "", label: "请选择" }, ...departments.map((d) => ({ value: d.id, label: d.name }))] },
              { name: "opensAt", label: "开始日期", kind: "date", defaultValue: new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10) },
              { name: "closesAt", label: "截止日期", kind: "date", hint: "当天结束前的意见都会收到。一般不少于30天。" },
            ]}
            submitLabel="发布"
          />
        </section>
      )}
    </div>
  );
}

