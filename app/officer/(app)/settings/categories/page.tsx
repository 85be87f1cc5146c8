import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { Banner, NEW_CASES_ONLY, SettingsHeader } from "@/components/settings/settings-shell";
import { slaRuleLabel } from "@/components/settings/sla-label";
import { requirePagePermission } from "@/lib/auth/session";
import { listCategoryMappings } from "@/lib/settings/list-settings";

export const metadata = { title: "诉求类别与承办部门" };
export const dynamic = "force-dynamic";

export default async function CategoriesPage({ searchParams }: PageProps<"/officer/settings/categories">) {
  const { actor, allowed } = await requirePagePermission("settings.manage");
  if (!allowed) return <Forbidden />;
  const { categories } = await listCategoryMappings({ actor });
  const savedId = (await searchParams).saved;
  const saved = categories.find((c) => c.id === savedId);
  return (
    <div>
      <SettingsHeader title="诉求类别与承办部门" intro={<p>{NEW_CASES_ONLY}</p>} />
      {saved && <Banner>已保存“{saved.name}”：由{saved.department.name}承办，时限类别为{saved.slaClass.name}。</Banner>}
      <div className="relative overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">诉求类别</th>
              <th scope="col" className="px-3 py-2">承办部门</th>
              <th scope="col" className="px-3 py-2">时限类别</th>
              <th scope="col" className="px-3 py-2">状态</th>
              <th scope="col" className="px-3 py-2">群众表单</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">操作</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {categories.map((c) => (
              <tr key={c.id} className={c.isActive ? "" : "bg-slate-50 text-slate-500"}>
                <th scope="row" className="px-3 py-2 font-semibold">{c.name}</th>
                <td className="px-3 py-2">{c.department.name}</td>
                <td className="px-3 py-2">
                  {c.slaClass.name}（{slaRuleLabel(c.slaClass)}）
                </td>
                <td className="px-3 py-2">{c.isActive ? "启用" : "已停用"}</td>
                <td className="px-3 py-2">{c.isPublic ? "显示" : "不显示"}</td>
                <td className="px-3 py-2">
                  <Link href={`/officer/settings/categories/${c.id}`} className="text-brand-700 underline">
                    修改<span className="sr-only">“{c.name}”</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
