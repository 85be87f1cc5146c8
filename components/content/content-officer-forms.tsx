"use client";
// The small forms of the officer content page: publish now, schedule, unpublish, upload and
// remove attachments, restore a version. Each posts the item's version (optimistic locking).
import { ConfirmCheck } from "@/components/ui/confirm-check";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/form";
import { Field, TextInput } from "@/components/complaints/fields";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

function Notice({ state }: { state: ActionState }) {
  if (!state.message || state.errors) return null;
  return (
    <p role="alert" className={`mb-3 rounded border-l-4 p-3 ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-accent-600 bg-red-50 text-accent-700"}`}>
      {state.message}
    </p>
  );
}

const button = (tone: "primary" | "secondary" | "danger") =>
  `rounded px-4 py-2 font-semibold shadow-sm ${tone === "primary" ? "bg-brand-600 text-white hover:bg-brand-700" : tone === "danger" ? "bg-accent-600 text-white hover:bg-accent-700" : "border-2 border-slate-400 bg-white hover:bg-slate-100"}`;

function Ref({ contentId, version }: { contentId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="contentId" value={contentId} />
      <input type="hidden" name="expectedVersion" value={version} />
    </>
  );
}

export function PublishNowForm({ action, contentId, version, label }: { action: Action; contentId: string; version: number; label: string }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      <Notice state={state} />
      <Ref contentId={contentId} version={version} />
      <button type="submit" className={button("primary")}>
        {label}
      </button>
    </form>
  );
}

export function ScheduleForm({ action, contentId, version, defaultValue }: { action: Action; contentId: string; version: number; defaultValue?: string }) {
  const [state, formAction] = useActionState(action, {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <Ref contentId={contentId} version={version} />
      <Field name="publishAt" label="定时发布时间" hint="北京时间；到时自动出现在公开页面" error={e.publishAt}>
        <TextInput name="publishAt" type="datetime-local" defaultValue={state.values?.publishAt ?? defaultValue} error={e.publishAt} className="max-w-xs" />
      </Field>
      <button type="submit" className={button("secondary")}>
        定时发布
      </button>
    </form>
  );
}

export function UnpublishForm({ action, contentId, version }: { action: Action; contentId: string; version: number }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      <Notice state={state} />
      <Ref contentId={contentId} version={version} />
      <ConfirmCheck label="我确认撤回：公开页面将下线" />
      <button type="submit" className={button("danger")}>
        撤回（从公开页面下线）
      </button>
    </form>
  );
}

export function AttachmentUploadForm({ action, contentId }: { action: Action; contentId: string }) {
  const [state, formAction] = useActionState(action, {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} encType="multipart/form-data" noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="contentId" value={contentId} />
      <Field name="file" label="上传附件" hint="PDF、Word、Excel 或 JPEG、PNG、WebP 图片，每个不超过10MB" error={e.file}>
        <input id="field-file" name="file" type="file" accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png,.webp" aria-invalid={e.file ? true : undefined} className="mt-1 block" />
      </Field>
      <button type="submit" className={button("secondary")}>
        上传
      </button>
    </form>
  );
}

export function AttachmentRemoveForm({ action, attachmentId, fileName }: { action: Action; attachmentId: string; fileName: string }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="inline">
      <Notice state={state} />
      <input type="hidden" name="attachmentId" value={attachmentId} />
      <button type="submit" className="text-sm text-accent-700 underline">
        删除<span className="sr-only">附件 {fileName}</span>
      </button>
    </form>
  );
}

export function RestoreForm({ action, contentId, version, restoreVersion }: { action: Action; contentId: string; version: number; restoreVersion: number }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      <Notice state={state} />
      <Ref contentId={contentId} version={version} />
      <input type="hidden" name="restoreVersion" value={restoreVersion} />
      <ConfirmCheck label="我确认恢复此版本为当前版本" />
      <button type="submit" className={button("primary")}>
        恢复此版本
      </button>
    </form>
  );
}
