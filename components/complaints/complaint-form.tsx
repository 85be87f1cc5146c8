"use client";
// The filing form. A multipart post to a server action: without JavaScript the browser posts it
// and the server renders the page again with the messages, the answers and the photos kept.
import { useActionState } from "react";
import { PrivacyNote } from "@/components/layout/privacy-note";
import { FormHeader } from "@/components/ui/form";
import type { DraftPhoto } from "@/lib/complaints/complaint-drafts";
import { BigButton, Checkbox, Field, Radios, TextArea, TextInput } from "./fields";
import { PhotoPicker } from "./photo-picker";
import type { ComplaintFormState } from "./complaint-states";

type Action = (prev: ComplaintFormState, formData: FormData) => Promise<ComplaintFormState>;

export interface CategoryOption {
  id: string;
  label: string;
  name: string;
  departmentName: string;
  deadlineText: string;
  description: string | null;
}

// The order the error summary lists problems in: the order of the fields on the page.
const FIELD_ORDER = ["form", "categoryId", "title", "description", "address", "occurredOn", "photos", "citizenName", "citizenPhone", "consentToPublish"];

export function ComplaintForm({
  action,
  categories,
  draftId,
  initialValues,
  initialPhotos,
  maxPhotos,
  title,
}: {
  action: Action;
  categories: CategoryOption[];
  draftId: string;
  initialValues: Record<string, string>;
  initialPhotos: DraftPhoto[];
  maxPhotos: number;
  title: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? initialValues;
  const e = state.errors ?? {};
  const photos = state.photos ?? initialPhotos;
  return (
    <form action={formAction} noValidate>
      <FormHeader title={title} state={state} fieldOrder={FIELD_ORDER} />
      <input type="hidden" name="draftId" value={v.draftId ?? draftId} />

      <Field
        name="categoryId"
        label="反映什么方面的问题"
        error={e.categoryId}
        hint="括号内是负责办理的部门和办理期限（工作日不含节假日）。"
      >
        <select id="field-categoryId" name="categoryId" defaultValue={v.categoryId ?? ""} aria-invalid={e.categoryId ? true : undefined} aria-describedby={`hint-categoryId${e.categoryId ? " error-categoryId" : ""}`} className={`mt-1 block w-full rounded border-2 bg-white px-3 py-3 text-base ${e.categoryId ? "border-accent-600" : "border-slate-500"}`}>
          <option value="">请选择</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer py-2 font-semibold text-brand-700 underline">不知道选哪一类？查看各类别说明</summary>
          <dl className="mt-1 divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {categories.map((c) => (
              <div key={c.id} className="px-3 py-2">
                <dt className="font-semibold">{c.name}</dt>
                <dd className="text-slate-700">
                  {c.description ? `${c.description}。` : ""}由{c.departmentName}办理，{c.deadlineText}内办结或答复。
                </dd>
              </div>
            ))}
          </dl>
        </details>
      </Field>

      <Field name="title" label="标题" hint="一句话说明问题，例如“解放路路灯不亮”。4至50个字。" error={e.title}>
        <TextInput name="title" defaultValue={v.title} error={e.title} hint maxLength={60} />
      </Field>

      <Field name="description" label="发生了什么" hint="写清楚是什么问题、持续多久、造成了什么影响。至少10个字。" error={e.description}>
        <TextArea name="description" defaultValue={v.description} error={e.description} hint />
      </Field>

      <Field name="address" label="发生地点" hint="乡镇、村（社区）、路名或附近的标志性建筑。" error={e.address}>
        <TextInput name="address" defaultValue={v.address} error={e.address} hint autoComplete="off" />
      </Field>

      <Field name="occurredOn" label="发生日期" optional hint="例如 2026-11-20" error={e.occurredOn}>
        <TextInput name="occurredOn" type="date" defaultValue={v.occurredOn} error={e.occurredOn} hint className="max-w-xs" />
      </Field>

      <Field
        name="photos"
        label="现场照片"
        optional
        hint={`最多${maxPhotos}张，每张不超过5MB，JPEG、PNG或WebP格式。`}
        error={e.photos}
      >
        {photos.length > 0 && (
          <div className="mb-2 rounded border border-slate-300 bg-white p-3">
            <p className="font-semibold">已上传的照片</p>
            <ul className="mt-1 space-y-2">
              {photos.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span className="break-all">
                    {p.fileName}（{Math.max(1, Math.round(p.size / 1024))}KB）
                  </span>
                  <Checkbox name="removePhoto" value={p.id} id={`remove-${p.id}`} label={<>删除<span className="sr-only">照片 {p.fileName}</span></>} />
                </li>
              ))}
            </ul>
          </div>
        )}
        {photos.length < maxPhotos && (
          <PhotoPicker slots={maxPhotos - photos.length} describedBy={`hint-photos${e.photos ? " error-photos" : ""}`} />
        )}
      </Field>

      <section aria-labelledby="contact-title" className="mb-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="contact-title" className="text-xl font-bold">
          联系方式
        </h2>
        <p className="mt-1 text-slate-700">用于办理部门联系您，并通过短信告知受理编号、查询码和办理结果。不会公开。</p>
        <div className="mt-4">
          <Field name="citizenName" label="姓名" error={e.citizenName}>
            <TextInput name="citizenName" defaultValue={v.citizenName} error={e.citizenName} autoComplete="name" />
          </Field>
          <Field name="citizenPhone" label="手机号码" hint="11位手机号" error={e.citizenPhone}>
            <TextInput name="citizenPhone" type="tel" inputMode="tel" defaultValue={v.citizenPhone} error={e.citizenPhone} hint autoComplete="tel" maxLength={20} className="max-w-xs" />
          </Field>
          <div className="rounded border-l-4 border-amber-500 bg-amber-50 p-3">
            <Checkbox
              name="isAnonymous"
              defaultChecked={v.isAnonymous === "on"}
              label="匿名反映（不填姓名和手机号码）"
              hint="匿名反映将无法收到短信回复和办理结果通知，也无法评价。请务必记下提交后页面上的受理编号和查询码，这是查询进度的唯一凭据。"
            />
          </div>
        </div>
      </section>

      <Radios
        name="consentToPublish"
        legend="是否同意公开办理结果"
        hint="公开的内容：问题标题、情况描述和办理结果，在本网站“办理结果”栏目展示。姓名、电话、身份证号和门牌号会被遮盖，经工作人员审核后才公开。"
        error={e.consentToPublish}
        defaultValue={v.consentToPublish}
        options={[
          { value: "yes", label: "同意公开" },
          { value: "no", label: "不同意公开", hint: "只有您和办理部门能看到" },
        ]}
      />

      <BigButton>下一步：核对信息</BigButton>
      <p className="mt-3 text-sm text-slate-600">下一步可以核对并修改，确认后才会提交。</p>
      <PrivacyNote />
    </form>
  );
}
