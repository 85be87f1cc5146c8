"use client";
// 拟稿 form: kind, title, 主送/抄送, urgency, the body (editor island, or 导入Word), attachments
// come after the first save. Errors beside the fields and at the top; answers kept.
import { useActionState } from "react";
import { FormHeader } from "@/components/ui/form";
import type { ActionState } from "@/lib/form-state";
import { FieldView, type Option } from "./doc-form";
import { RichTextEditor } from "./rich-text-editor";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function DraftForm({ action, kinds, units, initial, submitLabel }: { action: Action; kinds: Option[]; units: Option[]; initial: Record<string, string>; submitLabel: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = (k: string) => state.values?.[k] ?? initial[k];
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate encType="multipart/form-data">
      <FormHeader title={submitLabel} state={state} fieldOrder={["kind", "title", "mainToIds", "copyToIds", "urgency", "secrecy", "bodyHtml", "word"]} />
      {initial.documentId && <input type="hidden" name="documentId" value={initial.documentId} />}
      {initial.expectedVersion && <input type="hidden" name="expectedVersion" value={v("expectedVersion")} />}
      <FieldView f={{ name: "kind", label: "文种", kind: "select", options: kinds }} error={e.kind} value={v("kind")} />
      <FieldView f={{ name: "title", label: "标题", kind: "text", hint: "如：关于做好冬季农村公路养护工作的通知" }} error={e.title} value={v("title")} />
      <FieldView f={{ name: "mainToIds", label: "主送单位", kind: "checkboxes", hint: "送审前必须选择（纪要、公告、通告、公报除外）", options: units }} error={e.mainToIds} value={v("mainToIds")} />
      <FieldView f={{ name: "copyToIds", label: "抄送单位", kind: "checkboxes", options: units, optional: true }} error={e.copyToIds} value={v("copyToIds")} />
      <FieldView f={{ name: "urgency", label: "紧急程度", kind: "radios", options: [{ value: "NORMAL", label: "平件" }, { value: "URGENT", label: "加急" }, { value: "EXTRA_URGENT", label: "特急" }] }} error={e.urgency} value={v("urgency") ?? "NORMAL"} />
      <FieldView f={{ name: "secrecy", label: "公开属性", kind: "radios", hint: "涉密公文不得在本系统办理", options: [{ value: "NONE", label: "非涉密" }, { value: "INTERNAL", label: "内部" }] }} error={e.secrecy} value={v("secrecy") ?? "NONE"} />
      <RichTextEditor key={state.values?.bodyHtml ?? initial.bodyHtml} name="bodyHtml" label="正文" initialHtml={v("bodyHtml") ?? ""} error={e.bodyHtml} />
      <FieldView f={{ name: "word", label: "导入Word", kind: "file", accept: ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document", optional: true, hint: "选择.docx文件后保存，正文将替换为Word中的内容" }} error={e.word} />
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white shadow-sm">
        {submitLabel}
      </button>
    </form>
  );
}
