import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listSealUnits } from "@/lib/seals/list-seals";

export const metadata = { title: "电子印章" };

export default async function SealsPage() {
  const actor = await requireActor();
  if (!can(actor, "settings.manage") && !can(actor, "documents.seal")) return <Forbidden />;
  const { units, canManage } = await listSealUnits({ actor });
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold text-brand-700">电子印章</h1>
        <p className="mt-1 text-sm text-slate-600">
          每个单位一枚启用中的电子印章：红色圆形印模由单位名称生成，签名密钥为国密 SM2（私钥加密保存）。只有本单位的电子印章管理员可以用印，每次用印都记入审计日志；盖章文件可在
          <Link href="/verify" className="text-brand-600 underline">公开核验页</Link>核验真伪。
        </p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {units.map((u) => (
          <li key={u.departmentId} className="flex gap-4 rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            {u.active ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={u.active.imageDataUrl} alt={`${u.active.name}电子印章印模`} width={88} height={88} className="h-22 w-22 shrink-0" />
            ) : (
              <div aria-hidden className="flex h-22 w-22 shrink-0 items-center justify-center rounded-full border-2 border-dashed border-slate-300 text-xs text-slate-400">
                未制作
              </div>
            )}
            <div className="min-w-0 space-y-1">
              <h2 className="font-bold">{u.departmentName}</h2>
              {u.active ? (
                <>
                  <p className="text-sm text-slate-700">
                    <span className="rounded bg-green-50 px-1.5 py-0.5 text-green-800">启用中</span> {formatDate(u.active.createdAt)}制作 · 用印 {u.active.uses} 次
                  </p>
                  <p>
                    <Link href={`/officer/seals/${u.active.id}`} className="text-brand-600 underline">
                      查看印章和用印记录<span className="sr-only">（{u.departmentName}）</span>
                    </Link>
                  </p>
                </>
              ) : (
                <>
                  <p className="text-sm text-slate-600">尚无启用中的电子印章{u.revokedCount ? `（已停用 ${u.revokedCount} 枚）` : ""}</p>
                  {canManage && (
                    <p>
                      <Link href={`/officer/seals/new?department=${u.departmentId}`} className="text-brand-600 underline">
                        制作印章<span className="sr-only">（{u.departmentName}）</span>
                      </Link>
                    </p>
                  )}
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
