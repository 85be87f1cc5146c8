// The official standard files (GS1 EPCIS 2.0 JSON Schema and examples, GS1 linkset schemas and
// resolver criteria, Open311 field tables) are not the project's to commit. Tests read them from
// STANDARDS_DIR (default ../shared/standards beside the repository, which .ci/run sets); without
// them those tests are skipped and say why. Where to get them: README, "Standard files".
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

export const STANDARDS_DIR = path.resolve(__dirname, "..", process.env.STANDARDS_DIR ?? "../shared/standards");
export const hasStandards = existsSync(path.join(STANDARDS_DIR, "SOURCES.md"));
export const standardsSkipReason = `official standard files not found in ${STANDARDS_DIR} (set STANDARDS_DIR; see README "Standard files")`;

if (!hasStandards) console.warn(`skipped: ${standardsSkipReason}`);

export function readStandard(relative: string): string {
  return readFileSync(path.join(STANDARDS_DIR, relative), "utf8");
}

export function readStandardJson<T = unknown>(relative: string): T {
  return JSON.parse(readStandard(relative)) as T;
}

export function listStandardFiles(relativeDir: string): string[] {
  return readdirSync(path.join(STANDARDS_DIR, relativeDir)).sort();
}

/** An ajv validator for an official draft-07 schema (formats on, unknown keywords like "name" allowed). */
export function standardValidator(relative: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const schema = readStandardJson<Record<string, unknown>>(relative);
  delete schema.$id;
  return ajv.compile(schema);
}
