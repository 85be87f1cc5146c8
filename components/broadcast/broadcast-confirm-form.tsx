"use client";
// The confirmation of a broadcast: posts the previewed towns with the form's idempotency key, so
// a double click or a resubmitted form makes one broadcast.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function BroadcastConfirmForm({ action, contentId, towns, idempotencyKey, recipientCount, townsText }: { action: Action; contentId: string; towns: string[]; idempotencyKey: string; recipientCount: number; townsText: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const problem = state.message ?? (state.errors ? Object.values(state.errors).join("；") : undefined);
  return (
    <form action={formAction} noValidate>
      {problem && (
        <p role="alert" className="mb-4 border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">
          {problem}
        </p>
      )}
      <input type="hidden" name="contentId" value={contentId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {towns.map((t) => (
        <input key={t} type="hidden" name="towns" value={t} />
      ))}
      <button type="submit" disabled={pending || recipientCount === 0} className="rounded bg-accent-600 px-5 py-2 font-semibold text-white shadow-sm hover:bg-accent-700 disabled:cursor-not-allowed disabled:bg-slate-400">
        确认发送给{townsText} {recipientCount} 位订阅者
      </button>
    </form>
  );
}
