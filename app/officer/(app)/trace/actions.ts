"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { addCertificate } from "@/lib/trace/add-certificate";
import { createBatch } from "@/lib/trace/create-batch";
import { createProducer } from "@/lib/trace/create-producer";
import { createProduct } from "@/lib/trace/create-product";
import { deactivateProduct } from "@/lib/trace/deactivate-product";
import { editBatch, editProducer, editProduct } from "@/lib/trace/edit-trace-record";
import { liftRecall } from "@/lib/trace/lift-recall";
import { recallBatch } from "@/lib/trace/recall-batch";
import { recordInspection } from "@/lib/trace/record-inspection";
import { recordTraceEvent } from "@/lib/trace/record-trace-event";

type Input = Record<string, unknown>;

async function run(formData: FormData, fn: (args: { actor: Awaited<ReturnType<typeof requireActor>>; input: Input }) => Promise<unknown>) {
  const actor = await requireActor();
  const values = formValues(formData);
  try {
    return { result: await fn({ actor, input: Object.fromEntries(formData) }), failure: null };
  } catch (err) {
    return { result: null, failure: failureState(err, values) };
  }
}

export async function createProducerAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { result, failure } = await run(formData, createProducer);
  if (failure) return failure;
  redirect(`/officer/trace/producers/${(result as { id: string }).id}?saved=created`);
}

export async function createProductAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { result, failure } = await run(formData, createProduct);
  if (failure) return failure;
  redirect(`/officer/trace/products/${(result as { id: string }).id}`);
}

export async function createBatchAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { result, failure } = await run(formData, createBatch);
  if (failure) return failure;
  redirect(`/officer/trace/batches/${(result as { id: string }).id}?saved=created`);
}

function batchPath(formData: FormData) {
  return `/officer/trace/batches/${String(formData.get("batchId"))}`;
}

export async function recordEventAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { failure } = await run(formData, recordTraceEvent);
  if (failure) return failure;
  revalidatePath(batchPath(formData));
  return { ok: true, message: "已记录该环节。" };
}

export async function recordInspectionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { failure } = await run(formData, recordInspection);
  if (failure) return failure;
  revalidatePath(batchPath(formData));
  return { ok: true, message: "已记录检测结果，消费者查询页面已同步显示。" };
}

export async function addCertificateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { failure } = await run(formData, addCertificate);
  if (failure) return failure;
  revalidatePath(batchPath(formData));
  return { ok: true, message: "已添加证书。" };
}

export async function recallBatchAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { failure } = await run(formData, recallBatch);
  if (failure) return failure;
  redirect(`${batchPath(formData)}?saved=recalled`);
}

export async function deactivateProductAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { failure } = await run(formData, deactivateProduct);
  if (failure) return failure;
  redirect(`/officer/trace/products/${String(formData.get("productId"))}?saved=deactivated`);
}

async function edit(formData: FormData, fn: Parameters<typeof run>[1], path: string): Promise<ActionState> {
  const { result, failure } = await run(formData, fn);
  if (failure) return failure;
  revalidatePath(path);
  const changed = (result as { changed: number }).changed;
  return { ok: true, message: changed ? `已保存修改（${changed}项），修改前的内容记在“修改记录”中。` : "没有改动。" };
}

export async function editProducerAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return edit(formData, editProducer, `/officer/trace/producers/${String(formData.get("producerId"))}`);
}

export async function editProductAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return edit(formData, editProduct, `/officer/trace/products/${String(formData.get("productId"))}`);
}

export async function editBatchAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return edit(formData, editBatch, batchPath(formData));
}

export async function liftRecallAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { failure } = await run(formData, liftRecall);
  if (failure) return failure;
  redirect(`${batchPath(formData)}?saved=lifted`);
}
