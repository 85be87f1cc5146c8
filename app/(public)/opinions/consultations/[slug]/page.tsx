// GET /opinions/consultations/{slug}: a draft policy open for comment (征求意见): the draft, the
// closing date, the comment form while open, and after closing the published feedback summary.
import Link from "next/link";
import { Markdown } from "@/components/content/markdown";
import { NOT_FOUND_METADATA, NotFoundPanel } from "@/components/layout/not-found-panel";
import { ActionForm } from "@/components/opinions/action-form";
import { newDraftId } from "@/lib/complaints/complaint-drafts";
import { formatDate, formatDateTime } from "@/lib/format";
import { isAppError } from "@/lib/errors";
import { getConsultation } from "@/lib/opinions/consultations";
import { commentAction } from "../../actions";

async function load(slug: string) {
  try {
    return await getConsultation({ slug: decodeURIComponent(slug) });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return null;
    throw err;
  }
}

export async function generateMetadata({ params }: PageProps<"/opinions/consultations/[slug]">) {
  const c = await load((await params).slug);
  return c ? { title: c.title, description: c.summary ?? undefined, alternates: { canonical: `/opinions/consultations/${c.slug}` } } : NOT_FOUND_METADATA;
}

export default async function ConsultationPage({ params, searchParams }: PageProps<"/opinions/consultations/[slug]">) {
  const [c, q] = await Promise.all([load((await params).slug), searchParams]);
  if (!c) return <NotFoundPanel />;
  // The day shown is the last day comments are taken (closesAt is the midnight after it).
  const lastDay = new Date(c.closesAt.getTime() - 1);
  return (
    <div className="space-y-4">
      <nav aria-label="当前位置" className="text-sm text-slate-600">
        <Link href="/" className="underline">首页</Link> › <Link href="/opinions" className="underline">民意征集</Link>
      </nav>
      <article className="rounded-md border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <p className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${c.isOpen ? "bg-green-100 text-green-900" : "bg-slate-200 text-slate-800"}`}>{c.isOpen ? "正在征求意见" : "征求意见已截止"}</p>
        <h1 className="mt-2 text-2xl font-bold text-brand-700 sm:text-3xl">{c.title}</h1>
        <p className="mt-2 flex flex-wrap gap-x-4 text-sm text-slate-600">
          <span>起草部门：{c.department.name}</span>
          <span>征求意见时间：{formatDate(c.opensAt)} 至 {formatDate(lastDay)}</span>
          <span>已收到意见 {c.commentCount} 条</span>
        </p>
        {c.summary && <p className="mt-3 text-lg">{c.summary}</p>}
        <div className="mt-4 border-t border-slate-200 pt-4">
          <Markdown text={c.draftText} />
        </div>
      </article>
      {c.feedbackSummary && (
        <section aria-labelledby="feedback-title" className="rounded-md border-2 border-brand-600 bg-white p-4 sm:p-6" data-testid="feedback-summary">
          <h2 id="feedback-title" className="text-xl font-bold">意见采纳情况</h2>
          {c.feedbackPublishedAt && <p className="text-sm text-slate-600">发布于 {formatDateTime(c.feedbackPublishedAt)}</p>}
          <div className="mt-2">
            <Markdown text={c.feedbackSummary} />
          </div>
        </section>
      )}
      {!c.isOpen && !c.feedbackSummary && <p className="rounded bg-slate-100 p-3">征求意见已截止，意见采纳情况整理后在本页公布。</p>}
      {q.commented === "1" && (
        <p id="comment-thanks" role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-lg font-semibold">
          感谢您的意见，已经收到。意见采纳情况将在征求意见结束后在本页公布。
        </p>
      )}
      {c.isOpen && (
        <section aria-labelledby="comment-title" className="rounded-md border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="comment-title" className="text-xl font-bold">发表意见</h2>
          <p className="mb-4 text-slate-600">意见截止到 {formatDate(lastDay)}。意见本身不公开，采纳情况统一公布。也可以<Link href={`/opinions/new?kind=SUGGESTION&topic=consultation:${c.slug}`} className="text-brand-600 underline">提一条需要答复的建议</Link>。</p>
          <ActionForm
            action={commentAction}
            hidden={{ slug: c.slug, formKey: newDraftId() }}
            fields={[
              { name: "body", label: "您的意见", kind: "textarea", hint: "可写明针对第几条，以及修改建议。至少10个字。", rows: 6 },
              { name: "citizenName", label: "您的姓名", kind: "text", optional: true, autoComplete: "name" },
              { name: "citizenPhone", label: "手机号码", kind: "tel", optional: true, hint: "需要联系您时使用，不会公开", autoComplete: "tel", maxLength: 20 },
            ]}
            submitLabel="提交意见"
            privacyNote
          />
        </section>
      )}
    </div>
  );
}
