import { Forbidden } from "@/components/officer/forbidden";
import { IssueApiKeyForm } from "@/components/open311/api-key-form";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listApiKeys } from "@/lib/open311/api-keys";
import { issueApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata = { title: "接口密钥" };

export default async function ApiKeysPage() {
  const { actor, allowed } = await requirePagePermission("settings.manage");
  if (!allowed) return <Forbidden />;
  const keys = await listApiKeys({ actor });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-700">接口密钥（Open311）</h1>
        <p className="mt-2 text-sm text-slate-600">
          其他系统（如12345热线平台）通过 Open311 GeoReport v2 接口 <code>/api/open311/v2/requests.json</code> 提交诉求时须携带密钥（参数 <code>api_key</code>）。查询接口无需密钥，只返回群众同意公开的案件，个人信息已隐去。
        </p>
      </div>
      <section className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-3 text-lg font-semibold">签发新密钥</h2>
        <IssueApiKeyForm action={issueApiKeyAction} />
      </section>
      <section className="overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">使用方</th>
              <th scope="col" className="px-3 py-2">密钥开头</th>
              <th scope="col" className="px-3 py-2">签发时间</th>
              <th scope="col" className="px-3 py-2">最近使用</th>
              <th scope="col" className="px-3 py-2">状态</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {keys.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-4 text-slate-500">尚未签发密钥。</td>
              </tr>
            )}
            {keys.map((k) => (
              <tr key={k.id}>
                <td className="px-3 py-2 font-medium">{k.name}</td>
                <td className="px-3 py-2 font-mono">{k.prefix}…</td>
                <td className="px-3 py-2">{formatDateTime(k.createdAt)}</td>
                <td className="px-3 py-2">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "从未使用"}</td>
                <td className="px-3 py-2">
                  {k.revokedAt ? (
                    <span className="text-slate-500">已停用</span>
                  ) : (
                    <form action={revokeApiKeyAction}>
                      <input type="hidden" name="id" value={k.id} />
                      <button type="submit" className="rounded border border-accent-600 px-3 py-1 text-accent-700 hover:bg-red-50">停用</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
