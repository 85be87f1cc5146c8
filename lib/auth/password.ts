// Password hashing with bcrypt (bcryptjs: maintained, pure JavaScript, so nothing native to
// build or download on these machines).
import bcrypt from "bcryptjs";

const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the username is unknown, so the answer takes as long as for a real one.
const DUMMY_HASH = bcrypt.hashSync("not-a-real-password", COST);

export async function burnPasswordCheck(password: string): Promise<void> {
  await bcrypt.compare(password, DUMMY_HASH);
}

/** Rules for passwords that admins set: long enough, letters and digits. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return "密码至少需要8位";
  if (password.length > 72) return "密码不能超过72位";
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return "密码需同时包含字母和数字";
  return null;
}
