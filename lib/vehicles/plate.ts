// Chinese motor-vehicle plates (GA 36-2018 《中华人民共和国机动车号牌》): the province's one-character
// abbreviation, the issuing authority's letter, then the serial: five letters or digits for an
// ordinary plate (I and O are never used, they read as 1 and 0), or six for a new-energy plate
// (small cars: D or F, a letter or digit, four digits; large vehicles: five digits, then D or F).
const PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
const LETTER = "A-HJ-NP-Z";
const PLATE = new RegExp(`^[${PROVINCES}][${LETTER}](?:[${LETTER}0-9]{5}|[DF][${LETTER}0-9][0-9]{4}|[0-9]{5}[DF])$`);

/** What people type → the stored form: no spaces, dots or dashes, full-width letters and digits made ASCII, upper case. */
export function normalizePlate(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/[\s·•．.\-－]/g, "")
    .toUpperCase();
}

export function isValidPlate(plate: string): boolean {
  return PLATE.test(plate);
}

export const PLATE_HINT = "例如 浙A12345，新能源车 浙AD12345";
