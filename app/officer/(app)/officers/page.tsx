import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { DUTY_LABELS, ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listOfficers } from "@/lib/officers/manage-officers";

export const metadata = { title: "人员授权" };

export default async function OfficersPage() {
  const { actor, allowed } = await requirePagePermission("officers.manage");
  if (!allowed) return <Forbidden />;
  const officers = await listOfficers({ actor });
  const now = new Date();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold text-brand-700">人员授权名单</h1>
          <p className="text-sm text-slate-600">只有名单内且已启用的工作人员可以登录。所有变更记入审计日志。</p>
        </div>
        <Link href="/officer/officers/new" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          添加人员
        </Link>
      </div>
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[48rem] text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">姓名</th>
              <th scope="col" className="px-3 py-2">登录名</th>
              <th scope="col" className="px-3 py-2">部门</th>
              <th scope="col" className="px-3 py-2">角色</th>
              <th scope="col" className="px-3 py-2">职责</th>
              <th scope="col" className="px-3 py-2">状态</th>
              <th scope="col" className="px-3 py-2">最近登录</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {officers.map((o) => (
              <tr key={o.id} className={o.isActive ? "" : "bg-slate-50 text-slate-500"}>
                <td className="px-3 py-2">
                  <Link href={`/officer/officers/${o.id}`} className="font-semibold text-brand-700 underline">
                    {o.name}
                  </Link>
                </td>
                <td className="px-3 py-2 font-mono">{o.username}</td>
                <td className="px-3 py-2">{o.department.name}</td>
                <td className="px-3 py-2">{ROLE_LABELS[o.role]}</td>
                <td className="px-3 py-2">
                  {o.duties.length ? (
                    <ul className="flex flex-wrap gap-1">
                      {o.duties.map((d) => (
                        <li key={d} className="rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-700">
                          {DUTY_LABELS[d]}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </td>
                <td className="px-3 py-2">
                  {!o.isActive ? "已停用" : o.lockedUntil && o.lockedUntil > now ? <span className="font-semibold text-accent-700">已锁定</span> : "正常"}
                </td>
                <td className="px-3 py-2">{formatDateTime(o.lastSignInAt) || "从未登录"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
