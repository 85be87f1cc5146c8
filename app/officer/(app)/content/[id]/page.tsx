import Link from "next/link";
import { notFound } from "next/navigation";
import { ContentEditorForm } from "@/components/content/content-editor-form";
import { AttachmentRemoveForm, AttachmentUploadForm, PublishNowForm, ScheduleForm, UnpublishForm } from "@/components/content/content-officer-forms";
import { Forbidden } from "@/components/officer/forbidden";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/session";
import { contentFormValues, STATUS_LABELS } from "@/lib/content/content.schema";
import { getOfficerContent, listDepartmentOptions } from "@/lib/content/officer-content";
import { CONTENT_TYPE_LABELS, isPublicNow, pathOf } from "@/lib/content/public-content";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { publishAction, removeAttachmentAction, restoreAction, scheduleAction, unpublishAction, updateContentAction, uploadAttachmentAction } from "../actions";

export const metadata = { title: "编辑内容" };

const DONE: Record<string, string> = {
  created: "草稿已保存。",
  saved: "修改已保存。",
  published: "已发布，公开页面已可访问。",
  scheduled: "已设置定时发布。",
  unpublished: "已撤回，公开页面不再显示。",
  restored: "已恢复所选版本（作为新版本保存）。",
  uploaded: "附件已上传。",
  removed: "附件已删除。",
};

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

export default async function EditContentPage({ params, searchParams }: PageProps<"/officer/content/[id]">) {
  const { actor, allowed } = await requirePagePermission("content.edit");
  if (!allowed) return <Forbidden />;
  const { id } = await params;
  const item = await getOfficerContent({ actor, contentId: id }).catch((err) => {
    if (isAppError(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const departments = await listDepartmentOptions();
  const done = DONE[String((await searchParams).done ?? "")];
  const now = new Date();
  const isPublic = isPublicNow(item, now);
  const canPublish = can(actor, "content.publish");
  const editLocked = (item.status === "PUBLISHED" || item.status === "SCHEDULED") && !canPublish;
  const publicPath = pathOf(item);
  return (
    <div className="max-w-3xl space-y-5">
      <p className="text-sm">
        <Link href="/officer/content" className="text-brand-600 underline">‹ 返回内容列表</Link>
      </p>
      {done && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {done}
        </p>
      )}
      <div className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <p className="text-sm text-slate-500">{CONTENT_TYPE_LABELS[item.type]}</p>
        <h1 className="text-2xl font-bold text-brand-700">{item.title}</h1>
        <p className="mt-1 text-slate-700">
          状态：<strong>{STATUS_LABELS[item.status]}</strong>
          {item.status === "SCHEDULED" && item.publishAt && <>（{formatDateTime(item.publishAt)} {item.publishAt <= now ? "已到时，公开中" : "自动发布"}）</>}
          {" · "}第 {item.version} 版
        </p>
        <p className="mt-1 text-sm">
          公开地址：<code>{publicPath}</code>
          {isPublic && (
            <>
              {" "}
              <Link href={publicPath} className="text-brand-600 underline">
                查看公开页面
              </Link>
            </>
          )}
        </p>
        {(item.type === "WARNING" || item.type === "RURAL_INFO") && (
          <p className="mt-3">
            <Link href={`/officer/warnings/${item.id}/broadcast`} className="inline-block rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
              短信发布
            </Link>
            <span className="ml-2 text-sm text-slate-600">向订阅该区域预警的群众发送短信</span>
          </p>
        )}
      </div>

      {canPublish && (
        <section aria-labelledby="publish-title" className="space-y-4 rounded-md border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="publish-title" className="text-lg font-bold">发布</h2>
          {item.status !== "PUBLISHED" && <PublishNowForm action={publishAction} contentId={item.id} version={item.version} label={item.status === "UNPUBLISHED" ? "重新发布" : "立即发布"} />}
          {!isPublic && <ScheduleForm action={scheduleAction} contentId={item.id} version={item.version} />}
          {(item.status === "PUBLISHED" || item.status === "SCHEDULED") && <UnpublishForm action={unpublishAction} contentId={item.id} version={item.version} />}
        </section>
      )}

      <section aria-labelledby="edit-title" className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="edit-title" className="mb-3 text-lg font-bold">编辑</h2>
        {editLocked ? (
          <p>该内容已发布或已定时发布，修改需要发布权限。</p>
        ) : (
          <ContentEditorForm
            action={updateContentAction}
            type={item.type}
            typeLabel={CONTENT_TYPE_LABELS[item.type]}
            departments={departments}
            initialValues={contentFormValues(item)}
            contentId={item.id}
            version={item.version}
            slugLocked={!!item.publishedAt && item.publishedAt <= now}
            submitLabel={item.status === "PUBLISHED" ? "保存并更新公开页面" : "保存"}
          />
        )}
      </section>

      <section id="attachments" aria-labelledby="attachments-title" className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="attachments-title" className="mb-3 text-lg font-bold">附件</h2>
        {item.attachments.length === 0 ? (
          <p className="mb-4 text-slate-600">暂无附件。</p>
        ) : (
          <ul className="mb-4 divide-y divide-slate-200">
            {item.attachments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <a href={`/attachments/${a.id}`} className="text-brand-700 underline">
                  {a.fileName}
                </a>
                <span className="text-sm text-slate-500">{sizeText(a.size)}</span>
                <AttachmentRemoveForm action={removeAttachmentAction} attachmentId={a.id} fileName={a.fileName} />
              </li>
            ))}
          </ul>
        )}
        <AttachmentUploadForm action={uploadAttachmentAction} contentId={item.id} />
      </section>

      <section id="versions" aria-labelledby="versions-title" className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="versions-title" className="mb-3 text-lg font-bold">版本记录</h2>
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="py-1">版本</th>
              <th scope="col" className="py-1">操作</th>
              <th scope="col" className="py-1">操作人</th>
              <th scope="col" className="py-1">时间</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {item.versions.map((v) => (
              <tr key={v.version}>
                <td className="py-1">
                  <Link href={`/officer/content/${item.id}/versions/${v.version}`} className="text-brand-700 underline">
                    第 {v.version} 版
                  </Link>
                  {v.version === item.version && <span className="ml-1 text-xs text-slate-500">（当前）</span>}
                </td>
                <td className="py-1">{v.action}</td>
                <td className="py-1">{v.editor}</td>
                <td className="py-1">{formatDateTime(v.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
