"use server";
// Information-report forms: each parses the form, calls one lib/reports function with the
// signed-in officer and goes on, or answers the field messages with what was typed.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { createBulletin, issueBulletin } from "@/lib/reports/bulletins";
import { publishReportToPortal } from "@/lib/reports/publish-report";
import { saveLevelPoints } from "@/lib/reports/report-ranking";
import { adoptReport, declineReport, editReport } from "@/lib/reports/review-report";
import { submitReport } from "@/lib/reports/submit-report";

const str = (formData: FormData, name: string) => String(formData.get(name) ?? "");

async function imagesOf(formData: FormData) {
  const files = formData.getAll("images").filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0);
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

export async function submitReportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  try {
    await submitReport({ actor, input: { title: str(formData, "title"), category: str(formData, "category"), body: str(formData, "body") }, images: await imagesOf(formData) });
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  revalidatePath("/officer/reports");
  redirect("/officer/reports?done=submitted");
}

/** The office's forms on a report's page; `intent` names the act. */
export async function reviewReportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const reportId = str(formData, "reportId");
  const expectedVersion = Number(formData.get("expectedVersion"));
  const intent = str(formData, "intent");
  try {
    if (intent === "edit") await editReport({ actor, reportId, expectedVersion, input: { editedTitle: str(formData, "editedTitle"), editedBody: str(formData, "editedBody") } });
    else if (intent === "adopt") await adoptReport({ actor, reportId, expectedVersion, input: { level: formData.get("level") ?? undefined } });
    else if (intent === "decline") await declineReport({ actor, reportId, expectedVersion, input: { reason: str(formData, "reason") } });
    else if (intent === "publish") await publishReportToPortal({ actor, reportId });
    else return { message: "无法识别的操作，请刷新页面后重试。" };
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  revalidatePath(`/officer/reports/${reportId}`);
  redirect(`/officer/reports/${reportId}?done=${intent}`);
}

export async function createBulletinAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const reportIds = formData.getAll("reportIds").map(String);
  try {
    await createBulletin({ actor, input: { kind: formData.get("kind") ?? undefined, title: str(formData, "title"), reportIds } });
  } catch (err) {
    return failureState(err, { ...formValues(formData), reportIds: reportIds.join(",") });
  }
  revalidatePath("/officer/reports/bulletins");
  redirect("/officer/reports/bulletins?done=created");
}

export async function issueBulletinAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const bulletinId = str(formData, "bulletinId");
  try {
    await issueBulletin({ actor, bulletinId, expectedVersion: Number(formData.get("expectedVersion")) });
  } catch (err) {
    return failureState(err, {});
  }
  revalidatePath("/officer/reports/bulletins");
  redirect(`/officer/reports/bulletins/${bulletinId}?done=issued`);
}

export async function savePointsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const input = Object.fromEntries(["COUNTY_SPECIAL", "COUNTY_BRIEF", "SENT_TO_CITY", "CITY_ADOPTED"].map((k) => [k, str(formData, k)]));
  try {
    await saveLevelPoints({ actor, input });
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  revalidatePath("/officer/reports/ranking");
  return { ok: true, message: "积分标准已保存，之后采用的信息按新标准计分。", values: input };
}
