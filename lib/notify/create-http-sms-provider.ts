// An SMS gateway reached over HTTP: POSTs the JSON body rendered from SMS_GATEWAY_TEMPLATE, with
// `Authorization: Bearer SMS_GATEWAY_TOKEN` when a token is set. 2xx means accepted; timeouts,
// network errors, 429 and 5xx are worth retrying; any other 4xx fails the same way every time.
import { renderGatewayBody } from "./render-gateway-body";
import { SmsSendError, type SmsProvider } from "./sms-provider";

// Field names gateways commonly use for their own message id in the response body.
const ID_FIELDS = ["providerMessageId", "messageId", "message_id", "msgid", "msgId", "sid", "id"];

export interface HttpSmsProviderOptions {
  url: string;
  template: string;
  token?: string;
  timeoutMs: number;
}

export function createHttpSmsProvider({ url, template, token, timeoutMs }: HttpSmsProviderOptions): SmsProvider {
  return {
    name: "http",
    async send(message) {
      const body = renderGatewayBody({ template, values: { to: message.to, text: message.text, id: message.id, template: message.template } });
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body,
          signal: AbortSignal.timeout(timeoutMs),
          redirect: "error",
        });
      } catch (err) {
        const timedOut = (err as Error).name === "TimeoutError";
        throw new SmsSendError(timedOut ? `gateway timed out after ${timeoutMs} ms` : `gateway unreachable: ${(err as Error).message}`, {
          retryable: true,
          cause: err,
        });
      }
      const text = await response.text().catch(() => "");
      if (!response.ok) {
        const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
        throw new SmsSendError(`gateway answered ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}`, { retryable });
      }
      // The gateway's own id when it returns one; otherwise ours, which it received as {{id}}
      // and will quote in its receipts.
      return { providerMessageId: gatewayIdOf(text) ?? message.id };
    },
  };
}

function gatewayIdOf(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  for (const candidate of [parsed, (parsed as { data?: unknown } | null)?.data]) {
    if (!candidate || typeof candidate !== "object") continue;
    for (const field of ID_FIELDS) {
      const value = (candidate as Record<string, unknown>)[field];
      if ((typeof value === "string" && value !== "") || typeof value === "number") return String(value).slice(0, 200);
    }
  }
  return null;
}
