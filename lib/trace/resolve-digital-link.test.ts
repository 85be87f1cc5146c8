// The GS1 resolver against GS1's own material: the conformance criteria of GS1's resolver test
// suite (one test per criterion we implement), the linkset schemas, and the compressed URIs of
// GS1's community library. The standard files come from STANDARDS_DIR (test/standards.ts).
import { afterAll, describe, expect, it } from "vitest";
import { createOfficer, unique } from "@/test/factories";
import { hasStandards, readStandard, standardsSkipReason, standardValidator } from "@/test/standards";
import { addCertificate } from "./add-certificate";
import { createBatch } from "./create-batch";
import { createProducer } from "./create-producer";
import { createProduct } from "./create-product";
import { compressDigitalLink, decompressDigitalLinkPath } from "./decompress-digital-link";
import { gs1CheckDigit } from "./gtin";
import { COMPRESSED_HEADER, resolveDigitalLinkRequest, resolverOptions } from "./resolve-digital-link";
import { resolverDescription } from "./resolver-description";
import { resetTraceCache } from "./trace-cache";

afterAll(() => resetTraceCache());

const ORIGIN = "http://localhost:3000";
const VOC = "https://ref.gs1.org/voc/";

function newGtin() {
  const body = `690${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
  return (body + gs1CheckDigit(body)).padStart(14, "0");
}

let fixture: Promise<{ gtin: string; lot: string; traceCode: string }> | null = null;
function setUp() {
  fixture ??= (async () => {
    const { actor } = await createOfficer({ role: "TRACE_OPERATOR" });
    const producer = await createProducer({ actor, input: { name: unique("合作社"), kind: "COOPERATIVE", town: "清溪镇", village: "桃花村", phone: "13900000011", commitment: "承诺合格" } });
    const gtin = newGtin();
    const product = await createProduct({ actor, input: { producerId: producer.id, name: "脐橙", category: "水果", gtin } });
    const batch = await createBatch({
      actor,
      input: { productId: product.id, lot: unique("L").toUpperCase(), harvestStart: "2026-11-10", packedAt: "2026-11-13", expiresAt: "2027-01-13", originPlace: "桃花村3组", commitmentBasis: "SELF_TEST" },
    });
    await addCertificate({ actor, input: { batchId: batch.id, type: "GREEN_FOOD", number: unique("LB-"), issuer: "中国绿色食品发展中心", issuedAt: "2026-01-01", validUntil: "2028-12-31" } });
    return { gtin, lot: batch.lot, traceCode: batch.traceCode };
  })();
  return fixture;
}

function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return resolveDigitalLinkRequest(new Request(`${ORIGIN}${path}`, { method, headers }));
}
const json = { Accept: "application/json" };

describe("GS1 resolver conformance criteria (GS1DL-resolver-testsuite)", () => {
  it("SHALL support HTTP GET, HEAD and OPTIONS requests", async () => {
    const { gtin, lot } = await setUp();
    expect((await get(`/01/${gtin}/10/${lot}`)).status).toBe(307);
    const head = await get(`/01/${gtin}/10/${lot}?linkType=linkset`, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const options = resolverOptions();
    expect(options.status).toBe(204);
    expect(options.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });

  it("SHALL support CORS", async () => {
    const { gtin, lot } = await setUp();
    for (const res of [await get(`/01/${gtin}/10/${lot}`), await get(`/01/${gtin}?linkType=linkset`), await get(`/01/${gtin}/foo`, json)]) {
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-expose-headers")).toContain("Link");
    }
  });

  it("SHALL be able to decompress a URI, and expose the uncompressed URI with rel owl:sameAs", async () => {
    const { gtin, lot } = await setUp();
    const uncompressed = `${ORIGIN}/01/${gtin}/10/${lot}?17=270113`;
    const compressed = compressDigitalLink(uncompressed);
    expect(compressed).not.toContain("/01/");
    const path = new URL(compressed).pathname;
    expect(decompressDigitalLinkPath(path)).toBe(`/01/${gtin}/10/${lot}?17=270113`);
    // proxy.ts rewrites to the uncompressed path and names the compressed one in a header.
    const res = await get(decompressDigitalLinkPath(path)!, { [COMPRESSED_HEADER]: path });
    expect(res.status).toBe(307);
    expect(res.headers.get("link")).toContain(`<${ORIGIN}/01/${gtin}/10/${lot}>; rel="owl:sameAs"`);
    // Page names that look like base64url are not compressed links.
    expect(decompressDigitalLinkPath("/complaints")).toBeNull();
    expect(decompressDigitalLinkPath("/investmentinquiry")).toBeNull();
  });

  it("SHALL extract and syntactically validate the URI and report errors with 400 (not 200 with an error)", async () => {
    const { gtin, lot } = await setUp();
    for (const path of [`/01/${gtin}/foo`, `/01/${gtin}/21/S1/10/${lot}`, `/01/${gtin}/10/${lot}/22/X`, `/01/${gtin}/10`, `/01/${gtin.slice(0, -1)}${(Number(gtin.at(-1)) + 1) % 10}`, `/01/${gtin}/10/${lot}?17=271399`]) {
      const res = await get(path, json);
      expect(res.status, path).toBe(400);
      expect((await res.json()).title, path).toMatch(/正确的格式是/);
    }
  });

  it("For primary keys that have key qualifiers, all key qualifiers SHALL be supported (22, 10, 21 in order; unknown ones walk up)", async () => {
    const { gtin, lot, traceCode } = await setUp();
    const batchPage = `${ORIGIN}/trace/${traceCode}`;
    const productPage = `${ORIGIN}/trace/product/${gtin}`;
    expect((await get(`/01/${gtin}/10/${lot}/21/SER-1`)).headers.get("location")).toBe(batchPage);
    expect((await get(`/01/${gtin}/22/CPV-9/10/${lot}/21/SER-1`)).headers.get("location")).toBe(batchPage);
    expect((await get(`/01/${gtin}/22/CPV-9`)).headers.get("location")).toBe(productPage);
    expect((await get(`/01/${gtin}/21/SER-1`)).headers.get("location")).toBe(productPage);
    expect((await get(`/01/${gtin}/10/NOSUCHLOT`)).headers.get("location")).toBe(`${productPage}?lot=NOSUCHLOT`);
    // The standard's short names and a trailing slash are tolerated.
    expect((await get(`/gtin/${gtin}/lot/${lot}/ser/7/`)).headers.get("location")).toBe(batchPage);
  });

  it("SHALL respond to linkType=linkset and Accept: application/linkset+json with the links of each level up to the primary key", async () => {
    const { gtin, lot, traceCode } = await setUp();
    for (const res of [await get(`/01/${gtin}/10/${lot}/21/S?linkType=linkset`), await get(`/01/${gtin}/10/${lot}`, { Accept: "application/linkset+json" }), await get(`/01/${gtin}/10/${lot}?linkType=all`)]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/linkset+json");
      const body = await res.json();
      expect(body.linkset.map((c: { anchor: string }) => c.anchor)).toEqual([`${ORIGIN}/01/${gtin}/10/${lot}`, `${ORIGIN}/01/${gtin}`]);
      expect(body.linkset[0][`${VOC}epcis`][0].href).toBe(`${ORIGIN}/api/trace/epcis/${traceCode}`);
      expect(body.linkset[1][`${VOC}pip`][0].href).toBe(`${ORIGIN}/trace/product/${gtin}`);
    }
  });

  it("All links SHALL include target URL, link type and title; the default link SHALL NOT have optional attributes and is also given a descriptive type", async () => {
    const { gtin, lot } = await setUp();
    const body = await (await get(`/01/${gtin}/10/${lot}?linkType=linkset`)).json();
    for (const context of body.linkset) {
      expect(typeof context.itemDescription).toBe("string");
      const defaults = context[`${VOC}defaultLink`];
      expect(Object.keys(defaults[0]).sort()).toEqual(["href", "title"]);
      const described = Object.entries(context).filter(([k, v]) => k.startsWith(VOC) && k !== `${VOC}defaultLink` && (v as { href: string }[]).some((l) => l.href === defaults[0].href));
      expect(described.length).toBeGreaterThan(0);
      for (const [key, links] of Object.entries(context)) if (key.startsWith(VOC)) for (const l of links as { href: string; title: string }[]) expect(l.title.length).toBeGreaterThan(0);
    }
  });

  it("SHOULD include a Link header to a JSON-LD context, and expose the linkset in a Link header even when redirecting", async () => {
    const { gtin, lot } = await setUp();
    const linkset = await get(`/01/${gtin}/10/${lot}?linkType=linkset`);
    expect(linkset.headers.get("link")).toContain(`<${ORIGIN}/api/trace/linkset-context.jsonld>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`);
    const redirect = await get(`/01/${gtin}/10/${lot}`);
    expect(redirect.headers.get("link")).toContain(`<${ORIGIN}/01/${gtin}/10/${lot}?linkType=linkset>; rel="linkset"`);
  });

  it("SHALL redirect to the default link unless the request asks for a better match", async () => {
    const { gtin, lot, traceCode } = await setUp();
    const res = await get(`/01/${gtin}/10/${lot}`, { Accept: "text/html" });
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe(`${ORIGIN}/trace/${traceCode}`);
  });

  it("SHALL redirect to the requested linkType if available (walking up to the product)", async () => {
    const { gtin, lot, traceCode } = await setUp();
    const cases: [string, string][] = [
      ["gs1:pip", `${ORIGIN}/trace/product/${gtin}`],
      ["gs1:epcis", `${ORIGIN}/api/trace/epcis/${traceCode}`],
      ["gs1:traceability", `${ORIGIN}/trace/${traceCode}`],
      ["gs1:certificationInfo", `${ORIGIN}/trace/${traceCode}#certificates`],
      [`${VOC}epcis`, `${ORIGIN}/api/trace/epcis/${traceCode}`],
      ["https://gs1.org/voc/pip", `${ORIGIN}/trace/product/${gtin}`],
    ];
    for (const [type, href] of cases) {
      const res = await get(`/01/${gtin}/10/${lot}?linkType=${encodeURIComponent(type)}`);
      expect(res.status, type).toBe(307);
      expect(res.headers.get("location"), type).toBe(href);
    }
  });

  it("SHALL return 404 if a link of the requested type is not available", async () => {
    const { gtin, lot } = await setUp();
    for (const type of ["gs1:nutritionalInfo", "gs1:recallStatus", "nonsense", "gs1:epcis"]) {
      const path = type === "gs1:epcis" ? `/01/${gtin}` : `/01/${gtin}/10/${lot}`; // a product alone has no EPCIS events
      const res = await get(`${path}?linkType=${encodeURIComponent(type)}`, json);
      expect(res.status, type).toBe(404);
    }
  });

  it("SHALL pass on all key=value pairs in the query string when redirecting", async () => {
    const { gtin, lot, traceCode } = await setUp();
    const res = await get(`/01/${gtin}/10/${lot}?17=270113&utm_source=label&linkType=gs1:certificationInfo`);
    expect(res.headers.get("location")).toBe(`${ORIGIN}/trace/${traceCode}?17=270113&utm_source=label#certificates`);
    const walked = await get(`/01/${gtin}/10/NOPE?17=270113`);
    expect(walked.headers.get("location")).toBe(`${ORIGIN}/trace/product/${gtin}?17=270113&lot=NOPE`);
  });

  it("SHALL provide a resolver description file at /.well-known/gs1resolver with the supported primary keys", () => {
    const d = resolverDescription();
    expect(d.resolverRoot).toBe(ORIGIN);
    expect(d.supportedPrimaryKeys).toEqual(["01"]);
    expect(d.jsonLdContextLocation).toBe(`${ORIGIN}/api/trace/linkset-context.jsonld`);
    expect(d.linkTypes).toContain("gs1:epcis");
  });

  it("an unknown GTIN is 404 for machines", async () => {
    const res = await get(`/01/09506000134352`, json);
    expect(res.status).toBe(404);
  });
});

describe.skipIf(!hasStandards)("linkset against GS1's linkset schemas", () => {
  it("validates (RFC 9264 schema and GS1's stricter one) for a batch and a product", async () => {
    const { gtin, lot } = await setUp();
    const gs1 = standardValidator("digital-link/gs1-linkset-schema.json");
    const basic = standardValidator("digital-link/linkset-schema.json");
    // The validators themselves reject GS1's invalid example and accept the valid one.
    expect(gs1(JSON.parse(readStandard("digital-link/valid-gs1-example.json")))).toBe(true);
    expect(gs1(JSON.parse(readStandard("digital-link/invalid-gs1-example.json")))).toBe(false);
    for (const path of [`/01/${gtin}/10/${lot}`, `/01/${gtin}`]) {
      const body = await (await get(`${path}?linkType=linkset`)).json();
      expect(gs1(body), JSON.stringify(gs1.errors)).toBe(true);
      // The plain RFC 9264 schema forbids members other than anchor and link types; GS1's own
      // schema requires itemDescription. Without it, the rest must pass the plain schema too.
      const plain = { linkset: body.linkset.map(({ itemDescription: _, ...rest }: Record<string, unknown>) => rest) };
      expect(basic(plain), JSON.stringify(basic.errors)).toBe(true);
    }
  });

  it("every link type we answer is one of GS1's link types", () => {
    const known = (JSON.parse(readStandard("digital-link/gs1-link-types.json")) as { linkTypes: string[] }).linkTypes;
    for (const t of resolverDescription().linkTypes) expect(known).toContain(t);
  });
});

describe.skipIf(hasStandards)("standard files", () => {
  it.skip(`skipped: ${standardsSkipReason}`, () => {});
});
