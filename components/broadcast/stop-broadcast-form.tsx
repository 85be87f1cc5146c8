"use client";
// 停止发送 on a broadcast's page: cancels its still-queued messages (lib/broadcast/stop-broadcast.ts).
// A plain form post; the action goes back to the page, which shows what was cancelled.
import { useActionState } from "react";
import { ConfirmCheck } from "@/components/ui/confirm-check";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function StopBroadcastForm({ action, broadcastId, queued }: { action: Action; broadcastId: string; queued: number }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate className="rounded-md border-2 border-accent-600 bg-white p-4 shadow-sm">
      {state.message && (
        <p role="alert" className="mb-3 border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">
          {state.message}
        </p>
      )}
      <input type="hidden" name="broadcastId" value={broadcastId} />
      <p className="mb-3">
        还有 <strong>{queued}</strong> 条短信在排队。如预警已解除或内容有误，可以停止发送排队中的短信；已交给短信平台的不能撤回。
      </p>
      <ConfirmCheck label="我确认停止发送排队中的短信" />
      <button type="submit" disabled={pending} className="rounded bg-accent-600 px-5 py-2 font-semibold text-white shadow-sm hover:bg-accent-700 disabled:cursor-not-allowed disabled:bg-slate-400">
        停止发送
      </button>
    </form>
  );
}
