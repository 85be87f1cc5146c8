// /officer/meetings/checkin/[token]: the address in the meeting's QR code. Opening it signed in
// checks the officer in (the proxy sends others to sign in first and back here). Checking in
// twice answers "已签到" again; nothing is written twice.
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { isAppError } from "@/lib/errors";
import { checkInByToken } from "@/lib/meetings/check-in";
import { seatLabel } from "@/lib/meetings/meeting-format";

export const metadata = { title: "会议签到" };

export default async function CheckInPage({ params }: PageProps<"/officer/meetings/checkin/[token]">) {
  const actor = await requireActor();
  const { token } = await params;
  let result: Awaited<ReturnType<typeof checkInByToken>> | null = null;
  let problem: string | null = null;
  try {
    result = await checkInByToken({ actor, token });
  } catch (err) {
    if (!isAppError(err)) throw err;
    problem = err.userMessage;
  }
  if (!result)
    return (
      <div role="alert" className="max-w-md rounded-md border-l-4 border-accent-600 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-bold text-accent-700">签到未成功</h1>
        <p className="mt-2">{problem}</p>
        <p className="mt-3">
          <Link href="/officer/meetings" className="text-brand-600 underline">
            我的会议
          </Link>
        </p>
      </div>
    );
  const seat = seatLabel(result.invitation);
  return (
    <div role="status" className="max-w-md rounded-md border-l-4 border-green-700 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold text-green-800">{result.isRepeatScan ? "您已签到" : "签到成功"}</h1>
      <p className="mt-2 text-lg font-semibold">{result.meeting.title}</p>
      <p className="mt-1">
        {actor.name}，签到时间 {formatDeadline(result.invitation.checkedInAt!)}
      </p>
      <p className="mt-3 text-2xl font-bold" data-testid="checkin-seat">
        {seat ? `座位：${seat}` : "座位请听从会务安排"}
      </p>
      <p className="mt-4">
        <Link href={`/officer/meetings/${result.meeting.id}`} className="text-brand-600 underline">
          查看会议详情和材料
        </Link>
      </p>
    </div>
  );
}
