import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { SynonymForm } from "@/components/search/synonym-form";
import { Banner, SettingsHeader } from "@/components/settings/settings-shell";
import { requirePagePermission } from "@/lib/auth/session";
import { listSearchSynonyms } from "@/lib/search/manage-search-synonyms";
import { deleteSearchSynonymAction, saveSearchSynonymAction } from "./actions";

export const metadata = { title: "搜索同义词" };
export const dynamic = "force-dynamic";

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function outcomeOf(q: Record<string, string | string[] | undefined>) {
  if (one(q.added)) return { tone: "ok" as const, text: "已添加。下一次搜索起生效。" };
  if (one(q.saved)) return { tone: "ok" as const, text: "已保存。下一次搜索起生效。" };
  if (one(q.deleted)) return { tone: "ok" as const, text: "已删除。" };
  if (one(q.failed) === "delete") return { tone: "error" as const, text: "删除失败：这组同义词已不存在，或您没有权限。" };
  return null;
}

export default async function SearchSynonymsPage({ searchParams }: PageProps<"/officer/search-synonyms">) {
  const { actor, allowed } = await requirePagePermission("content.edit");
  if (!allowed) return <Forbidden />;
  const q = await searchParams;
  const rows = await listSearchSynonyms({ actor });
  const editing = rows.find((r) => r.id === one(q.edit));
  const outcome = outcomeOf(q);
  const groups = rows.filter((r) => r.kind === "GROUP");
  const expansions = rows.filter((r) => r.kind === "EXPANSION");

  const table = (caption: string, list: typeof rows) => (
    <div className="relative overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[20rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">{list[0]?.kind === "EXPANSION" ? "搜索词 → 扩展词" : "词语"}</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">操作</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {list.map((r) => {
            const label = r.kind === "EXPANSION" ? `${r.term} → ${r.terms.join("、")}` : r.terms.join("、");
            return (
              <tr key={r.id} id={`synonym-${r.id}`} className={r.id === editing?.id ? "bg-brand-50" : ""}>
                <td className="px-3 py-1.5">{label}</td>
                <td className="whitespace-nowrap px-3 py-1.5">
                  <Link href={`/officer/search-synonyms?edit=${r.id}#synonym-form`} className="mr-3 text-brand-700 underline">
                    修改<span className="sr-only"> {label}</span>
                  </Link>
                  <form action={deleteSearchSynonymAction} className="inline">
                    <input type="hidden" name="id" value={r.id} />
                    <button type="submit" className="text-accent-700 underline">
                      删除<span className="sr-only"> {label}</span>
                    </button>
                  </form>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );

  return (
    <div className="space-y-5">
      <SettingsHeader
        title="搜索同义词"
        back={{ href: "/officer/content", label: "内容管理" }}
        intro={<p>群众搜索时用的说法和文件里的正式名称常常不同（包菜、甘蓝；社保、养老保险）。这里的词用于搜索的每一个词，修改后下一次搜索即生效。</p>}
      />
      {outcome && <Banner tone={outcome.tone}>{outcome.text}</Banner>}
      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-5">
          <section aria-labelledby="groups">
            <h2 id="groups" className="mb-2 text-lg font-bold">同义词组（{groups.length}组）</h2>
            {groups.length ? table("同义词组", groups) : <p className="rounded-md border border-slate-200 bg-white p-4 text-slate-600">还没有同义词组。</p>}
          </section>
          <section aria-labelledby="expansions">
            <h2 id="expansions" className="mb-2 text-lg font-bold">单向扩展（{expansions.length}条）</h2>
            {expansions.length ? table("单向扩展", expansions) : <p className="rounded-md border border-slate-200 bg-white p-4 text-slate-600">还没有单向扩展。</p>}
          </section>
        </div>
        <section id="synonym-form" aria-labelledby="synonym-form-title" className="h-fit rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="synonym-form-title" className="mb-3 text-lg font-bold">{editing ? "修改同义词" : "添加同义词"}</h2>
          <SynonymForm key={editing?.id ?? "new"} action={saveSearchSynonymAction} initial={editing} />
          {editing && (
            <p className="mt-3 text-sm">
              <Link href="/officer/search-synonyms#synonym-form" className="text-brand-700 underline">取消修改，添加新的</Link>
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
