"use server";
// The meetings pages' forms. Forms with many fields (meeting, room, reply) return their state to
// useActionState and keep what was typed; one-click forms go back to their page with a message.
// Each calls one lib/meetings function with the signed-in actor.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { confirmationMissing, failureState, formValues, type ActionState } from "@/lib/form-state";
import { autoArrangeSeats, moveRank, setParticipantNotes, setSeatLayout, swapSeats } from "@/lib/meetings/arrange-seats";
import { rotateCalendarFeedToken } from "@/lib/meetings/calendar-feed";
import { checkInByOrganiser } from "@/lib/meetings/check-in";
import { cancelMeeting, createMeeting, publishMeeting, updateMeeting } from "@/lib/meetings/manage-meeting";
import { createRoom, updateRoom } from "@/lib/meetings/manage-rooms";
import { addMeetingMaterial, withdrawMeetingMaterial } from "@/lib/meetings/meeting-materials";
import { convertDecisionsToTasks, draftFormalMinutes, saveMinutes } from "@/lib/meetings/meeting-minutes";
import { replyToInvitation } from "@/lib/meetings/reply-invitation";

const str = (fd: FormData, k: string) => String(fd.get(k) ?? "");

function meetingInput(fd: FormData) {
  return {
    title: str(fd, "title"),
    kind: str(fd, "kind"),
    startAt: str(fd, "startAt"),
    endAt: str(fd, "endAt"),
    replyDueAt: str(fd, "replyDueAt"),
    roomId: str(fd, "roomId"),
    note: str(fd, "note"),
    agenda: str(fd, "agenda"),
    officerIds: fd.getAll("officerIds").map(String),
    departmentIds: fd.getAll("departmentIds").map(String),
  };
}

function meetingValues(fd: FormData) {
  return { ...formValues(fd), officerIds: fd.getAll("officerIds").map(String).join(","), departmentIds: fd.getAll("departmentIds").map(String).join(",") };
}

/** A conflict about the room is shown beside the field, like a validation message. */
function meetingFailure(err: unknown, values: Record<string, string>): ActionState {
  if (isAppError(err, "CONFLICT") && err.fieldErrors) return { errors: err.fieldErrors, values, message: err.userMessage };
  return failureState(err, values);
}

export async function createMeetingAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireActor();
  let id: string;
  try {
    id = (await createMeeting({ actor, input: meetingInput(fd) })).id;
  } catch (err) {
    return meetingFailure(err, meetingValues(fd));
  }
  redirect(`/officer/meetings/manage/${id}?done=created`);
}

export async function updateMeetingAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const meetingId = str(fd, "meetingId");
  try {
    await updateMeeting({ actor, meetingId, expectedVersion: Number(fd.get("expectedVersion")), input: meetingInput(fd) });
  } catch (err) {
    return meetingFailure(err, meetingValues(fd));
  }
  redirect(`/officer/meetings/manage/${meetingId}?done=updated`);
}

function roomInput(fd: FormData) {
  return { name: str(fd, "name"), place: str(fd, "place"), capacity: str(fd, "capacity"), rows: str(fd, "rows"), seatsPerRow: str(fd, "seatsPerRow"), isActive: fd.get("isActive") === "yes" };
}

export async function createRoomAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireActor();
  try {
    await createRoom({ actor, input: roomInput(fd) });
  } catch (err) {
    return failureState(err, formValues(fd));
  }
  redirect("/officer/meetings/manage/rooms?done=room");
}

export async function updateRoomAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireActor();
  try {
    await updateRoom({ actor, roomId: str(fd, "roomId"), input: roomInput(fd) });
  } catch (err) {
    return failureState(err, { ...formValues(fd), isActive: fd.get("isActive") === "yes" ? "yes" : "no" });
  }
  redirect("/officer/meetings/manage/rooms?done=room");
}

export async function replyAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const meetingId = str(fd, "meetingId");
  try {
    await replyToInvitation({ actor, invitationId: str(fd, "invitationId"), input: { status: fd.get("status") ?? undefined, leaveReason: str(fd, "leaveReason"), attendeeId: str(fd, "attendeeId"), attendeeName: str(fd, "attendeeName") } });
  } catch (err) {
    return failureState(err, formValues(fd));
  }
  revalidatePath(`/officer/meetings/${meetingId}`);
  redirect(`/officer/meetings/${meetingId}?done=replied`);
}

function problem(err: unknown): string {
  if (isAppError(err, "VALIDATION") && err.fieldErrors) return Object.values(err.fieldErrors).join("；");
  if (isAppError(err)) return err.userMessage;
  console.error(err);
  return "操作没有成功，请稍后再试。";
}

/** Runs one act and goes back to `path` with done=<code> or error=<message>. */
async function act(path: string, done: string, run: () => Promise<unknown>): Promise<never> {
  try {
    await run();
  } catch (err) {
    redirect(`${path}?${new URLSearchParams({ error: problem(err) })}`);
  }
  revalidatePath(path);
  redirect(`${path}?done=${done}`);
}

const manage = (fd: FormData, sub = "") => `/officer/meetings/manage/${str(fd, "meetingId")}${sub}`;

export async function publishAction(fd: FormData) {
  const actor = await requireActor();
  await act(manage(fd), "published", () => publishMeeting({ actor, meetingId: str(fd, "meetingId") }));
}

const CANCEL_CONFIRM_LABEL = "我确认取消此会议并通知参会人员";

export async function cancelAction(fd: FormData) {
  const actor = await requireActor();
  const missing = confirmationMissing(fd, CANCEL_CONFIRM_LABEL);
  if (missing) redirect(`${manage(fd)}?${new URLSearchParams({ error: missing.message! })}`);
  await act(manage(fd), "cancelled", () => cancelMeeting({ actor, meetingId: str(fd, "meetingId"), input: { reason: str(fd, "reason") } }));
}

export async function layoutAction(fd: FormData) {
  const actor = await requireActor();
  await act(manage(fd, "/seating"), "layout", () => setSeatLayout({ actor, meetingId: str(fd, "meetingId"), input: { rostrumSeats: str(fd, "rostrumSeats"), seatRows: str(fd, "seatRows"), seatsPerRow: str(fd, "seatsPerRow") } }));
}

export async function moveRankAction(fd: FormData) {
  const actor = await requireActor();
  await act(manage(fd, "/seating"), "rank", () => moveRank({ actor, meetingId: str(fd, "meetingId"), invitationId: str(fd, "invitationId"), direction: str(fd, "direction") === "up" ? "up" : "down" }));
}

export async function autoArrangeAction(fd: FormData) {
  const actor = await requireActor();
  await act(manage(fd, "/seating"), "arranged", () => autoArrangeSeats({ actor, meetingId: str(fd, "meetingId") }));
}

export async function swapAction(fd: FormData) {
  const actor = await requireActor();
  await act(manage(fd, "/seating"), "swapped", () => swapSeats({ actor, meetingId: str(fd, "meetingId"), firstId: str(fd, "firstId"), secondId: str(fd, "secondId") }));
}

export async function notesAction(fd: FormData) {
  const actor = await requireActor();
  await act(manage(fd, "/seating"), "notes", () => setParticipantNotes({ actor, meetingId: str(fd, "meetingId"), invitationId: str(fd, "invitationId"), input: { dining: str(fd, "dining"), lodging: str(fd, "lodging") } }));
}

export async function uploadMaterialAction(fd: FormData) {
  const actor = await requireActor();
  const file = fd.get("file");
  await act(manage(fd), "material", async () => {
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    return addMeetingMaterial({ actor, meetingId: str(fd, "meetingId"), file: { name: file instanceof File ? file.name : "", bytes } });
  });
}

export async function withdrawMaterialAction(fd: FormData) {
  const actor = await requireActor();
  await act(manage(fd), "withdrawn", () => withdrawMeetingMaterial({ actor, materialId: str(fd, "materialId") }));
}

export async function manualCheckInAction(fd: FormData) {
  const actor = await requireActor();
  await act(manage(fd, "/checkin"), fd.get("undo") === "yes" ? "undone" : "checked", () =>
    checkInByOrganiser({ actor, meetingId: str(fd, "meetingId"), invitationId: str(fd, "invitationId"), undo: fd.get("undo") === "yes" }),
  );
}

export async function minutesAction(fd: FormData) {
  const actor = await requireActor();
  await act(manage(fd, "/minutes"), "minutes", () => saveMinutes({ actor, meetingId: str(fd, "meetingId"), input: { minutes: str(fd, "minutes"), decisions: str(fd, "decisions") } }));
}

export async function convertDecisionsAction(fd: FormData) {
  const actor = await requireActor();
  await act(manage(fd, "/minutes"), "tasks", () => convertDecisionsToTasks({ actor, meetingId: str(fd, "meetingId"), decisionIds: fd.getAll("decisionIds").map(String) }));
}

/** 起草正式纪要: drafts (once) the formal 纪要 document and opens it in the documents pages. */
export async function formalMinutesAction(fd: FormData) {
  const actor = await requireActor();
  let documentId: string;
  try {
    documentId = (await draftFormalMinutes({ actor, meetingId: str(fd, "meetingId") })).documentId;
  } catch (err) {
    redirect(`${manage(fd, "/minutes")}?${new URLSearchParams({ error: problem(err) })}`);
  }
  redirect(`/officer/documents/${documentId}`);
}

export async function rotateCalendarAction() {
  const actor = await requireActor();
  await act("/officer/meetings", "rotated", () => rotateCalendarFeedToken({ actor }));
}
