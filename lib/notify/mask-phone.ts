// Phone numbers in the delivery log and in log lines show only enough to recognise them
// (138****5678), so the log can be read over a shoulder or pasted into a ticket.

/** 13812345678 → 138****5678; shorter or other strings keep their first and last characters. */
export function maskPhone(value: string): string {
  const s = value.trim();
  if (/^\+?\d{11,}$/.test(s)) return `${s.slice(0, s.length - 8)}****${s.slice(-4)}`;
  if (s.length <= 2) return "*".repeat(s.length);
  if (s.length <= 6) return `${s[0]}${"*".repeat(s.length - 2)}${s.at(-1)}`;
  return `${s.slice(0, 2)}${"*".repeat(s.length - 4)}${s.slice(-2)}`;
}
