// One error type for the domain (after documenso's app-error.ts). Lib functions throw it;
// routes translate it with httpStatus(). `userMessage` may be shown to the person; `message`
// is for the log only.
export const ERROR_STATUS = {
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  RATE_LIMITED: 429,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_INACTIVE: 403,
  INTERNAL: 500,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors?: Record<string, string>;

  constructor(code: AppErrorCode, userMessage: string, options?: { cause?: unknown; fieldErrors?: Record<string, string>; logMessage?: string }) {
    super(options?.logMessage ?? userMessage, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
    this.fieldErrors = options?.fieldErrors;
  }

  get httpStatus(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(err: unknown, code?: AppErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}

/** What a person may read: the AppError's own words, a generic sentence for anything else. */
export function userMessageOf(err: unknown): string {
  return err instanceof AppError ? err.userMessage : "系统繁忙，请稍后再试。";
}
