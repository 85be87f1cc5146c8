import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { Banner, NEW_CASES_ONLY, SettingsHeader } from "@/components/settings/settings-shell";
import { slaRuleLabel } from "@/components/settings/sla-label";
import { requirePagePermission } from "@/lib/auth/session";
import { listSlaClasses } from "@/lib/settings/list-settings";

export const metadata = { title: "办理时限类别" };
export const dynamic = "force-dynamic";

export default async function SlaClassesPage({ searchParams }: PageProps<"/officer/settings/sla">) {
  const { actor, allowed } = await requirePagePermission("settings.manage");
  if (!allowed) return <Forbidden />;
  const classes = await listSlaClasses({ actor });
  const savedId = (await searchParams).saved;
  const saved = classes.find((c) => c.id === savedId);
  return (
    <div>
      <SettingsHeader title="办理时限类别" intro={<p>{NEW_CASES_ONLY}</p>} />
      {saved && <Banner>已保存“{saved.name}”。</Banner>}
      <div className="relative overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">名称</th>
              <th scope="col" className="px-3 py-2">代码</th>
              <th scope="col" className="px-3 py-2">办理时限</th>
              <th scope="col" className="px-3 py-2">签收时限</th>
              <th scope="col" className="px-3 py-2">使用的类别数</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">操作</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {classes.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="px-3 py-2 font-semibold">{c.name}</th>
                <td className="px-3 py-2 font-mono">{c.code}</td>
                <td className="px-3 py-2">{slaRuleLabel(c)}</td>
                <td className="px-3 py-2">{c.acceptHours}小时</td>
                <td className="px-3 py-2">{c._count.categories}</td>
                <td className="px-3 py-2">
                  <Link href={`/officer/settings/sla/${c.id}`} className="text-brand-700 underline">
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
