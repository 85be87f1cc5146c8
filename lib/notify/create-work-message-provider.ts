// Work messaging: application messages to officers in 企业微信 (WeCom) or 钉钉 (DingTalk),
// the outbox's second channel (WORK_MESSAGE rows; recipient = the officer's account there, which
// this portal takes to be the officer's login name). POSTs the vendor's own JSON shape to
// WORK_MESSAGING_URL, with WORK_MESSAGING_TOKEN as the `access_token` query parameter both
// vendors use:
//   WeCom "发送应用消息" (cgi-bin/message/send): { touser, msgtype: "text", agentid, text: { content } },
//     with the vendor's duplicate check on, so a resend after a lost answer (the outbox is at
//     least once) is not shown twice; answer { errcode, errmsg, invaliduser, msgid }.
//   DingTalk "工作通知" (topapi/message/corpconversation/asyncsend_v2):
//     { agent_id, userid_list, msg: { msgtype: "text", text: { content } } }; answer { errcode, errmsg, task_id }.
// Both answer HTTP 200 with errcode ≠ 0 on failure. Busy, rate-limited and token errors are
// retried (a relay or the operator renews the token); anything else, and a recipient the vendor
// reports invalid, fails for good. HTTP 5xx/408/429, timeouts and network errors are retried as
// for the SMS gateway.
import { SmsSendError, type SmsProvider } from "./sms-provider";

export type WorkMessagingKind = "wecom" | "dingtalk";

export interface WorkMessageProviderOptions {
  kind: WorkMessagingKind;
  url: string;
  token?: string;
  agentId: string;
  timeoutMs: number;
}

/** errcodes worth another try: system busy, token expired or invalid, frequency limits. */
const RETRYABLE_ERRCODES: Record<WorkMessagingKind, ReadonlySet<number>> = {
  wecom: new Set([-1, 40014, 42001, 45009, 45033]),
  dingtalk: new Set([-1, 40014, 42001, 88, 90002, 90018]),
};

/** WeCom's limit on a text message's content (2048 bytes); DingTalk allows more. */
const MAX_CONTENT_BYTES = 2048;

export function workMessageBody(kind: WorkMessagingKind, agentId: string, to: string, text: string): Record<string, unknown> {
  const content = truncateUtf8(text, MAX_CONTENT_BYTES);
  return kind === "wecom"
    ? { touser: to, msgtype: "text", agentid: Number(agentId), text: { content }, safe: 0, enable_duplicate_check: 1, duplicate_check_interval: 1800 }
    : { agent_id: Number(agentId), userid_list: to, msg: { msgtype: "text", text: { content } } };
}

export function createWorkMessageProvider({ kind, url, token, agentId, timeoutMs }: WorkMessageProviderOptions): SmsProvider {
  const target = new URL(url);
  if (token) target.searchParams.set("access_token", token);
  return {
    name: kind,
    async send(message) {
      let response: Response;
      try {
        response = await fetch(target, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify(workMessageBody(kind, agentId, message.to, message.text)),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: "error",
        });
      } catch (err) {
        const timedOut = (err as Error).name === "TimeoutError";
        throw new SmsSendError(timedOut ? `${kind} timed out after ${timeoutMs} ms` : `${kind} unreachable: ${(err as Error).message}`, { retryable: true, cause: err });
      }
      const text = await response.text().catch(() => "");
      if (!response.ok) {
        const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
        throw new SmsSendError(`${kind} answered ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}`, { retryable });
      }
      let answer: { errcode?: unknown; errmsg?: unknown; invaliduser?: unknown; msgid?: unknown; task_id?: unknown };
      try {
        answer = JSON.parse(text);
      } catch {
        throw new SmsSendError(`${kind} answered something that is not JSON: ${text.slice(0, 200)}`, { retryable: true });
      }
      const errcode = Number(answer.errcode ?? 0);
      if (errcode !== 0) {
        throw new SmsSendError(`${kind} errcode ${errcode}: ${String(answer.errmsg ?? "").slice(0, 200)}`, { retryable: RETRYABLE_ERRCODES[kind].has(errcode) });
      }
      // WeCom sends to the valid recipients and lists the others (lower-cased).
      if (typeof answer.invaliduser === "string" && answer.invaliduser.split("|").includes(message.to.toLowerCase())) {
        throw new SmsSendError(`${kind}: recipient ${message.to} is not a member of the application`, { retryable: false });
      }
      const id = kind === "wecom" ? answer.msgid : answer.task_id;
      const hasId = (typeof id === "string" && id !== "") || typeof id === "number";
      return { providerMessageId: hasId ? String(id).slice(0, 200) : message.id };
    },
  };
}

function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  let out = "";
  let bytes = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch, "utf8");
    if (bytes + n > maxBytes - 3) break;
    out += ch;
    bytes += n;
  }
  return `${out}…`;
}

/** The work-messaging provider the settings describe, or null when WORK_MESSAGING_URL is unset. */
export function selectWorkMessageProvider({ env }: { env: { WORK_MESSAGING_URL?: string; WORK_MESSAGING_TOKEN?: string; WORK_MESSAGING_KIND: WorkMessagingKind; WORK_MESSAGING_AGENT_ID?: string; WORK_MESSAGING_TIMEOUT_MS: number } }): SmsProvider | null {
  if (!env.WORK_MESSAGING_URL || !env.WORK_MESSAGING_AGENT_ID) return null;
  return createWorkMessageProvider({
    kind: env.WORK_MESSAGING_KIND,
    url: env.WORK_MESSAGING_URL,
    token: env.WORK_MESSAGING_TOKEN,
    agentId: env.WORK_MESSAGING_AGENT_ID,
    timeoutMs: env.WORK_MESSAGING_TIMEOUT_MS,
  });
}
