import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata = { title: "系统设置" };

const SECTIONS = [
  { href: "/officer/settings/sla", title: "办理时限类别", text: "紧急、水电气暖、一般、复杂等类别的计时方式、办理时限和签收时限。" },
  { href: "/officer/settings/categories", title: "诉求类别与承办部门", text: "每个诉求类别由哪个部门承办、适用哪个时限类别、是否启用和公开。" },
  { href: "/officer/settings/calendar", title: "工作日历", text: "法定节假日和调休上班日，按工作日计算的办理期限以此为准。" },
  { href: "/officer/usage/settings", title: "使用情况考核", text: "各单位使用情况排名的权重和每页纸张成本。" },
  { href: "/officer/seals", title: "电子印章", text: "为各单位制作和停用电子印章，查看每次用印的文件、用印人和时间。" },
];

export default async function SettingsPage() {
  const { allowed } = await requirePagePermission("settings.manage");
  if (!allowed) return <Forbidden />;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-brand-700">系统设置</h1>
        <p className="text-sm text-slate-600">所有修改记入审计日志。</p>
      </div>
      <ul className="grid gap-4 md:grid-cols-3">
        {SECTIONS.map((s) => (
          <li key={s.href} className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="text-lg font-bold">
              <Link href={s.href} className="text-brand-700 underline">
                {s.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600">{s.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
