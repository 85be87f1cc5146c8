// Nasty inputs for the fuzz tests and the bad-input benchmark (bench/hardening/bad-input-load.mjs
// reads the same list through its own copy of the route table; keep them in step).

/** Raw (already percent-encoded where needed) strings put into path segments and query values. */
export const NASTY_URL_PARTS = [
  "%00",
  "a%00b",
  "%E0%A4%A", // malformed percent-encoding
  "%ED%A0%80", // a lone surrogate encoded as UTF-8 (invalid)
  "%zz",
  "%",
  "%C0%AF", // overlong "/"
  "..%2F..%2Fetc%2Fpasswd",
  "%0d%0aSet-Cookie:%20x=1",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'%20OR%201=1--",
  "-1",
  "99999999999999999999999",
  "NaN",
  "%F0%9F%99%82", // 🙂
  "%E2%80%AE", // right-to-left override
  "x".repeat(3000),
  "__proto__",
  "%7B%7B7*7%7D%7D",
];

/** Field values for forms and JSON bodies (real strings, not encoded). */
export const NASTY_FIELD_VALUES = [
  "\u0000",
  "a\u0000b",
  "\ud800", // a lone surrogate
  "\udfff tail",
  "\u001b[31m",
  "<script>alert(1)</script>",
  "' OR 1=1--",
  "x".repeat(100_000),
  "🙂".repeat(500),
  "\u202e",
  "-1",
  "1e308",
  "{{7*7}}",
  "",
  " ",
];

/** Query parameter names the public pages read. */
export const QUERY_NAMES = ["q", "page", "categoryId", "code", "type", "year", "department", "status", "from", "error", "photoError", "draft", "trackingNo", "accessCode", "town", "sort", "saved"];

/** Every public dynamic route, with `{x}` where a nasty segment goes. */
export const DYNAMIC_ROUTES = [
  "/policies/{x}",
  "/guides/{x}",
  "/investment/{x}",
  "/warnings/{x}",
  "/trace/{x}",
  "/trace/{x}/shell",
  "/trace/product/{x}",
  "/complaints/filed/{x}",
  "/complaints/published/{x}",
  "/investment/inquiry/sent/{x}",
  "/complaints/photos/draft/{x}/{x}",
  "/attachments/{x}",
  "/01/{x}",
  "/01/06900000000014/10/{x}",
  "/01/{x}/10/{x}",
  "/api/barcodes/{x}",
  "/api/open311/v2/requests/{x}",
  "/api/open311/v2/requests/{x}.json",
  "/api/open311/v2/services/{x}",
  "/api/open311/v2/services/{x}.json",
  "/api/open311/v2/tokens/{x}",
  "/api/trace/epcis/{x}",
  "/officer/login/{x}",
];

/** Every public page and API without a dynamic segment. */
export const STATIC_ROUTES = [
  "/",
  "/policies",
  "/guides",
  "/investment",
  "/investment/inquiry",
  "/warnings",
  "/warnings/subscribe",
  "/search",
  "/trace",
  "/complaints/new",
  "/complaints/new/check",
  "/complaints/published",
  "/complaints/track",
  "/complaints/followed",
  "/officer/login",
  "/api/health",
  "/api/open311/v2/services.json",
  "/api/open311/v2/requests.json",
  "/robots.txt",
  "/sitemap.xml",
];

/** Pages whose forms the fuzzer fills and posts (with JavaScript off, as a plain form would). */
export const FORM_PAGES = ["/complaints/new", "/complaints/track", "/investment/inquiry", "/warnings/subscribe", "/trace", "/search", "/officer/login"];
