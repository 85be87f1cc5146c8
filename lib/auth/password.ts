// Password hashing and the strength rule for every password an officer is given or chooses.
//
// Hashing: @node-rs/bcrypt (napi-rs, prebuilt binaries delivered as ordinary npm packages, no
// install script). Its async hash and compare run on libuv's thread pool, so a burst of sign-ins
// no longer stalls every other request the way pure-JavaScript bcryptjs did on the event loop.
// It writes and reads the same $2a/$2b format, so hashes made by bcryptjs keep verifying.
//
// Strength: zxcvbn-ts (maintained TypeScript port of Dropbox's zxcvbn) with its common-password
// and name dictionaries, plus this portal's own words (the published demo password, the county
// name), rather than a hand-kept list: it also catches keyboard walks, years, l33t spellings and
// dictionary words with digits appended, which a fixed list misses.
import { compare, hash } from "@node-rs/bcrypt";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";

const COST = 10;
export const MIN_PASSWORD_LENGTH = 10;
/** bcrypt reads only the first 72 bytes. */
const MAX_PASSWORD_BYTES = 72;
/** zxcvbn score 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

/** Words an attacker tries first on this portal: the demo password, the county, the product. */
const PORTAL_WORDS = ["Demo2026", "demo", "tongchuan", "桐川", "qinghe", "county", "portal", "officer", "admin", "zhengwu"];

/** Passwords this project has published (README, seed): refused even inside a longer one. */
const PUBLISHED_PASSWORDS = ["demo2026"];

export function hashPassword(password: string): Promise<string> {
  return hash(password, { cost: COST });
}

export async function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  try {
    return await compare(password, passwordHash);
  } catch {
    // A malformed stored hash never signs anyone in.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Compared against when the username is unknown, so the answer takes as long as for a real one. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-0");
  await verifyPassword(password, await dummyHash);
}

let checker: ZxcvbnFactory | undefined;
function strengthChecker(): ZxcvbnFactory {
  return (checker ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, portal: PORTAL_WORDS },
    graphs: zxcvbnCommon.adjacencyGraphs,
    useLevenshteinDistance: true,
  }));
}

/** Too easy to guess: a common or known password, or one made of common words, names, years,
 * keyboard walks or the given user inputs (zxcvbn score below 3). */
export function isGuessablePassword(password: string, userInputs: string[] = []): boolean {
  return strengthChecker().check(password, userInputs.filter(Boolean)).score < MIN_SCORE;
}

/**
 * What is wrong with a password someone is about to set (admin's initial password or reset,
 * the first administrator, an officer's own change), or null when it is acceptable. `userInputs`
 * are the person's own words (login name, name), which make a password easy to guess.
 */
export function passwordProblem(password: string, userInputs: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少需要${MIN_PASSWORD_LENGTH}位`;
  if (Buffer.byteLength(password, "utf8") > MAX_PASSWORD_BYTES) return "密码不能超过72个字节（约72个字母或24个汉字）";
  const lowered = password.toLowerCase();
  if (PUBLISHED_PASSWORDS.some((known) => lowered.includes(known))) return "密码不能包含演示账户等已公开的密码";
  if (userInputs.some((word) => word.length >= 3 && lowered.includes(word.toLowerCase()))) return "密码不能包含登录名或姓名";
  if (isGuessablePassword(password, userInputs)) return "密码太常见或太容易猜到，请换一个：可用几个不相关的词加数字或符号，不要用年份、键盘顺序或常用密码";
  return null;
}
