// `npm run officer:create-admin [-- --another]`: makes the first administrator of a database.
// On a terminal it asks for the login name, name and password (the password is not echoed);
// for automation it reads ADMIN_USERNAME, ADMIN_NAME, ADMIN_PASSWORD and optionally
// ADMIN_DEPARTMENT (a department code). The administrator must choose a new password at first
// sign-in. With PGlite, run it while the server is stopped (one process at a time).
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { PrismaClient } from "../generated/prisma/client";
import { describeTarget, openDatabase, resolveDatabaseTarget } from "../lib/db-adapter";
import { getEnvOrExit } from "../lib/env";
import { isAppError } from "../lib/errors";
import { applyMigrations } from "../lib/migrate";
import { createFirstAdmin } from "../lib/officers/create-first-admin";
import { seedReferenceData } from "../lib/seed/seed-reference-data";

async function ask(question: string, hidden = false): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((resolve) => rl.question(question, resolve));
  muted = hidden;
  const value = await answer;
  rl.close();
  if (hidden) process.stdout.write("\n");
  return value.trim();
}

async function readInput() {
  const env = process.env;
  if (env.ADMIN_USERNAME && env.ADMIN_PASSWORD) {
    return { username: env.ADMIN_USERNAME, name: env.ADMIN_NAME || "系统管理员", password: env.ADMIN_PASSWORD, departmentCode: env.ADMIN_DEPARTMENT || undefined };
  }
  if (!process.stdin.isTTY) {
    console.error("Set ADMIN_USERNAME and ADMIN_PASSWORD (and ADMIN_NAME), or run this on a terminal to be asked.");
    process.exit(2);
  }
  const username = await ask("登录名（3至32位小写字母、数字）: ");
  const name = (await ask("姓名 [系统管理员]: ")) || "系统管理员";
  const password = await ask("初始密码（首次登录后须修改）: ", true);
  const again = await ask("再次输入初始密码: ", true);
  if (password !== again) {
    console.error("两次输入的密码不一致。");
    process.exit(2);
  }
  return { username, name, password, departmentCode: env.ADMIN_DEPARTMENT || undefined };
}

async function main() {
  getEnvOrExit();
  const input = await readInput();
  const database = openDatabase(resolveDatabaseTarget(process.env));
  try {
    await applyMigrations(database);
    const prisma = new PrismaClient({ adapter: database.adapter });
    try {
      if ((await prisma.department.count()) === 0) await seedReferenceData(prisma);
      const officer = await createFirstAdmin(prisma, { ...input, allowAnother: process.argv.includes("--another") });
      console.log(`[admin] ${describeTarget(database.target)}: created administrator "${officer.username}". They must choose a new password at first sign-in (/officer/login).`);
    } finally {
      await prisma.$disconnect();
    }
  } catch (err) {
    if (isAppError(err)) {
      const fields = Object.values(err.fieldErrors ?? {});
      console.error(`[admin] ${fields.length ? fields.join("；") : err.userMessage}`);
      process.exitCode = 1;
    } else throw err;
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(`[admin] ${(err as Error).message}`);
  process.exit(1);
});
