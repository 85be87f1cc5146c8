import type { Metadata } from "next";
import { VerifyFileForm } from "@/components/seals/verify-file-form";
import { VerifyResultPanel } from "@/components/seals/verify-result";
import { publicPageMetadata } from "@/lib/page-metadata";
import { siteConfig } from "@/lib/site";
import { verifyForVisitor } from "@/lib/seals/verify-for-visitor";
import { toVerifyView, type VerifyView } from "@/lib/seals/verify-view";
import { clientKey } from "../complaints/client-key";
import { verifyFileAction } from "./actions";

// The upload form renders the <title> itself, so an error rendered without JavaScript can prefix it.
export async function generateMetadata(): Promise<Metadata> {
  return publicPageMetadata({ path: "/verify", title: null, description: "上传盖有电子印章的PDF公文或输入验证码，核验文件是否由本系统签发、是否被修改。" });
}

export default async function VerifyPage({ searchParams }: PageProps<"/verify">) {
  const raw = (await searchParams).code;
  const code = typeof raw === "string" ? raw.slice(0, 64) : undefined;
  let codeError: string | null = null;
  let codeView: VerifyView | null = null;
  if (code !== undefined) {
    const outcome = await verifyForVisitor({ clientKey: await clientKey(), input: { kind: "code", code } }).catch((err) => {
      console.error(err);
      return { ok: false as const, field: "code" as const, message: "暂时无法核验，请稍后再试" };
    });
    if (outcome.ok) codeView = toVerifyView(outcome.result, "code");
    else codeError = outcome.message;
  }
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-700">电子公文真伪核验</h1>
        <p className="mt-1 text-slate-700">
          本县各单位加盖电子印章的公文，首页右上角印有二维码和验证码。上传PDF原件可以核验文件是否由本系统签发、盖章后是否被修改；输入验证码可以查到对应的盖章记录。
        </p>
      </div>

      <section aria-labelledby="file-title" className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="file-title" className="mb-2 text-lg font-bold">上传文件核验</h2>
        <VerifyFileForm action={verifyFileAction} title={`电子公文真伪核验 - ${siteConfig().name}`} hasOtherError={!!codeError} />
      </section>

      <section aria-labelledby="code-title" className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        {codeError && (
          <div role="alert" tabIndex={-1} className="mb-4 border-4 border-accent-600 p-4">
            <h2 className="text-lg font-bold text-accent-700">提交失败，请检查以下问题</h2>
            <p className="mt-1">
              <a href="#field-code" className="font-semibold text-accent-700 underline">{codeError}</a>
            </p>
          </div>
        )}
        <h2 id="code-title" className="text-lg font-bold">输入验证码查询</h2>
        <form action="/verify" method="get" noValidate className={`mt-2 ${codeError ? "border-l-4 border-accent-600 pl-3" : ""}`}>
          <label htmlFor="field-code" className="block font-semibold">验证码</label>
          <p id="hint-code" className="text-sm text-slate-600">文件首页右上角二维码旁的12位字母和数字，例如 ABCD-EFGH-JKLM</p>
          {codeError && (
            <p id="error-code" className="font-semibold text-accent-700">
              <span className="sr-only">错误：</span>
              {codeError}
            </p>
          )}
          <div className="mt-1 flex max-w-md gap-2">
            <input
              id="field-code"
              name="code"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              defaultValue={code ?? ""}
              aria-describedby={codeError ? "hint-code error-code" : "hint-code"}
              aria-invalid={codeError ? true : undefined}
              className={`block w-full min-w-0 rounded border-2 bg-white px-3 py-2 font-mono text-lg uppercase ${codeError ? "border-accent-600" : "border-slate-400"}`}
            />
            <button type="submit" className="shrink-0 rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">查询</button>
          </div>
        </form>
        {codeView && <VerifyResultPanel view={codeView} />}
      </section>
    </div>
  );
}
