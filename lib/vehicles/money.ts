// Trip costs are typed in yuan with up to two decimals and stored in fen, so sums are exact.
export const YUAN = /^\d{1,6}(?:\.\d{1,2})?$/;

export function yuanToFen(text: string): number {
  const [whole, frac = ""] = text.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}

export function formatYuan(fen: number | null | undefined): string {
  const v = fen ?? 0;
  return `${Math.floor(v / 100)}.${String(v % 100).padStart(2, "0")}`;
}
