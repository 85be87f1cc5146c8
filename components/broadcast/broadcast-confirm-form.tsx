"use client";
// The confirmation of a broadcast: posts the previewed towns with the form's idempotency key, so
// a double click or a resubmitted form makes one broadcast, and the hash of the previewed SMS, so
// a text that changed since is refused. When the item was broadcast before, an explicit
// "send again" tick is required (checked on the server; its message sits beside the tick).
import { useActionState } from "react";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function BroadcastConfirmForm({
  action,
  contentId,
  towns,
  idempotencyKey,
  textHash,
  recipientCount,
  townsText,
  sentBefore,
}: {
  action: Action;
  contentId: string;
  towns: string[];
  idempotencyKey: string;
  textHash: string;
  recipientCount: number;
  townsText: string;
  sentBefore: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const { confirmRepeat: repeatError, ...otherErrors } = state.errors ?? {};
  const problem = state.message ?? (Object.keys(otherErrors).length ? Object.values(otherErrors).join("；") : repeatError ? "提交失败，请检查下面的问题" : undefined);
  return (
    <form action={formAction} noValidate>
      {problem && (
        <p role="alert" className="mb-4 border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">
          {repeatError && !state.message && !Object.keys(otherErrors).length ? (
            <a href="#field-confirmRepeat" className="underline">
              {repeatError}
            </a>
          ) : (
            problem
          )}
        </p>
      )}
      <input type="hidden" name="contentId" value={contentId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="textHash" value={textHash} />
      {towns.map((t) => (
        <input key={t} type="hidden" name="towns" value={t} />
      ))}
      {sentBefore && (
        <div className={`mb-4 ${repeatError ? "border-l-4 border-accent-600 pl-3" : ""}`}>
          {repeatError && (
            <p id="error-confirmRepeat" className="font-semibold text-accent-700">
              <span className="sr-only">错误：</span>
              {repeatError}
            </p>
          )}
          <div className="flex items-start gap-3">
            <input
              id="field-confirmRepeat"
              type="checkbox"
              name="confirmRepeat"
              value="yes"
              defaultChecked={state.values?.confirmRepeat === "yes"}
              aria-invalid={repeatError ? true : undefined}
              aria-describedby={repeatError ? "error-confirmRepeat" : undefined}
              className="mt-1 h-6 w-6 shrink-0 accent-accent-600"
            />
            <label htmlFor="field-confirmRepeat" className="cursor-pointer font-semibold">
              我确认需要再次发送
              <span className="block font-normal text-slate-600">该内容已经发送过短信（见上方记录），再次发送时订阅者会再收到一条。</span>
            </label>
          </div>
        </div>
      )}
      <button type="submit" disabled={pending || recipientCount === 0} className="rounded bg-accent-600 px-5 py-2 font-semibold text-white shadow-sm hover:bg-accent-700 disabled:cursor-not-allowed disabled:bg-slate-400">
        确认发送给{townsText} {recipientCount} 位订阅者
      </button>
    </form>
  );
}
