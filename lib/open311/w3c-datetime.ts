// W3C Date and Time Formats (W3C-DTF, the profile of ISO 8601 GeoReport v2 names for every
// date-time): YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mmTZD, YYYY-MM-DDThh:mm:ssTZD and
// YYYY-MM-DDThh:mm:ss.sTZD, TZD = Z or ±hh:mm. Pure.

// The county's offset, for the forms without a time (a date names a day where the county is).
const COUNTY_OFFSET = "+08:00";

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/**
 * Parses a W3C-DTF value to the instant it starts (or, with `end: true`, the last millisecond of
 * the year, month, day or minute it names, so `end_date=2026-11-28` includes that whole day).
 * Null when the value is not W3C-DTF or names no real date.
 */
export function parseW3cDateTime(value: string, options: { end?: boolean } = {}): Date | null {
  const m = PATTERN.exec(value.trim());
  if (!m) return null;
  const [, y, mo = "01", d = "01", h, mi, s, frac, tz] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59))) return null;
  const iso = `${y}-${mo}-${d}T${h ?? "00"}:${mi ?? "00"}:${s ?? "00"}${frac ?? ""}${tz ?? COUNTY_OFFSET}`;
  const start = new Date(iso);
  if (Number.isNaN(start.getTime())) return null;
  // Reject dates that roll over (2026-02-30).
  const local = new Date(start.getTime() + offsetMinutes(tz ?? COUNTY_OFFSET) * 60_000);
  if (local.getUTCDate() !== day || local.getUTCMonth() + 1 !== month) return null;
  if (!options.end) return start;
  const next = new Date(start);
  if (m[2] === undefined) next.setUTCFullYear(next.getUTCFullYear() + 1);
  else if (m[3] === undefined) next.setTime(new Date(`${month === 12 ? Number(y) + 1 : y}-${String(month === 12 ? 1 : month + 1).padStart(2, "0")}-01T00:00:00${COUNTY_OFFSET}`).getTime());
  else if (h === undefined) next.setTime(start.getTime() + 86_400_000);
  else if (s === undefined) next.setTime(start.getTime() + 60_000);
  else if (frac === undefined) next.setTime(start.getTime() + 1000);
  else return start;
  return new Date(next.getTime() - 1);
}

function offsetMinutes(tz: string): number {
  if (tz === "Z") return 0;
  const sign = tz.startsWith("-") ? -1 : 1;
  return sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6)));
}

/** A date-time as GeoReport v2's examples write it: seconds, no fraction, UTC ("2026-11-29T01:25:43Z"). */
export function formatW3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
