// A client with its own address: plain HTTP from another loopback address (127.0.0.N), so the
// server sees a different socket address, as it would see different people. Forms are posted as
// a browser without JavaScript posts them (the page's hidden server-action fields included).
import http from "node:http";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export function rawRequest(
  url: string,
  { from, method = "GET", headers = {}, body }: { from: string; method?: string; headers?: Record<string, string>; body?: Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, localAddress: from, headers: { ...headers, ...(body ? { "content-length": String(body.length) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The named inputs of the first form on the page whose HTML contains `marker`, hidden ones included. */
export function formFields(html: string, marker: string): { action: string; fields: [string, string][] } {
  const forms = html.match(/<form[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => f.includes(marker));
  if (!form) throw new Error(`no form with ${marker}`);
  const fields: [string, string][] = [];
  for (const input of form.match(/<input[^>]*>/g) ?? []) {
    const name = /\sname="([^"]*)"/.exec(input)?.[1];
    if (!name) continue;
    const value = /\svalue="([^"]*)"/.exec(input)?.[1] ?? "";
    fields.push([decodeEntities(name), decodeEntities(value)]);
  }
  return { action: /\saction="([^"]*)"/.exec(form)?.[1] ?? "", fields };
}

function decodeEntities(s: string): string {
  return s.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}

/** Posts the page's form (as without JavaScript) with `values` filled in. */
export async function submitForm(
  baseURL: string,
  path: string,
  marker: string,
  values: Record<string, string>,
  { from, headers = {} }: { from: string; headers?: Record<string, string> },
): Promise<RawResponse> {
  const page = await rawRequest(new URL(path, baseURL).toString(), { from, headers });
  const { fields } = formFields(page.text, marker);
  const data = new FormData();
  const seen = new Set<string>();
  for (const [name, value] of fields) {
    if (name in values) {
      if (!seen.has(name)) data.append(name, values[name]);
      seen.add(name);
    } else data.append(name, value);
  }
  for (const [name, value] of Object.entries(values)) if (!seen.has(name)) data.append(name, value);
  const encoded = new Response(data);
  const body = Buffer.from(await encoded.arrayBuffer());
  return rawRequest(new URL(path, baseURL).toString(), {
    from,
    method: "POST",
    body,
    headers: { ...headers, "content-type": encoded.headers.get("content-type")!, accept: "text/html" },
  });
}
