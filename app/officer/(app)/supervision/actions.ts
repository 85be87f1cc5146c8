"use server";
// The board's and the ranking page's forms: plain forms (they work without JavaScript); each calls
// one lib function and goes back with a success message, or with the message and what was typed.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { saveScorecardWeights } from "@/lib/supervision/scorecard";
import { closeSupervisionOrder } from "@/lib/supervision/supervision-orders";
import { urgeItem } from "@/lib/supervision/urge-item";

function problem(err: unknown): string {
  if (isAppError(err, "VALIDATION") && err.fieldErrors) return Object.values(err.fieldErrors).join("；");
  if (isAppError(err)) return err.userMessage;
  console.error(err);
  return "操作没有成功，请稍后再试。";
}

function back(path: string, params: Record<string, string>): never {
  redirect(`${path}?${new URLSearchParams(params).toString()}`);
}

export async function urgeAction(formData: FormData) {
  const actor = await requireActor();
  const kind = String(formData.get("kind") ?? "");
  const itemId = String(formData.get("itemId") ?? "");
  const note = String(formData.get("note") ?? "");
  try {
    await urgeItem({ actor, kind, itemId, input: { note } });
  } catch (err) {
    back("/officer/supervision", { error: problem(err), item: `${kind}:${itemId}`, note });
  }
  revalidatePath("/officer/supervision");
  back("/officer/supervision", { done: "urged" });
}

export async function closeOrderAction(formData: FormData) {
  const actor = await requireActor();
  const orderId = String(formData.get("orderId") ?? "");
  const input = { assessment: formData.get("assessment") ?? undefined, note: String(formData.get("note") ?? "") };
  try {
    await closeSupervisionOrder({ actor, orderId, expectedVersion: Number(formData.get("expectedVersion")), input });
  } catch (err) {
    back("/officer/supervision", { error: problem(err), item: `close:${orderId}`, note: input.note });
  }
  revalidatePath("/officer/supervision");
  back("/officer/supervision", { done: "order-closed" });
}

export async function saveWeightsAction(formData: FormData) {
  const actor = await requireActor();
  const input = Object.fromEntries(["acceptance", "onTime", "redo", "satisfaction", "orders"].map((k) => [k, String(formData.get(k) ?? "")]));
  const month = String(formData.get("month") ?? "");
  try {
    await saveScorecardWeights({ actor, input });
  } catch (err) {
    back("/officer/supervision/ranking", { month, error: problem(err), ...Object.fromEntries(Object.entries(input).map(([k, v]) => [`w_${k}`, v])) });
  }
  revalidatePath("/officer/supervision/ranking");
  back("/officer/supervision/ranking", { month, done: "weights" });
}
