// The frame of the settings pages: a back link, a title, and a success banner.
import Link from "next/link";

export function SettingsHeader({ title, intro, back = { href: "/officer/settings", label: "系统设置" } }: { title: string; intro?: React.ReactNode; back?: { href: string; label: string } }) {
  return (
    <div className="mb-4">
      <p className="mb-1 text-sm">
        <Link href={back.href} className="text-brand-600 underline">
          ‹ 返回{back.label}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">{title}</h1>
      {intro && <div className="mt-1 text-sm text-slate-600">{intro}</div>}
    </div>
  );
}

export function Banner({ tone = "ok", children }: { tone?: "ok" | "error"; children: React.ReactNode }) {
  return (
    <p role={tone === "ok" ? "status" : "alert"} className={`mb-4 rounded border-l-4 p-3 ${tone === "ok" ? "border-green-700 bg-green-50 text-green-900" : "border-accent-600 bg-red-50 text-accent-700"}`}>
      {children}
    </p>
  );
}

export const NEW_CASES_ONLY = "修改只对此后新提交的案件生效；已受理案件的承办部门和办理期限保持不变。";
