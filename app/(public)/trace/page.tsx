import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeScanner } from "@/components/trace/code-scanner";
import { lookupCode } from "@/lib/trace/lookup-code";
import { PHOTO_ERRORS, type PhotoErrorCode } from "@/lib/trace/decode-photo";
import { decodePhotoAction } from "./actions";
import { publicPageMetadata } from "@/lib/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return publicPageMetadata({ path: "/trace", title: "农产品质量追溯查询", description: "扫码或输入追溯码，查看农产品的产地、日期和检测结果。" });
}

export default async function TracePage({ searchParams }: { searchParams: Promise<{ code?: string; photoError?: string }> }) {
  const { code, photoError: photoErrorCode } = await searchParams;
  // Only known keys are shown: the link cannot put its own words on the page.
  const photoError = photoErrorCode && Object.hasOwn(PHOTO_ERRORS, photoErrorCode) ? PHOTO_ERRORS[photoErrorCode as PhotoErrorCode] : undefined;
  const result = code !== undefined ? await lookupCode({ input: code }) : null;
  if (result?.kind === "redirect") redirect(result.path);
  const error = result?.kind === "error" ? result.message : null;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-700">农产品质量追溯查询</h1>
        <p className="mt-1 text-slate-700">扫描包装标签上的二维码或条码，或输入标签上的12位追溯码，查看产地、生产者、检测结果和合格证。</p>
      </div>

      <section aria-labelledby="typed-title" className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        {error && (
          <div role="alert" tabIndex={-1} className="mb-4 border-4 border-accent-600 p-4">
            <h2 className="text-lg font-bold text-accent-700">没有查到该追溯码</h2>
            <p className="mt-1">
              <a href="#field-code" className="font-semibold text-accent-700 underline">{error}</a>
            </p>
          </div>
        )}
        <h2 id="typed-title" className="text-lg font-bold">输入追溯码</h2>
        <form action="/trace" method="get" noValidate className={`mt-2 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
          <label htmlFor="field-code" className="block font-semibold">追溯码</label>
          <p id="hint-code" className="text-sm text-slate-600">标签条码下方的12位数字，例如 2026 1101 0014</p>
          {error && <p id="error-code" className="font-semibold text-accent-700"><span className="sr-only">错误：</span>{error}</p>}
          <div className="mt-1 flex max-w-md gap-2">
            <input
              id="field-code"
              name="code"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={code ?? ""}
              aria-describedby={error ? "hint-code error-code" : "hint-code"}
              aria-invalid={error ? true : undefined}
              className={`block w-full rounded border-2 bg-white px-3 py-2 font-mono text-lg ${error ? "border-accent-600" : "border-slate-400"}`}
            />
            <button type="submit" className="shrink-0 rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">查询</button>
          </div>
        </form>
      </section>

      <section aria-labelledby="scan-title" className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="scan-title" className="mb-2 text-lg font-bold">扫码或上传照片</h2>
        <CodeScanner />
        <noscript>
          <p className="mt-2 text-slate-700">可以把标签的照片（JPEG、PNG或WebP）交给网站识别其中的二维码或条码，也可以直接输入追溯码。</p>
        </noscript>
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer py-2 text-brand-700 underline">由网站识别标签照片（JPEG、PNG或WebP）</summary>
          <form action={decodePhotoAction} encType="multipart/form-data" className="mt-2 flex flex-wrap items-center gap-2">
            <label htmlFor="photo-plain" className="font-semibold">标签照片（JPEG、PNG或WebP）</label>
            <input id="photo-plain" name="photo" type="file" accept="image/jpeg,image/png,image/webp" />
            <button type="submit" className="rounded border-2 border-slate-400 bg-white px-4 py-1 font-semibold">上传识别</button>
          </form>
        </details>
        {photoError && <p role="alert" className="mt-3 rounded border-l-4 border-accent-600 bg-red-50 p-3 text-accent-700">{photoError}</p>}
      </section>
    </div>
  );
}
