"use client";
// The upload form of /verify. A plain multipart form to a server action: without JavaScript the
// browser posts it and the page comes back with the answer (useActionState's progressive
// enhancement); with JavaScript it stays on the page.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/form";
import type { VerifyView } from "@/lib/seals/verify-view";
import { VerifyResultPanel } from "./verify-result";

export interface VerifyFileState {
  error?: string;
  view?: VerifyView;
}

export function VerifyFileForm({
  action,
  title,
  hasOtherError,
}: {
  action: (prev: VerifyFileState, formData: FormData) => Promise<VerifyFileState>;
  /** The page's title; prefixed 错误： while this form or the page's code form shows an error. */
  title: string;
  hasOtherError: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <>
      {/* The title says 错误 also when the page comes back without JavaScript. */}
      <title>{state.error || hasOtherError ? `错误：${title}` : title}</title>
      <ErrorSummary errors={state.error ? { file: state.error } : undefined} />
      <form action={formAction} encType="multipart/form-data" noValidate className={state.error ? "border-l-4 border-accent-600 pl-3" : ""}>
        <label htmlFor="field-file" className="block font-semibold">
          盖章文件（PDF）
        </label>
        <p id="hint-file" className="text-sm text-slate-600">
          选择收到的PDF原件，不超过10MB。文件只用于核验，不会保存。
        </p>
        {state.error && (
          <p id="error-file" className="font-semibold text-accent-700">
            <span className="sr-only">错误：</span>
            {state.error}
          </p>
        )}
        <input
          id="field-file"
          name="file"
          type="file"
          accept="application/pdf,.pdf"
          aria-describedby={state.error ? "hint-file error-file" : "hint-file"}
          aria-invalid={state.error ? true : undefined}
          className="mt-2 block w-full max-w-md text-sm file:mr-3 file:rounded file:border-2 file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:font-semibold"
        />
        <button type="submit" disabled={pending} className="mt-3 rounded bg-brand-600 px-5 py-2 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60">
          {pending ? "正在核验…" : "上传核验"}
        </button>
      </form>
      {state.view && <VerifyResultPanel view={state.view} />}
    </>
  );
}
