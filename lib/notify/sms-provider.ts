// The one interface every SMS provider implements (DESIGN.md "Notifications"). The outbox worker
// (deliver-outbox.ts) knows only this; providers never touch the database.

export interface OutgoingSms {
  /** The outbox row id: stable across retries, so a gateway can use it to drop duplicates. */
  id: string;
  to: string;
  text: string;
  template: string;
}

export interface SmsProvider {
  /** Stored on the row as `provider`. */
  readonly name: string;
  /** Resolves when the provider accepted the message; throws SmsSendError (or anything) when not. */
  send(message: OutgoingSms): Promise<{ providerMessageId: string }>;
}

/**
 * A failed send. `retryable` says whether trying again later can help (timeouts, 5xx) or not
 * (4xx: a bad number or a rejected body fails the same way every time). Errors of any other type
 * are treated as retryable.
 */
export class SmsSendError extends Error {
  readonly retryable: boolean;

  constructor(message: string, options: { retryable: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = "SmsSendError";
    this.retryable = options.retryable;
  }
}

export function isRetryable(err: unknown): boolean {
  return !(err instanceof SmsSendError) || err.retryable;
}
