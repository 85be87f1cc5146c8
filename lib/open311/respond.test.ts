// The XML format (GeoReport v2 calls it required) round-tripped through a real XML parser, and
// the field lists checked against the specification's field tables (STANDARDS_DIR).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { createComplaintSetup, fileTestComplaint, publishTestComplaint } from "@/test/complaint-fixtures";
import { hasStandards, readStandardJson } from "@/test/standards";
import { open311Discovery } from "./discovery";
import { getServiceDefinition, getServiceRequest, listServices, Open311Error } from "./georeport";
import { errorResponse, open311, splitFormat, toOpen311Xml, XML_SHAPES } from "./respond";

const parser = new XMLParser({ parseTagValue: false, isArray: (name) => ["service", "request", "error", "attribute", "endpoint", "format"].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

type Fields = { service: { required: string[] }; request: { required: string[]; optional: string[] } };

describe("Open311 XML", () => {
  it("answers services, requests and a request as XML that parses back to the JSON's values", async () => {
    const { category } = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id);
    // Published cases only (what 办理结果 shows); the approved text carries XML's special characters.
    await publishTestComplaint(complaint.id, "解放路与人民路交叉口 <井盖> 缺失 & 很危险，已补装。");
    const services = await listServices();
    const servicesXml = parse(toOpen311Xml(services, XML_SHAPES.services));
    const mine = servicesXml.services.service.find((s: { service_code: string }) => s.service_code === category.code);
    expect(mine).toMatchObject({ service_code: category.code, service_name: "道路交通", metadata: "false", type: "realtime" });

    const [request] = await getServiceRequest(complaint.trackingNo);
    const res = await open311(() => getServiceRequest(complaint.trackingNo), { format: "xml" });
    expect(res.headers.get("content-type")).toBe("text/xml; charset=utf-8");
    const back = parse(await res.text()).service_requests.request[0];
    for (const [key, value] of Object.entries(request)) expect(back[key], key).toBe(value === null ? "" : String(value));
    expect(back.status_notes).toContain("<井盖> 缺失 & 很危险");

    const definition = parse(toOpen311Xml(await getServiceDefinition(category.code), XML_SHAPES.serviceDefinition));
    expect(definition.service_definition).toEqual({ service_code: category.code, attributes: "" });
  });

  it("answers errors in the requested format", async () => {
    const xml = await errorResponse(404, "service_request_id X not found", "xml").text();
    expect(parse(xml)).toEqual({ "?xml": "", errors: { error: [{ code: "404", description: "service_request_id X not found" }] } });
    const res = await open311(async () => {
      throw new Open311Error(400, "invalid status");
    }, { format: "xml" });
    expect(res.status).toBe(400);
    expect(parse(await res.text()).errors.error[0].description).toBe("invalid status");
    expect(splitFormat("ABC.xml")).toEqual({ id: "ABC", format: "xml" });
    expect(splitFormat("ABC.csv")).toBeNull();
  });

  it("describes the endpoint in a discovery document, in JSON and XML", async () => {
    const d = open311Discovery();
    expect(d.endpoints[0]).toMatchObject({ specification: "http://wiki.open311.org/GeoReport_v2", type: "production", formats: ["text/xml", "application/json"] });
    const xml = parse(toOpen311Xml(d, XML_SHAPES.discovery));
    expect(xml.discovery.endpoints.endpoint[0].formats.format).toEqual(["text/xml", "application/json"]);
    expect(xml.discovery.changeset).toBe(d.changeset);
  });
});

describe.skipIf(!hasStandards)("Open311 fields against the GeoReport v2 field tables", () => {
  it("every service and request carries every required field and no unknown one", async () => {
    const fields = readStandardJson<Fields>("open311/georeport-v2-fields.json");
    const { category } = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id);
    await publishTestComplaint(complaint.id);
    const [service] = await listServices();
    for (const f of fields.service.required) expect(service, f).toHaveProperty(f);
    const [request] = await getServiceRequest(complaint.trackingNo);
    for (const f of fields.request.required) expect(request, f).toHaveProperty(f);
    const known = new Set([...fields.request.required, ...fields.request.optional]);
    expect(Object.keys(request).filter((k) => !known.has(k))).toEqual([]);
  });
});
