// The supervision board's link to a meeting reply: goes to the meeting page at the reply form.
import { redirect } from "next/navigation";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { meetingOfInvitation } from "@/lib/meetings/meeting-read";

export default async function ReplyRedirect({ params }: PageProps<"/officer/meetings/reply/[invitationId]">) {
  const actor = await requireActor();
  const { invitationId } = await params;
  let meetingId: string;
  try {
    meetingId = await meetingOfInvitation({ actor, invitationId });
  } catch (err) {
    if (isAppError(err)) return <NotFoundPanel title="没有找到这份会议邀请" />;
    throw err;
  }
  redirect(`/officer/meetings/${meetingId}#reply-${invitationId}`);
}
