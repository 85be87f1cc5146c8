// The answer of /verify: genuine (by file: unaltered; by code: the record only) or a red
// "changed or not ours". No hooks, so both the server page and the upload form render it.
import type { VerifyView } from "@/lib/seals/verify-view";

export function VerifyResultPanel({ view }: { view: VerifyView }) {
  if (!view.ok) {
    return (
      <div role="alert" aria-labelledby="verify-result-title" className="mt-4 border-4 border-accent-600 bg-red-50 p-4">
        <h2 id="verify-result-title" className="text-xl font-bold text-accent-700">
          {view.by === "file" ? "此文件已被修改或并非本系统签发" : "没有找到该验证码的盖章记录"}
        </h2>
        <p className="mt-2 text-slate-900">
          {view.by === "file"
            ? "上传的文件与本系统盖章签发的任何文件都不一致。文件哪怕改动一个字节（包括编辑后另存、打印后扫描），核验都不能通过。请向发文单位索取原件。"
            : "请核对文件首页右上角二维码旁的验证码后重新输入；若验证码无误仍查不到，此文件并非本系统签发。"}
        </p>
      </div>
    );
  }
  return (
    <div role="status" aria-labelledby="verify-result-title" className={`mt-4 border-4 p-4 ${view.by === "file" ? "border-green-700 bg-green-50" : "border-brand-600 bg-white"}`}>
      <h2 id="verify-result-title" className={`text-xl font-bold ${view.by === "file" ? "text-green-900" : "text-brand-700"}`}>
        {view.by === "file" ? "文件真实有效：由本系统盖章签发，盖章后未被修改" : "找到该验证码的盖章记录"}
      </h2>
      {view.by === "code" && (
        <p className="mt-2 text-slate-800">验证码只能说明存在这份盖章记录。要确认手中的文件没有被修改，请在下方上传该文件的PDF原件核验。</p>
      )}
      {view.isSpecimen && <p className="mt-2 rounded bg-amber-100 p-2 font-semibold text-amber-900">这是电子印章样张，用于核对印章，不是正式公文。</p>}
      {view.sealRevokedAt && (
        <p className="mt-2 rounded bg-amber-50 p-2 text-amber-900">该印章已于{view.sealRevokedAt}停用。本文件在停用前盖章，盖章时印章有效。</p>
      )}
      <div className="mt-3 flex flex-col gap-4 sm:flex-row">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={view.sealImageDataUrl} alt={`${view.sealName}电子印章印模`} width={120} height={120} className="h-30 w-30 shrink-0 self-center" />
        <dl className="grid min-w-0 grid-cols-[5.5em_1fr] gap-x-3 gap-y-1">
          <dt className="text-slate-600">发文机关</dt>
          <dd className="font-semibold">{view.issuingUnit}</dd>
          <dt className="text-slate-600">发文字号</dt>
          <dd>{view.docNumber}</dd>
          <dt className="text-slate-600">标题</dt>
          <dd className="break-words">{view.title}</dd>
          <dt className="text-slate-600">成文日期</dt>
          <dd>{view.documentDate}</dd>
          <dt className="text-slate-600">印章</dt>
          <dd>{view.sealName}</dd>
          <dt className="text-slate-600">盖章时间</dt>
          <dd>{view.sealedAt}</dd>
          <dt className="text-slate-600">验证码</dt>
          <dd className="font-mono">{view.code}</dd>
        </dl>
      </div>
    </div>
  );
}
