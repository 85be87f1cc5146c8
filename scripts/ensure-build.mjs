// `npm start` serves the production build; on a fresh clone there is none yet, so build it once
// instead of failing with "Could not find a production build".
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

if (!existsSync(".next/BUILD_ID")) {
  console.log("[start] No production build yet: running `next build` once.");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 1);
}
