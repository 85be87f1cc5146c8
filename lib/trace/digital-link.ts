// GS1 Digital Link URIs for produce (GS1 Digital Link standard: URI syntax 1.4).
//   https://{host}/01/{gtin14}/10/{lot}?11=YYMMDD&13=YYMMDD&17=YYMMDD
// The GTIN is the primary key; 22 (CPV), 10 (lot) and 21 (serial) are key qualifiers and must
// appear in that order; dates are data attributes in the query string.
import { gs1CheckDigit, isValidGtin } from "./gtin";
import { Gs1Error, validateAiValue } from "./gs1-element-string";

export type DigitalLinkErrorCode =
  | "NOT_A_URL"
  | "NO_GTIN"
  | "BAD_GTIN"
  | "BAD_GTIN_CHECK_DIGIT"
  | "BAD_QUALIFIER"
  | "QUALIFIER_ORDER"
  | "BAD_LOT"
  | "BAD_ENCODING"
  | "BAD_DATE";

export class DigitalLinkError extends Error {
  constructor(
    readonly code: DigitalLinkErrorCode,
    readonly userMessage: string,
  ) {
    super(`${code}: ${userMessage}`);
    this.name = "DigitalLinkError";
  }
}

export interface DigitalLink {
  gtin: string;
  cpv?: string;
  lot?: string;
  serial?: string;
  /** YYMMDD data attributes: 11 production, 13 packing, 17 expiry, 7007 harvest (date or range). */
  productionDate?: string;
  packingDate?: string;
  expiryDate?: string;
  harvestDate?: string;
}

const QUALIFIERS = ["22", "10", "21"] as const;
// The standard's convenience names (Digital Link 1.x, "short names") map to the numeric AIs.
const ALIASES: Record<string, string> = { gtin: "01", cpv: "22", lot: "10", ser: "21" };
const DATE_ATTRIBUTES = [
  ["11", "productionDate"],
  ["13", "packingDate"],
  ["17", "expiryDate"],
  ["7007", "harvestDate"],
] as const;

/** Percent-encodes everything outside RFC 3986 "unreserved" (Digital Link 1.4, section 6). */
export function encodeSegment(value: string): string {
  return Array.from(new TextEncoder().encode(value))
    .map((byte) => {
      const c = String.fromCharCode(byte);
      return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    })
    .join("");
}

function rethrow(err: unknown, code: DigitalLinkErrorCode, prefix: string): never {
  if (err instanceof Gs1Error) throw new DigitalLinkError(code, `${prefix}${err.userMessage}`);
  throw err;
}

function normaliseGtin(raw: string): string {
  if (!/^\d+$/.test(raw)) throw new DigitalLinkError("BAD_GTIN", "商品条码（GTIN）只能是数字");
  if (![8, 12, 13, 14].includes(raw.length)) throw new DigitalLinkError("BAD_GTIN", `商品条码（GTIN）应为8、12、13或14位，这里是${raw.length}位`);
  if (!isValidGtin(raw)) {
    throw new DigitalLinkError("BAD_GTIN_CHECK_DIGIT", `商品条码（GTIN）最后一位校验位应为${gs1CheckDigit(raw.slice(0, -1))}，请核对数字`);
  }
  return raw.padStart(14, "0");
}

/** Builds the Digital Link URI on `origin` (e.g. "https://trace.example.gov.cn"). */
export function buildDigitalLink(origin: string, link: DigitalLink): string {
  const gtin = normaliseGtin(link.gtin);
  let path = `/01/${gtin}`;
  if (link.cpv) path += `/22/${encodeSegment(link.cpv)}`;
  if (link.lot !== undefined) {
    try {
      validateAiValue("10", link.lot);
    } catch (err) {
      rethrow(err, "BAD_LOT", "批次号：");
    }
    path += `/10/${encodeSegment(link.lot)}`;
  }
  if (link.serial) path += `/21/${encodeSegment(link.serial)}`;
  const query = new URLSearchParams();
  for (const [ai, key] of DATE_ATTRIBUTES) {
    const value = link[key];
    if (value === undefined) continue;
    try {
      validateAiValue(ai, value);
    } catch (err) {
      rethrow(err, "BAD_DATE", "");
    }
    query.set(ai, value);
  }
  const qs = query.toString();
  return `${origin.replace(/\/+$/, "")}${path}${qs ? `?${qs}` : ""}`;
}

/** Parses a Digital Link URI or its path (e.g. "/01/.../10/..."); throws DigitalLinkError. */
export function parseDigitalLink(input: string): DigitalLink {
  let url: URL;
  try {
    url = new URL(input.trim(), "https://placeholder.invalid");
  } catch {
    throw new DigitalLinkError("NOT_A_URL", "这不是一个有效的网址");
  }
  if (!/^https?:$/.test(url.protocol)) throw new DigitalLinkError("NOT_A_URL", "这不是一个有效的网址");
  const rawSegments = url.pathname.split("/").filter((s) => s !== "");
  const segments = rawSegments.map((s) => ALIASES[s] ?? s);
  // A resolver may sit under a path prefix: the key starts at the last "01" with a value after it.
  const start = segments.lastIndexOf("01", segments.length - 2);
  if (start === -1) throw new DigitalLinkError("NO_GTIN", "网址中没有商品条码（/01/…）");
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      throw new DigitalLinkError("BAD_ENCODING", "网址中的百分号编码有误");
    }
  };
  const link: DigitalLink = { gtin: normaliseGtin(decode(segments[start + 1])) };
  const rest = segments.slice(start + 2);
  if (rest.length % 2 !== 0) throw new DigitalLinkError("BAD_QUALIFIER", `“${rest.at(-1)}”后面缺少值`);
  let lastIndex = -1;
  for (let i = 0; i < rest.length; i += 2) {
    const ai = rest[i];
    const value = decode(rest[i + 1]);
    const index = (QUALIFIERS as readonly string[]).indexOf(ai);
    if (index === -1) throw new DigitalLinkError("BAD_QUALIFIER", `商品条码后不能接“${ai}”，只能接22、10或21`);
    if (index <= lastIndex) throw new DigitalLinkError("QUALIFIER_ORDER", "限定符顺序不对：应按 22（型号）、10（批次）、21（序列号）的顺序且不重复");
    lastIndex = index;
    if (ai === "10") {
      try {
        validateAiValue("10", value);
      } catch (err) {
        rethrow(err, "BAD_LOT", "批次号：");
      }
      link.lot = value;
    } else if (ai === "21") {
      try {
        validateAiValue("21", value);
      } catch (err) {
        rethrow(err, "BAD_QUALIFIER", "序列号：");
      }
      link.serial = value;
    } else {
      link.cpv = value;
    }
  }
  for (const [ai, key] of DATE_ATTRIBUTES) {
    const value = url.searchParams.get(ai);
    if (value === null) continue;
    try {
      validateAiValue(ai, value);
    } catch (err) {
      rethrow(err, "BAD_DATE", `参数 ${ai}：`);
    }
    link[key] = value;
  }
  return link;
}
