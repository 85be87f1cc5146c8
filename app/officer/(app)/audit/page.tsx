import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listAuditLog } from "@/lib/officers/manage-officers";

export const metadata = { title: "审计日志" };

const ACTION_LABELS: Record<string, string> = {
  "officer.created": "添加人员",
  "officer.updated": "修改角色/部门",
  "officer.activated": "启用账户",
  "officer.deactivated": "停用账户",
  "officer.password_reset": "重置密码",
  "officer.locked": "账户锁定",
  "officer.signed_in": "登录成功",
  "officer.sign_in_failed": "登录失败",
  "officer.sign_in_throttled": "登录尝试过多，已限制",
  "officer.signed_out": "退出登录",
  "officer.password_changed": "本人修改密码",
  "content.created": "新建内容",
  "content.updated": "修改内容",
  "content.published": "发布内容",
  "content.scheduled": "定时发布内容",
  "content.unpublished": "撤回内容",
  "content.restored": "恢复内容版本",
  "content.attachment.added": "上传附件",
  "content.attachment.removed": "删除附件",
};

// Why a sign-in failed or was limited, in words an auditor reads (lib/auth/authenticate-officer.ts).
const DETAIL_LABELS: Record<string, string> = {
  wrong_password: "密码错误",
  unknown_username: "登录名不存在",
  inactive: "账户已停用",
  address: "同一地址尝试过多",
  overall: "全站尝试过多",
  password_change: "修改密码时核对当前密码",
};

function detailsSummary(details: unknown): string | null {
  if (!details || typeof details !== "object") return null;
  const d = details as { reason?: string; scope?: string; during?: string; address?: string };
  const parts = [d.reason, d.scope, d.during].filter((v): v is string => !!v && !!DETAIL_LABELS[v]).map((v) => DETAIL_LABELS[v]);
  if (d.address) parts.push(`地址 ${d.address}`);
  return parts.length ? parts.join("；") : null;
}

export default async function AuditPage({ searchParams }: PageProps<"/officer/audit">) {
  const { actor, allowed } = await requirePagePermission("audit.view");
  if (!allowed) return <Forbidden />;
  const beforeParam = (await searchParams).before;
  const before = typeof beforeParam === "string" && /^\d+$/.test(beforeParam) ? BigInt(beforeParam) : undefined;
  const { entries, nextBefore } = await listAuditLog({ actor, before });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-700">审计日志</h1>
      <p className="text-sm text-slate-600">只增不改：每一次人员和权限变更都记录操作人和时间，记录不可修改或删除。</p>
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">时间</th>
              <th scope="col" className="px-3 py-2">操作人</th>
              <th scope="col" className="px-3 py-2">操作</th>
              <th scope="col" className="px-3 py-2">对象</th>
              <th scope="col" className="px-3 py-2">详情</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.map((e) => (
              <tr key={e.id.toString()}>
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(e.createdAt)}</td>
                <td className="px-3 py-2">{e.actor ? `${e.actor.name}（${e.actor.username}）` : "系统"}</td>
                <td className="px-3 py-2">{ACTION_LABELS[e.action] ?? e.action}</td>
                <td className="px-3 py-2">
                  {e.targetType === "Officer" && !e.targetId ? (
                    String((e.details as { username?: string } | null)?.username ?? "")
                  ) : e.targetType === "Officer" && e.targetId ? (
                    <Link href={`/officer/officers/${e.targetId}`} className="text-brand-600 underline">
                      {String((e.details as { username?: string } | null)?.username ?? e.targetId)}
                    </Link>
                  ) : (
                    `${e.targetType} ${e.targetId ?? ""}`
                  )}
                </td>
                <td className="max-w-md break-all px-3 py-2 text-xs text-slate-600">
                  {detailsSummary(e.details) && <span className="block text-sm text-slate-800">{detailsSummary(e.details)}</span>}
                  <span className="font-mono">{e.details ? JSON.stringify(e.details) : ""}</span>
                </td>
              </tr>
            ))}
            {entries.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-6 text-center text-slate-500">
                  暂无记录
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {nextBefore && (
        <Link href={`/officer/audit?before=${nextBefore}`} className="inline-block rounded border border-slate-300 bg-white px-4 py-2">
          更早的记录
        </Link>
      )}
    </div>
  );
}
