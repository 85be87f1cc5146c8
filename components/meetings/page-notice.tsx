import { DONE_MESSAGES } from "@/lib/meetings/meeting-format";

/** The message a one-click form left in the address (?done=… or ?error=…). */
export function PageNotice({ params }: { params: Record<string, string | string[] | undefined> }) {
  const done = typeof params.done === "string" ? DONE_MESSAGES[params.done] : undefined;
  const error = typeof params.error === "string" ? params.error.slice(0, 300) : undefined;
  if (error)
    return (
      <p role="alert" className="mb-4 border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">
        {error}
      </p>
    );
  if (done)
    return (
      <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
        {done}
      </p>
    );
  return null;
}
