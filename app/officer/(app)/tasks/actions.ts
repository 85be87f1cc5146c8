"use server";
// Task forms: each parses the form, calls one lib/tasks function with the signed-in officer and
// goes to the task page, or answers the field messages with what was typed.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { assignTask } from "@/lib/tasks/assign-task";
import { answerSupervisionOrder } from "@/lib/supervision/supervision-orders";
import { issueTaskSupervisionOrder } from "@/lib/tasks/task-supervision-order";
import { acceptTaskFinish, nameTaskHandler, proposeTaskFinish, reportTaskProgress, returnTaskFinish } from "@/lib/tasks/handle-task";

async function filesOf(formData: FormData, name = "files") {
  const files = formData.getAll(name).filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0);
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

const str = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function assignTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const departmentIds = formData.getAll("departmentIds").map(String);
  const values = { ...formValues(formData), departmentIds: departmentIds.join(",") };
  let taskId: string;
  try {
    const task = await assignTask({
      actor,
      input: { title: str(formData, "title"), requirements: str(formData, "requirements"), departmentIds, dueMode: formData.get("dueMode") ?? undefined, dueOn: str(formData, "dueOn"), dueDays: str(formData, "dueDays") },
      files: await filesOf(formData),
    });
    taskId = task.id;
  } catch (err) {
    return failureState(err, values);
  }
  revalidatePath("/officer/tasks");
  redirect(`/officer/tasks/${taskId}?done=assigned`);
}

/** One action for the forms of an assignment on the task page; `intent` names the act. */
export async function assignmentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const taskId = str(formData, "taskId");
  const assignmentId = str(formData, "assignmentId");
  const expectedVersion = Number(formData.get("expectedVersion"));
  const intent = str(formData, "intent");
  try {
    // Field names carry the form (progressNote, reason-<id>): several forms share the page.
    if (intent === "progress") await reportTaskProgress({ actor, assignmentId, input: { note: str(formData, "progressNote") }, files: await filesOf(formData, "progressFiles") });
    else if (intent === "finish") await proposeTaskFinish({ actor, assignmentId, expectedVersion, input: { note: str(formData, "finishNote") }, files: await filesOf(formData, "finishFiles") });
    else if (intent === "accept") await acceptTaskFinish({ actor, assignmentId, expectedVersion });
    else if (intent === "return") await returnTaskFinish({ actor, assignmentId, expectedVersion, input: { reason: str(formData, `reason-${assignmentId}`) } });
    else if (intent === "order") await issueTaskSupervisionOrder({ actor, assignmentId, input: { instruction: str(formData, `instruction-${assignmentId}`), dueOn: str(formData, `dueOn-${assignmentId}`) } });
    else if (intent === "answer") {
      const orderId = str(formData, "orderId");
      await answerSupervisionOrder({ actor, orderId, input: { response: str(formData, `response-${orderId}`) } });
    } else if (intent === "handler") await nameTaskHandler({ actor, assignmentId, expectedVersion, input: { handlerId: str(formData, "handlerId") } });
    else return { message: "无法识别的操作，请刷新页面后重试。" };
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  revalidatePath(`/officer/tasks/${taskId}`);
  redirect(`/officer/tasks/${taskId}?done=${intent}#unit-${assignmentId}`);
}
