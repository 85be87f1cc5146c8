"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/officer/login" })}
      className="rounded border border-white/60 px-3 py-1.5 text-sm hover:bg-white/10"
    >
      退出登录
    </button>
  );
}
