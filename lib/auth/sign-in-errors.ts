// The sign-in page's messages, by code. next-auth hands the page an `error` code (in the URL
// after a redirect, or in signIn()'s answer); the page shows the fixed message for a known code
// and nothing a link could supply. Shared by the server page and the client form.
export const LOCK_MINUTES = 15;

export const SIGN_IN_MESSAGES = {
  INVALID_CREDENTIALS: "用户名或密码错误。",
  ACCOUNT_LOCKED: `登录失败次数过多，该登录名已暂停登录${LOCK_MINUTES}分钟，请稍后再试或联系系统管理员。`,
  RATE_LIMITED: "登录尝试过于频繁，请稍后再试。",
  ACCOUNT_INACTIVE: "该账户已停用，不在授权名单内。如有疑问请联系系统管理员。",
  VALIDATION: "请输入用户名和密码。",
  SESSION_ENDED: "登录已失效，请重新登录。",
  UNAVAILABLE: "登录服务暂时不可用，请稍后再试。",
} as const;

export type SignInErrorCode = keyof typeof SIGN_IN_MESSAGES;

// next-auth's own codes (https://next-auth.js.org/configuration/pages#sign-in-page).
const NEXT_AUTH_CODES: Record<string, SignInErrorCode> = {
  CredentialsSignin: "INVALID_CREDENTIALS",
  SessionRequired: "SESSION_ENDED",
  Configuration: "UNAVAILABLE",
  Default: "UNAVAILABLE",
};

/** The message for an error code, or undefined for anything else (a link's own text is never shown). */
export function signInErrorMessage(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  if (Object.hasOwn(SIGN_IN_MESSAGES, code)) return SIGN_IN_MESSAGES[code as SignInErrorCode];
  const mapped = Object.hasOwn(NEXT_AUTH_CODES, code) ? NEXT_AUTH_CODES[code] : undefined;
  return mapped ? SIGN_IN_MESSAGES[mapped] : undefined;
}

/** Notices the sign-in page shows after an officer's own action, by code. */
export const SIGN_IN_NOTICES = {
  "password-changed": "密码已修改，所有已登录的会话均已退出。请用新密码登录。",
} as const;

export function signInNotice(code: string | null | undefined): string | undefined {
  return code && Object.hasOwn(SIGN_IN_NOTICES, code) ? SIGN_IN_NOTICES[code as keyof typeof SIGN_IN_NOTICES] : undefined;
}
