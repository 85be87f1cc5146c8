// Masks personal data in text that the public sees (DESIGN.md: names, phone numbers, ID numbers
// and addresses masked in published cases). Patterns follow the usual display rules of Chinese
// government disclosure: keep the surname, the first 3 and last 4 digits of a mobile, the first
// 6 (region) and last 4 characters of an ID number, and the place name without house numbers.

// 18-character resident ID (GB 11643): 17 digits and a digit or X check character.
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
// Mainland mobile numbers, also written with spaces or hyphens (138 1234 5678).
const MOBILE = /(?<!\d)(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g;
// Landlines such as 0571-88001234.
const LANDLINE = /(?<!\d)(0\d{2,3})-?\d{4}(\d{3,4})(?!\d)/g;
// House numbers, buildings, units, rooms and village groups: the part of an address that
// points at one household.
const HOUSE_NUMBER = /\d+\s*(号楼|号院|号|栋|幢|单元|室|楼|组|户)/g;
// Names introduced in speech: 我叫张三, 姓名：张三, 联系人李四.
const NAME_AFTER = /(我叫|我是|姓名[:：]?|联系人[:：]?|户主[:：]?|业主[:：]?)\s*([\u4e00-\u9fa5]{2,4}?)(?=[，。,.;；\s]|$|[的在住家])/g;
// A surname with a title: 王先生, 李女士, 张师傅, 刘阿姨, 陈大爷.
const SURNAME_TITLE = /([\u4e00-\u9fa5])(先生|女士|师傅|阿姨|大爷|大妈|老师|大姐|大哥)/g;

export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return "*";
  return chars[0] + "*".repeat(chars.length - 1);
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface MaskOptions {
  /** Names known from the case (the citizen's name): masked wherever they appear. */
  names?: (string | null | undefined)[];
  /** Addresses known from the case: their house numbers are masked wherever they appear. */
  addresses?: (string | null | undefined)[];
}

export function maskPii(text: string, options: MaskOptions = {}): string {
  let out = text;
  for (const name of options.names ?? []) {
    if (name && name.trim().length >= 2) out = out.replace(new RegExp(escapeRegExp(name.trim()), "g"), maskName(name));
  }
  out = out.replace(ID_NUMBER, (_m, head: string, tail: string) => `${head}********${tail}`);
  out = out.replace(MOBILE, (_m, a: string, _b: string, c: string) => `${a}****${c}`);
  out = out.replace(LANDLINE, (_m, area: string, tail: string) => `${area}-****${tail}`);
  out = out.replace(NAME_AFTER, (_m, lead: string, name: string) => `${lead}${maskName(name)}`);
  out = out.replace(SURNAME_TITLE, (_m, surname: string, title: string) => `${surname}*${title}`);
  out = out.replace(HOUSE_NUMBER, (_m, unit: string) => `**${unit}`);
  return out;
}

/** An address as the public sees it: the place, without the household's numbers. */
export function maskAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  return address.replace(HOUSE_NUMBER, (_m, unit: string) => `**${unit}`);
}
