// Picks the provider named by SMS_PROVIDER (lib/env.ts validated the settings it needs).
import type { TEnv } from "../env";
import { createDevSmsProvider } from "./create-dev-sms-provider";
import { createHttpSmsProvider } from "./create-http-sms-provider";
import type { SmsProvider } from "./sms-provider";

export function selectSmsProvider({ env }: { env: TEnv }): SmsProvider {
  if (env.SMS_PROVIDER === "http") {
    return createHttpSmsProvider({
      url: env.SMS_GATEWAY_URL!,
      template: env.SMS_GATEWAY_TEMPLATE,
      token: env.SMS_GATEWAY_TOKEN,
      timeoutMs: env.SMS_GATEWAY_TIMEOUT_MS,
    });
  }
  return createDevSmsProvider();
}
