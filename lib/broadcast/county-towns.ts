// The county's towns and townships (乡镇), the one list that subscriptions, broadcasts and the
// subscribe form use. Codes are stored; names are shown. A content item's free-text area
// ("全县", "清溪镇、石门乡") maps to towns by the names it mentions.

export interface CountyTown {
  code: string;
  name: string;
}

// The demonstration county's three towns (the seed's TOWN departments: 城关镇, 清溪镇, 石门乡).
// Another county replaces this list; codes must stay stable once people have subscribed.
export const COUNTY_TOWNS: readonly CountyTown[] = [
  { code: "chengguan", name: "城关镇" },
  { code: "qingxi", name: "清溪镇" },
  { code: "shimen", name: "石门乡" },
];

/** What an area says when it means every town. */
export const WHOLE_COUNTY = "全县";

export const TOWN_CODES = COUNTY_TOWNS.map((t) => t.code);

export function isTownCode(value: unknown): value is string {
  return typeof value === "string" && TOWN_CODES.includes(value);
}

export function townName(code: string): string {
  return COUNTY_TOWNS.find((t) => t.code === code)?.name ?? code;
}

/** 城关镇、清溪镇; every town reads as 全县. */
export function townNames(codes: readonly string[]): string {
  if (TOWN_CODES.every((c) => codes.includes(c))) return WHOLE_COUNTY;
  return COUNTY_TOWNS.filter((t) => codes.includes(t.code))
    .map((t) => t.name)
    .join("、");
}

/**
 * The towns an item's area names. 全县, an empty area or an area naming no known town means the
 * whole county: a warning should rather reach too many people than none.
 */
export function townsForArea(area: string | null | undefined): string[] {
  const text = (area ?? "").trim();
  if (!text || text.includes(WHOLE_COUNTY)) return [...TOWN_CODES];
  // "清溪镇" and the short form "清溪" both count.
  const named = COUNTY_TOWNS.filter((t) => text.includes(t.name) || text.includes(t.name.replace(/[镇乡]$/, "")));
  return named.length ? named.map((t) => t.code) : [...TOWN_CODES];
}
