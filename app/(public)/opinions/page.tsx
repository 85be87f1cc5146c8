// GET /opinions[?kind=&page=]: 民意征集: suggestions (建议), letters to the county head (县长信箱)
// and drafts open for comment (征求意见); the answered items an officer approved, with their
// outcomes, and the yearly figures (received, answered, adopted).
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { formatDate } from "@/lib/format";
import { listConsultations } from "@/lib/opinions/consultations";
import { OPINION_KIND_LABELS, OUTCOME_LABELS } from "@/lib/opinions/opinion.schema";
import { listPublishedOpinions, opinionYearFigures } from "@/lib/opinions/public-opinions";

export const metadata = {
  title: "民意征集",
  description: "建议征集、县长信箱、政策草案征求意见，以及答复和采纳情况。",
  alternates: { canonical: "/opinions" },
};

const OUTCOME_TONE: Record<string, string> = {
  ADOPTED: "bg-green-100 text-green-900",
  PARTLY_ADOPTED: "bg-lime-100 text-lime-900",
  ALREADY_IN_PLACE: "bg-sky-100 text-sky-900",
  NOT_ADOPTED: "bg-slate-200 text-slate-800",
};

export default async function OpinionsPage({ searchParams }: PageProps<"/opinions">) {
  const q = await searchParams;
  const kind = q.kind === "MAILBOX" ? "MAILBOX" : q.kind === "SUGGESTION" ? "SUGGESTION" : undefined;
  const page = Number(typeof q.page === "string" ? q.page : 1) || 1;
  const [published, figures, consultations] = await Promise.all([listPublishedOpinions({ kind, page }), opinionYearFigures(), listConsultations()]);
  const years = [...new Set(figures.map((f) => f.year))];
  const figure = (year: number, k: "SUGGESTION" | "MAILBOX") => figures.find((f) => f.year === year && f.kind === k);
  return (
    <div className="space-y-6">
      <div className="rounded-md border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <h1 className="border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-700">民意征集</h1>
        <p className="mt-3 text-lg">您的建议，有关部门限期研究答复；给县长的信，县长办公室阅处。答复和采纳情况在这里公开。</p>
        <ul className="mt-4 grid gap-3 sm:grid-cols-3">
          <li>
            <Link href="/opinions/new?kind=SUGGESTION" className="block h-full rounded-md border-2 border-brand-600 p-4 hover:bg-brand-50">
              <span className="block text-lg font-bold text-brand-700">我要提建议</span>
              <span className="text-slate-700">15个工作日内答复是否采纳</span>
            </Link>
          </li>
          <li>
            <Link href="/opinions/new?kind=MAILBOX" className="block h-full rounded-md border-2 border-brand-600 p-4 hover:bg-brand-50">
              <span className="block text-lg font-bold text-brand-700">县长信箱</span>
              <span className="text-slate-700">写信给县长，10个工作日内答复</span>
            </Link>
          </li>
          <li>
            <Link href="/opinions/track" className="block h-full rounded-md border-2 border-slate-400 p-4 hover:bg-slate-50">
              <span className="block text-lg font-bold text-brand-700">查询答复</span>
              <span className="text-slate-700">凭受理编号和查询码</span>
            </Link>
          </li>
        </ul>
      </div>

      <section aria-labelledby="consult-title" className="rounded-md border border-slate-200 bg-white p-4 sm:p-5">
        <h2 id="consult-title" className="text-lg font-bold">政策草案征求意见</h2>
        {consultations.open.length === 0 && consultations.closed.length === 0 ? (
          <p className="py-2 text-slate-600">目前没有征求意见的草案。</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {[...consultations.open, ...consultations.closed.slice(0, 10)].map((c) => (
              <li key={c.id} className="py-3">
                <Link href={`/opinions/consultations/${c.slug}`} className="text-[1.05rem] font-semibold text-brand-700 hover:underline">
                  {c.title}
                </Link>
                <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-600">
                  <span className={c.isOpen ? "font-semibold text-green-800" : ""}>{c.isOpen ? `征求意见中，截止 ${formatDate(new Date(c.closesAt.getTime() - 1))}` : c.feedbackPublishedAt ? "已公布采纳情况" : "已截止"}</span>
                  <span>{c.department.name}</span>
                  <span>意见 {c.commentCount} 条</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {years.length > 0 && (
        <section aria-labelledby="figures-title" className="rounded-md border border-slate-200 bg-white p-4 sm:p-5">
          <h2 id="figures-title" className="text-lg font-bold">办理情况</h2>
          <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="办理情况（可左右滚动）">
            <table className="w-full min-w-[20rem] text-left">
              <thead className="bg-slate-50 text-sm text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2">年份</th>
                  <th scope="col" className="px-3 py-2">收到建议</th>
                  <th scope="col" className="px-3 py-2">采纳（含部分采纳）</th>
                  <th scope="col" className="px-3 py-2">县长信箱来信</th>
                  <th scope="col" className="px-3 py-2">已答复来信</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {years.map((y) => (
                  <tr key={y}>
                    <th scope="row" className="px-3 py-2">{y}年</th>
                    <td className="px-3 py-2">{figure(y, "SUGGESTION")?.received ?? 0}</td>
                    <td className="px-3 py-2">{figure(y, "SUGGESTION")?.adopted ?? 0}</td>
                    <td className="px-3 py-2">{figure(y, "MAILBOX")?.received ?? 0}</td>
                    <td className="px-3 py-2">{figure(y, "MAILBOX")?.answered ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="answered-title" className="rounded-md border border-slate-200 bg-white p-4 sm:p-5">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 id="answered-title" className="text-lg font-bold">答复公开</h2>
          <nav aria-label="筛选" className="flex gap-3 text-sm">
            <Link href="/opinions" aria-current={!kind ? "page" : undefined} className={!kind ? "font-bold" : "text-brand-600 underline"}>全部</Link>
            <Link href="/opinions?kind=SUGGESTION" aria-current={kind === "SUGGESTION" ? "page" : undefined} className={kind === "SUGGESTION" ? "font-bold" : "text-brand-600 underline"}>建议</Link>
            <Link href="/opinions?kind=MAILBOX" aria-current={kind === "MAILBOX" ? "page" : undefined} className={kind === "MAILBOX" ? "font-bold" : "text-brand-600 underline"}>县长信箱</Link>
          </nav>
        </div>
        {published.items.length === 0 ? (
          <p className="py-3 text-slate-600">暂无公开的答复。</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {published.items.map((o) => (
              <li key={o.id} className="py-4" data-testid="published-opinion">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-800">{OPINION_KIND_LABELS[o.kind]}</span>
                  {o.outcome && <span className={`rounded px-2 py-0.5 text-sm font-semibold ${OUTCOME_TONE[o.outcome]}`}>{OUTCOME_LABELS[o.outcome]}</span>}
                  <span className="font-semibold">{o.title}</span>
                </p>
                <p className="mt-1 whitespace-pre-wrap text-slate-800">{o.publicBody}</p>
                {o.reply && (
                  <div className="mt-2 rounded bg-slate-50 p-3">
                    <p className="text-sm font-semibold text-slate-700">{o.department.name}答复{o.answeredAt && `（${formatDate(o.answeredAt)}）`}：</p>
                    <p className="mt-1 whitespace-pre-wrap">{o.reply}</p>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination page={published.page} pageCount={published.pageCount} href={(p) => `/opinions?${kind ? `kind=${kind}&` : ""}page=${p}`} />
      </section>
    </div>
  );
}
