import Link from "next/link";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/officer/change-password-form";
import { getSessionOfficer } from "@/lib/auth/session";
import { siteConfig } from "@/lib/site";
import { changeOwnPasswordAction } from "./actions";

// Outside the (app) group: an officer who must change their password reaches this page and no other.
// The form renders the <title> itself, so an error rendered without JavaScript can prefix it.
export const metadata = { title: null, robots: { index: false } };

export default async function ChangePasswordPage() {
  const session = await getSessionOfficer();
  if (!session) redirect("/officer/login?from=%2Fofficer%2Fpassword");
  const title = session.mustChangePassword ? "请设置新密码" : "修改密码";
  return (
    <main id="main" className="flex min-h-screen items-start justify-center bg-slate-100 px-4 py-12">
      <div className="w-full max-w-lg rounded-md bg-white p-6 shadow">
        <p className="text-sm text-slate-500">
          {siteConfig().name} · {session.actor.name}（{session.actor.username}）
        </p>
        <h1 className="mb-2 text-2xl font-bold text-brand-700">{title}</h1>
        {session.mustChangePassword ? (
          <p className="mb-5 border-l-4 border-brand-600 bg-brand-50 p-3">
            这是您首次登录，或管理员要求您更换密码。设置自己的新密码后才能使用工作平台。
          </p>
        ) : (
          <p className="mb-5 text-slate-700">修改后，您在所有设备上的登录都会退出，请用新密码重新登录。</p>
        )}
        <ChangePasswordForm action={changeOwnPasswordAction} title={`${title} - ${siteConfig().name}`} />
        {!session.mustChangePassword && (
          <p className="mt-6 text-sm">
            <Link href="/officer" className="text-brand-600 underline">
              返回工作台
            </Link>
          </p>
        )}
      </div>
    </main>
  );
}
