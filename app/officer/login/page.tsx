import Link from "next/link";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/officer/login-form";
import { getActor } from "@/lib/auth/session";
import { csrfCookieName, signInCsrf } from "@/lib/auth/sign-in-csrf";
import { signInErrorMessage, signInNotice } from "@/lib/auth/sign-in-errors";
import { safeReturnPath, siteConfig } from "@/lib/site";

export const metadata = { title: "工作人员登录", robots: { index: false } };

export default async function LoginPage({ searchParams }: PageProps<"/officer/login">) {
  const params = await searchParams;
  const from = safeReturnPath(typeof params.from === "string" ? params.from : null, "/officer");
  if (await getActor()) redirect(from.startsWith("/officer") ? from : "/officer");
  // Only known codes, each mapped to a fixed message: a link cannot put its own words here.
  const error = signInErrorMessage(typeof params.error === "string" ? params.error : undefined);
  const notice = signInNotice(typeof params.notice === "string" ? params.notice : undefined);
  // The proxy made sure the browser holds next-auth's CSRF cookie; the form carries its token.
  const csrfToken = signInCsrf((await cookies()).get(csrfCookieName())?.value).token;
  return (
    <main id="main" className="flex min-h-screen items-start justify-center bg-brand-800 px-4 py-12 sm:items-center">
      <div className="w-full max-w-sm rounded-md bg-white p-6 shadow-lg">
        <p className="text-sm text-slate-500">{siteConfig().name}</p>
        <h1 className="mb-1 text-2xl font-bold text-brand-700">政务工作平台登录</h1>
        <p className="mb-5 text-sm text-slate-600">仅限授权名单内的工作人员使用。连续输错5次密码，账户将锁定15分钟。</p>
        {notice && (
          <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
            {notice}
          </p>
        )}
        <LoginForm from={from.startsWith("/officer") ? from : "/officer"} initialError={error} csrfToken={csrfToken} />
        <p className="mt-6 text-center text-sm">
          <Link href="/" className="text-brand-600 underline">返回门户首页</Link>
        </p>
      </div>
    </main>
  );
}
