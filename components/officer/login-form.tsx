"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { SIGN_IN_MESSAGES, signInErrorMessage } from "@/lib/auth/sign-in-errors";

/**
 * With JavaScript, signIn() posts the credentials and the page moves on. Without it, the form
 * itself posts (never a GET: the password must not land in a URL) to next-auth's credentials
 * callback with the CSRF token, and next-auth redirects to `from` or back here with an error code.
 */
export function LoginForm({ from, initialError, csrfToken }: { from: string; initialError?: string; csrfToken: string }) {
  const router = useRouter();
  const [error, setError] = useState(initialError ?? "");
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await signIn("credentials", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(from);
      router.refresh();
      return;
    }
    setError(signInErrorMessage(result?.error) ?? SIGN_IN_MESSAGES.INVALID_CREDENTIALS);
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  return (
    <form method="post" action="/api/auth/callback/credentials" onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={from} />
      {error && (
        <div ref={alertRef} tabIndex={-1} role="alert" className="border-4 border-accent-600 bg-white p-3 font-semibold text-accent-700">
          {error}
        </div>
      )}
      <div>
        <label htmlFor="username" className="block font-semibold">
          登录名
        </label>
        <input id="username" name="username" autoComplete="username" className="mt-1 w-full rounded border-2 border-slate-400 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block font-semibold">
          密码
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          className="mt-1 w-full rounded border-2 border-slate-400 px-3 py-2"
        />
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
