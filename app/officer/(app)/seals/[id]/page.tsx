import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/officer/forbidden";
import { RevokeSealForm } from "@/components/seals/seal-forms";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { getSealDetail, SEAL_USES_PAGE_SIZE } from "@/lib/seals/list-seals";
import { formatVerificationCode } from "@/lib/seals/verification-code";
import { revokeSealAction, sealSpecimenAction } from "../actions";

export const metadata = { title: "电子印章详情" };

const SPECIMEN_ERRORS: Record<string, string> = {
  CONFLICT: "本单位没有启用中的电子印章，不能试盖章。",
  FORBIDDEN: "只有本单位的电子印章管理员可以用印。",
};

export default async function SealPage({ params, searchParams }: PageProps<"/officer/seals/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const query = await searchParams;
  const page = Math.max(1, Number(query.page) || 1);
  const detail = await getSealDetail({ actor, sealId: id, page }).catch((err) => {
    if (isAppError(err, "NOT_FOUND")) notFound();
    if (isAppError(err, "FORBIDDEN")) return null;
    throw err;
  });
  if (!detail) return <Forbidden />;
  const { seal, uses, total, canManage, canApply } = detail;
  const specimenId = typeof query.specimen === "string" ? query.specimen : null;
  const specimenError = typeof query.error === "string" ? (SPECIMEN_ERRORS[query.error] ?? "试盖章没有成功，请稍后再试。") : null;
  const pages = Math.max(1, Math.ceil(total / SEAL_USES_PAGE_SIZE));
  return (
    <div className="max-w-4xl space-y-5">
      <p className="text-sm">
        <Link href="/officer/seals" className="text-brand-600 underline">‹ 返回电子印章</Link>
      </p>
      {query.saved === "created" && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">印章已制作：已生成印模和 SM2 签名密钥。</p>
      )}
      {query.saved === "revoked" && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">印章已停用，不能再用印；此前盖章的文件仍可核验。</p>}
      {specimenId && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          已加盖样张。
          <a href={`/officer/seals/specimens/${specimenId}`} className="font-semibold text-brand-700 underline">下载样张PDF</a>
          ，可在<Link href="/verify" className="text-brand-700 underline">核验页</Link>上传核验。
        </p>
      )}
      {specimenError && <p role="alert" className="rounded border-l-4 border-accent-600 bg-red-50 p-3 text-accent-700">{specimenError}</p>}

      <section className="flex flex-col gap-5 rounded-md border border-slate-200 bg-white p-5 shadow-sm sm:flex-row">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={seal.imageDataUrl} alt={`${seal.name}电子印章印模`} width={180} height={180} className="h-45 w-45 shrink-0 self-center" />
        <div className="min-w-0 space-y-2">
          <h1 className="text-2xl font-bold text-brand-700">{seal.name}</h1>
          <dl className="grid grid-cols-[6em_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-600">所属单位</dt>
            <dd>{seal.departmentName}</dd>
            <dt className="text-slate-600">状态</dt>
            <dd>
              {seal.revokedAt ? (
                <span className="text-accent-700">
                  已于{formatDateTime(seal.revokedAt)}停用{seal.revokedByName ? `（${seal.revokedByName}）` : ""}：{seal.revokeReason}
                </span>
              ) : (
                <span className="text-green-800">启用中</span>
              )}
            </dd>
            <dt className="text-slate-600">制作</dt>
            <dd>
              {formatDateTime(seal.createdAt)}
              {seal.createdByName ? `，${seal.createdByName}` : ""}
            </dd>
            {seal.bottomText && (
              <>
                <dt className="text-slate-600">下方文字</dt>
                <dd>{seal.bottomText}</dd>
              </>
            )}
            <dt className="text-slate-600">SM2 公钥</dt>
            <dd className="break-all font-mono text-xs">{seal.publicKeyHex}</dd>
          </dl>
          {canApply && (
            <form action={sealSpecimenAction} className="pt-2">
              <input type="hidden" name="sealId" value={seal.id} />
              <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white shadow-sm hover:bg-brand-700">
                试盖章（样张）
              </button>
              <p className="mt-1 text-sm text-slate-600">生成一份加盖本印章的样张PDF，用于核对印模和公开核验；样张计入用印记录。</p>
            </form>
          )}
        </div>
      </section>

      <section aria-labelledby="uses-title" className="rounded-md border border-slate-200 bg-white shadow-sm">
        <h2 id="uses-title" className="px-4 pt-4 text-lg font-bold">
          用印记录 <span className="text-sm font-normal text-slate-600">共 {total} 次</span>
        </h2>
        {uses.length === 0 ? (
          <p className="p-4 text-slate-600">尚未用印。</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {uses.map((u) => (
              <li key={u.id} className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[1fr_auto]">
                <div className="min-w-0">
                  <p className="font-semibold">
                    {u.kind === "SPECIMEN" && <span className="mr-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">样张</span>}
                    {u.title}
                  </p>
                  <p className="text-slate-600">
                    {u.docNumber} · 用印人 {u.signerName} · 验证码 <span className="font-mono">{formatVerificationCode(u.verificationCode)}</span>
                  </p>
                </div>
                <div className="text-slate-600 sm:text-right">
                  <time dateTime={u.sealedAt.toISOString()}>{formatDateTime(u.sealedAt)}</time>
                  {u.kind === "SPECIMEN" && (
                    <p>
                      <a href={`/officer/seals/specimens/${u.id}`} className="text-brand-600 underline">下载样张</a>
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        {pages > 1 && (
          <nav aria-label="用印记录分页" className="flex gap-4 p-4 text-sm">
            {page > 1 && <Link href={`/officer/seals/${seal.id}?page=${page - 1}`} className="text-brand-600 underline">上一页</Link>}
            <span>第 {page} / {pages} 页</span>
            {page < pages && <Link href={`/officer/seals/${seal.id}?page=${page + 1}`} className="text-brand-600 underline">下一页</Link>}
          </nav>
        )}
      </section>

      {canManage && !seal.revokedAt && (
        <section className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
          <h2 className="mb-1 text-lg font-bold">停用印章</h2>
          <p className="mb-3 text-sm text-slate-600">停用后不能再用印，也不能恢复；此前盖章的文件仍可核验，核验结果会注明停用日期。停用后可为该单位制作新印章。</p>
          <RevokeSealForm action={revokeSealAction} sealId={seal.id} />
        </section>
      )}
    </div>
  );
}
