import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/officer/forbidden";
import { ActiveToggleForm, EditOfficerForm, ResetPasswordForm } from "@/components/officer/officer-forms";
import { DUTY_LABELS, ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { getOfficer } from "@/lib/officers/manage-officers";
import { officerFormOptions } from "@/lib/officers/options";
import { resetPasswordAction, setActiveAction, updateOfficerAction } from "../actions";

export const metadata = { title: "人员详情" };

export default async function OfficerPage({ params, searchParams }: PageProps<"/officer/officers/[id]">) {
  const { actor, allowed } = await requirePagePermission("officers.manage");
  if (!allowed) return <Forbidden />;
  const { id } = await params;
  const officer = await getOfficer({ actor, officerId: id }).catch((err) => {
    if (isAppError(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const options = await officerFormOptions();
  const isLocked = !!officer.lockedUntil && officer.lockedUntil > new Date();
  const justCreated = (await searchParams).saved === "created";
  return (
    <div className="max-w-3xl space-y-5">
      <p className="text-sm">
        <Link href="/officer/officers" className="text-brand-600 underline">‹ 返回授权名单</Link>
      </p>
      {justCreated && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          已将 {officer.name} 加入授权名单。
        </p>
      )}
      <div className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-bold text-brand-700">
          {officer.name} <span className="font-mono text-base text-slate-500">{officer.username}</span>
        </h1>
        <p className="mt-1 text-slate-600">
          {officer.department.name} · {ROLE_LABELS[officer.role]} ·{" "}
          {officer.isActive ? (isLocked ? `已锁定至 ${formatDateTime(officer.lockedUntil)}` : "已启用") : "已停用"}
        </p>
        <p className="text-slate-600">职责：{officer.duties.length ? officer.duties.map((d) => DUTY_LABELS[d]).join("、") : "无"}</p>
        <p className="text-sm text-slate-500">最近登录：{formatDateTime(officer.lastSignInAt) || "从未登录"}</p>
      </div>
      <section className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-3 text-lg font-bold">角色、部门与职责</h2>
        <EditOfficerForm action={updateOfficerAction} {...options} officer={officer} />
      </section>
      <section className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-3 text-lg font-bold">重置密码</h2>
        <ResetPasswordForm action={resetPasswordAction} officerId={officer.id} />
      </section>
      <section className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-1 text-lg font-bold">{officer.isActive ? "停用账户" : "启用账户"}</h2>
        <p className="mb-3 text-sm text-slate-600">
          {officer.isActive ? "停用后该人员立即无法登录和操作，已登录的会话也随之失效。" : "启用后该人员可以重新登录。"}
        </p>
        <ActiveToggleForm action={setActiveAction} officerId={officer.id} isActive={officer.isActive} />
      </section>
    </div>
  );
}
