// An editor's synonym: a group (each word finds the others) or a one-way expansion (a word also
// finds these). Words are written one per line or separated by commas or spaces.
import { z } from "zod";

export const SYNONYM_KINDS = ["GROUP", "EXPANSION"] as const;
export type SynonymKind = (typeof SYNONYM_KINDS)[number];

const WORD = /^[\p{Script=Han}\p{L}\p{N}]{1,30}$/u;

/** "包菜, 甘蓝 卷心菜" → ["包菜", "甘蓝", "卷心菜"] (normalized, lower case, no repeats). */
export function splitSynonymWords(text: string): string[] {
  return [...new Set(text.normalize("NFKC").toLowerCase().split(/[\s,，、;；]+/u).filter(Boolean))];
}

const ZWords = z
  .string()
  .max(2000, "内容太长。")
  .transform(splitSynonymWords)
  .refine((words) => words.every((w) => WORD.test(w)), "每个词只能包含汉字、字母和数字，最长 30 个字。")
  .refine((words) => words.length <= 30, "一组最多 30 个词。");

export const ZSaveSearchSynonymInput = z
  .object({
    id: z.string().trim().max(40).optional().transform((v) => v || undefined),
    kind: z.enum(SYNONYM_KINDS, { message: "请选择同义词的类型。" }),
    term: z.string().optional().default(""),
    terms: ZWords,
  })
  .superRefine((data, ctx) => {
    if (data.kind === "GROUP") {
      if (data.terms.length < 2) ctx.addIssue({ code: "custom", path: ["terms"], message: "同义词组至少要有两个词。" });
      return;
    }
    const term = splitSynonymWords(data.term);
    if (term.length !== 1 || !WORD.test(term[0])) ctx.addIssue({ code: "custom", path: ["term"], message: "请填写一个搜索词（汉字、字母或数字，最长 30 个字）。" });
    else if (data.terms.includes(term[0])) ctx.addIssue({ code: "custom", path: ["terms"], message: "扩展词不能包含搜索词本身。" });
    if (data.terms.length < 1) ctx.addIssue({ code: "custom", path: ["terms"], message: "请至少填写一个扩展词。" });
  })
  .transform((data) => ({
    id: data.id,
    kind: data.kind,
    term: data.kind === "EXPANSION" ? splitSynonymWords(data.term)[0] : null,
    terms: data.terms,
  }));
export type SaveSearchSynonymInput = z.output<typeof ZSaveSearchSynonymInput>;
