// 统一社会信用代码 (GB 32100-2015): 18 characters from the 31-character set below (no I, O, S, V,
// Z); the 18th is a check character: weights 3^i mod 31 over the first 17, check = 31 − (sum mod
// 31), 31 written as 0. Pure.
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Null when valid, else the message to show beside the field. */
export function creditCodeProblem(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return `统一社会信用代码应为18位，您填写了${code.length}位`;
  const bad = Array.from(code).find((c) => !CHARSET.includes(c));
  if (bad) return `统一社会信用代码中不能有“${bad}”（不使用字母 I、O、S、V、Z）`;
  if (!/^\d{6}$/.test(code.slice(2, 8))) return "统一社会信用代码第3至8位是行政区划代码，应为数字";
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return "统一社会信用代码有误，请逐位核对营业执照上的代码";
  return null;
}
