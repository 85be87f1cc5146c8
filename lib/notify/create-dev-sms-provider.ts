// The development provider: sends nothing, writes each message to the log and keeps the last few
// in memory so a developer (or a test) can read them. It answers with a generated provider id;
// the worker then marks the row SENT. Delivery is left to the receipt endpoint, exactly as with a
// real gateway, so the whole path can be tried locally:
//   curl -X POST localhost:3000/api/notify/receipts -H 'content-type: application/json' \
//        -d '{"providerMessageId":"dev-…","status":"delivered"}'
import { randomUUID } from "node:crypto";
import { maskPhone } from "./mask-phone";
import type { OutgoingSms, SmsProvider } from "./sms-provider";

const KEEP = 100;

export interface DevSmsProvider extends SmsProvider {
  /** The most recent messages, oldest first (at most 100). */
  readonly sent: (OutgoingSms & { providerMessageId: string })[];
}

export function createDevSmsProvider({ log = console.log }: { log?: (line: string) => void } = {}): DevSmsProvider {
  const sent: DevSmsProvider["sent"] = [];
  return {
    name: "dev",
    sent,
    async send(message) {
      const providerMessageId = `dev-${randomUUID()}`;
      sent.push({ ...message, providerMessageId });
      if (sent.length > KEEP) sent.splice(0, sent.length - KEEP);
      log(`[sms:dev] ${maskPhone(message.to)} ${message.template} ${providerMessageId}: ${message.text}`);
      return { providerMessageId };
    },
  };
}
