// GET /complaints/new/check: check your answers, the department and deadline that will apply, and
// possible duplicates to follow instead of filing. The draft is this browser's (its draft cookie,
// client-key.ts), never one named in the address.
import Link from "next/link";
import { BigButton } from "@/components/complaints/fields";
import { SummaryList } from "@/components/complaints/summary-list";
import { NOT_FOUND_METADATA, NotFoundPanel } from "@/components/layout/not-found-panel";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { formatDate } from "@/lib/format";
import { previewComplaintDraft } from "@/lib/complaints/preview-complaint-draft";
import { fileComplaintAction, followComplaintAction } from "../../actions";
import { ownDraftId } from "../../client-key";

export async function generateMetadata() {
  return (await ownDraftId()) ? { title: "核对投诉信息", robots: { index: false } } : NOT_FOUND_METADATA;
}

export default async function CheckComplaintPage() {
  const draftId = await ownDraftId();
  const preview = draftId ? await previewComplaintDraft({ draftId }) : null;
  if (!preview) {
    return (
      <NotFoundPanel title="没有找到这份投诉">
        <p className="mt-3">填写的内容可能已过期。请重新填写。</p>
        <p className="mt-3">
          <Link href="/complaints/new" className="text-brand-600 underline">重新填写投诉</Link>
        </p>
      </NotFoundPanel>
    );
  }
  const { draft, answers, category } = preview;
  const change = (field: string) => `/complaints/new?edit=1#field-${field}`;

  if (preview.isFiled) {
    // Filed: the draft kept no answers (file-complaint.ts); its browser can see the receipt again.
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="text-3xl font-bold">这份投诉已经提交</h1>
        <p role="status" className="mt-4 border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
          这份投诉已经提交过了。点击下方按钮查看回执，不会重复提交。
        </p>
        <form action={fileComplaintAction} className="mt-4">
          <input type="hidden" name="draftId" value={draft.id} />
          <BigButton>查看回执</BigButton>
        </form>
        <p className="mt-4">
          <Link href="/complaints/new" className="text-lg text-brand-600 underline">反映新的问题</Link>
        </p>
      </div>
    );
  }

  if (!answers || !category) {
    const errors = Object.values(preview.fieldErrors);
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="text-3xl font-bold">还有信息需要补充</h1>
        <ul className="mt-4 list-disc pl-6">
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href="/complaints/new?edit=1" className="text-lg text-brand-600 underline">返回修改</Link>
        </p>
      </div>
    );
  }

  const rows = [
    { key: "问题类别", value: category.name, changeHref: change("categoryId") },
    { key: "标题", value: answers.title, changeHref: change("title") },
    { key: "发生了什么", value: answers.description, changeHref: change("description") },
    { key: "发生地点", value: answers.address, changeHref: change("address") },
    { key: "发生日期", value: answers.occurredOn ? formatDate(new Date(`${answers.occurredOn}T12:00:00+08:00`)) : "未填写", changeHref: change("occurredOn") },
    {
      key: "现场照片",
      value:
        draft.photos.length === 0 ? (
          "未上传"
        ) : (
          <ul className="flex flex-wrap gap-3">
            {draft.photos.map((p) => (
              <li key={p.id}>
                {/* eslint-disable-next-line @next/next/no-img-element -- a private draft photo, never optimised or cached */}
                <img src={`/complaints/photos/draft/${draft.id}/${p.id}`} alt={`照片：${p.fileName}`} className="h-24 w-24 rounded border border-slate-300 object-cover" />
              </li>
            ))}
          </ul>
        ),
      changeHref: change("photos"),
    },
    answers.isAnonymous
      ? { key: "联系方式", value: "匿名反映（不会收到短信，不能评价）", changeHref: change("isAnonymous") }
      : { key: "姓名", value: answers.citizenName, changeHref: change("citizenName") },
    ...(answers.isAnonymous ? [] : [{ key: "手机号码", value: answers.citizenPhone, changeHref: change("citizenPhone") }]),
    { key: "公开办理结果", value: answers.consentToPublish === "yes" ? "同意（个人信息遮盖后公开）" : "不同意", changeHref: change("consentToPublish") },
  ];

  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-slate-600">我要投诉 · 第2步，共2步</p>
      <h1 className="text-3xl font-bold">核对您的投诉</h1>

      <section className="mt-6 rounded border border-slate-200 bg-white p-4">
        <SummaryList rows={rows} />
      </section>

      <section aria-labelledby="who-title" className="mt-6 rounded border-l-4 border-brand-600 bg-brand-50 p-4">
        <h2 id="who-title" className="text-xl font-bold">谁来办理，多久答复</h2>
        <p className="mt-2 text-lg">
          由 <strong>{category.departmentName}</strong> 办理，属于“{category.slaName}”，期限 <strong>{category.slaText}</strong>。
        </p>
        {preview.expectedDeadlineAt && (
          <p className="mt-1">
            如现在提交，最迟在 <strong>{formatDeadline(preview.expectedDeadlineAt)}</strong> 前办结或答复（已扣除周末和法定节假日）。
          </p>
        )}
      </section>

      {preview.similar.length > 0 && (
        <section aria-labelledby="similar-title" className="mt-6 rounded border-2 border-amber-400 bg-amber-50 p-4">
          <h2 id="similar-title" className="text-xl font-bold">近30天有人反映过相似的问题</h2>
          <p className="mt-1">如果是同一个问题，可以直接关注，不必重复投诉；办结后{answers.isAnonymous ? "可在“办理结果”中查看" : "会短信通知您"}。</p>
          <ul className="mt-3 space-y-3">
            {preview.similar.map((s) => (
              <li key={s.id} className="rounded border border-amber-300 bg-white p-3">
                <p className="font-semibold">{s.title}</p>
                <p className="text-sm text-slate-600">
                  {s.trackingNo} · {formatDate(s.createdAt)}提交 · {s.department.name} · {s.statusLabel}
                  {s.followerCount > 0 ? ` · 另有${s.followerCount}人关注` : ""}
                </p>
                <form action={followComplaintAction} className="mt-2">
                  <input type="hidden" name="draftId" value={draft.id} />
                  <input type="hidden" name="complaintId" value={s.id} />
                  <BigButton tone="secondary">这也是我反映的问题</BigButton>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="submit-title" className="mt-8">
        <h2 id="submit-title" className="text-xl font-bold">确认提交</h2>
        <p className="mt-1">提交即表示您确认以上信息真实。提交后会显示受理编号和查询码{answers.isAnonymous ? "，请务必记下" : "，并发送到您的手机"}。</p>
        <form action={fileComplaintAction} className="mt-4">
          <input type="hidden" name="draftId" value={draft.id} />
          <BigButton>确认提交</BigButton>
        </form>
      </section>
    </div>
  );
}
