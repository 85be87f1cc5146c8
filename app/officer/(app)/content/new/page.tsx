import Link from "next/link";
import { ContentEditorForm } from "@/components/content/content-editor-form";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { CONTENT_TYPES } from "@/lib/content/content.schema";
import { listDepartmentOptions } from "@/lib/content/officer-content";
import { CONTENT_TYPE_LABELS } from "@/lib/content/public-content";
import { createContentAction } from "../actions";

export const metadata = { title: "新建内容" };

export default async function NewContentPage({ searchParams }: PageProps<"/officer/content/new">) {
  const { actor, allowed } = await requirePagePermission("content.edit");
  if (!allowed) return <Forbidden />;
  const requested = (await searchParams).type;
  const type = CONTENT_TYPES.find((t) => t === requested);
  const departments = await listDepartmentOptions();
  return (
    <div className="max-w-3xl space-y-5">
      <p className="text-sm">
        <Link href="/officer/content" className="text-brand-600 underline">‹ 返回内容列表</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">新建{type ? CONTENT_TYPE_LABELS[type] : "内容"}</h1>
      {!type ? (
        <nav aria-label="选择内容类型" className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
          <p className="mb-3">请选择要新建的内容类型：</p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {CONTENT_TYPES.map((t) => (
              <li key={t}>
                <Link href={`/officer/content/new?type=${t}`} className="block rounded border-2 border-slate-300 px-4 py-3 font-semibold text-brand-700 hover:border-brand-600">
                  {CONTENT_TYPE_LABELS[t]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <section className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
          <p className="mb-4 text-sm text-slate-600">保存后为草稿，不会出现在公开页面；发布或定时发布在下一步操作。当前编辑：{actor.name}</p>
          <ContentEditorForm action={createContentAction} type={type} typeLabel={CONTENT_TYPE_LABELS[type]} departments={departments} initialValues={{ departmentId: actor.departmentId }} submitLabel="保存草稿" />
        </section>
      )}
    </div>
  );
}
