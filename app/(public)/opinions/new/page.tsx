// GET /opinions/new?kind=SUGGESTION|MAILBOX[&topic=consultation:<slug>]: a suggestion (建议) or a
// letter to the county head (县长信箱). Works without JavaScript; answers kept on errors.
import Link from "next/link";
import { ActionForm, type FieldSpec } from "@/components/opinions/action-form";
import { newDraftId } from "@/lib/complaints/complaint-drafts";
import { listConsultations } from "@/lib/opinions/consultations";
import { ANSWER_WORKING_DAYS } from "@/lib/opinions/opinion-deadlines";
import { siteConfig } from "@/lib/site";
import { submitOpinionAction } from "../actions";

export const metadata = { title: null, alternates: { canonical: "/opinions/new" } };

export default async function NewOpinionPage({ searchParams }: PageProps<"/opinions/new">) {
  const q = await searchParams;
  const kind = q.kind === "MAILBOX" ? "MAILBOX" : "SUGGESTION";
  const topic = typeof q.topic === "string" ? q.topic.slice(0, 100) : "";
  const { open } = await listConsultations();
  const isMailbox = kind === "MAILBOX";
  const heading = isMailbox ? "写信给县长" : "我要提建议";
  const fields: FieldSpec[] = [
    ...(isMailbox
      ? []
      : [
          {
            name: "topic",
            label: "建议针对",
            kind: "select" as const,
            optional: true,
            defaultValue: topic,
            options: [{ value: "", label: "不限（对全县工作的建议）" }, ...open.map((c) => ({ value: `consultation:${c.slug}`, label: `正在征求意见：${c.title}` }))],
          },
        ]),
    { name: "title", label: "标题", kind: "text", hint: "一句话说明，如“建议在清溪镇增设茶叶收购点”", maxLength: 50 },
    { name: "body", label: isMailbox ? "来信内容" : "建议内容", kind: "textarea", hint: isMailbox ? "请写明事情经过和您的诉求。至少20个字。" : "请写明现状、您的建议和理由。至少20个字。", rows: 8 },
    { name: "citizenName", label: "您的姓名", kind: "text", optional: true, autoComplete: "name" },
    { name: "citizenPhone", label: "手机号码", kind: "tel", hint: "用于短信告知受理编号、查询码和答复，不会公开", autoComplete: "tel", maxLength: 20 },
    { name: "consentToPublish", label: "同意公开答复", kind: "checkbox", hint: "答复后，经工作人员审核，隐去姓名、电话等信息后在“民意征集”栏目公开。" },
  ];
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-slate-600">
        <Link href="/opinions" className="text-brand-600 underline">
          民意征集
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{heading}</h1>
      <p className="mt-2 text-lg">
        {isMailbox ? `来信由县人民政府办公室（县长办公室）阅处，直接答复或交有关部门办理，${ANSWER_WORKING_DAYS.MAILBOX}个工作日内答复。` : `建议由有关部门研究办理，${ANSWER_WORKING_DAYS.SUGGESTION}个工作日内答复是否采纳及理由。`}
        办理全程受县政府督查室督办。
      </p>
      <div className="mt-6">
        <ActionForm
          action={submitOpinionAction}
          title={`${heading} - ${siteConfig().name}`}
          hidden={{ kind, formKey: newDraftId() }}
          fields={fields}
          submitLabel={isMailbox ? "提交来信" : "提交建议"}
          privacyNote
        />
      </div>
    </div>
  );
}
