import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpSmsProvider } from "./create-http-sms-provider";
import { DEFAULT_GATEWAY_TEMPLATE } from "./render-gateway-body";
import { SmsSendError } from "./sms-provider";

// A local stand-in for the county's SMS gateway: answers as the path says and records requests.
interface Seen {
  path: string;
  authorization?: string;
  contentType?: string;
  body: string;
}
const seen: Seen[] = [];
let server: Server;
let base: string;

async function bodyOf(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await bodyOf(req);
    seen.push({ path: req.url!, authorization: req.headers.authorization, contentType: req.headers["content-type"], body });
    if (req.url === "/ok") return res.writeHead(200, { "content-type": "application/json" }).end('{"code":0,"data":{"msgid":"GW-42"}}');
    if (req.url === "/ok-no-id") return res.writeHead(202).end("accepted");
    if (req.url === "/busy") return res.writeHead(503).end("try later");
    if (req.url === "/bad") return res.writeHead(400).end('{"error":"invalid mobile"}');
    if (req.url === "/slow") return setTimeout(() => res.writeHead(200).end("{}"), 3000);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const message = { id: "msg_1", to: "13812345678", text: '您的诉求"TC-0001"已受理\n请留意短信', template: "complaint.received" };

describe("the HTTP SMS gateway provider", () => {
  it("posts the template with values JSON-escaped and the bearer token, and returns the gateway's id", async () => {
    const provider = createHttpSmsProvider({
      url: `${base}/ok`,
      template: '{"mobile":"{{to}}","content":"{{text}}","outId":"{{id}}","sign":"桐川县","tpl":"{{ template }}"}',
      token: "gw-token-123",
      timeoutMs: 2000,
    });
    await expect(provider.send(message)).resolves.toEqual({ providerMessageId: "GW-42" });
    const request = seen.at(-1)!;
    expect(request.authorization).toBe("Bearer gw-token-123");
    expect(request.contentType).toBe("application/json");
    expect(JSON.parse(request.body)).toEqual({ mobile: "13812345678", content: message.text, outId: "msg_1", sign: "桐川县", tpl: "complaint.received" });
  });

  it("sends no Authorization header without a token and falls back to the row id", async () => {
    const provider = createHttpSmsProvider({ url: `${base}/ok-no-id`, template: DEFAULT_GATEWAY_TEMPLATE, timeoutMs: 2000 });
    await expect(provider.send(message)).resolves.toEqual({ providerMessageId: "msg_1" });
    expect(seen.at(-1)!.authorization).toBeUndefined();
    expect(JSON.parse(seen.at(-1)!.body)).toEqual({ to: "13812345678", text: message.text, id: "msg_1" });
  });

  it("makes a 5xx retryable and a 4xx permanent, quoting the answer", async () => {
    const busy = createHttpSmsProvider({ url: `${base}/busy`, template: DEFAULT_GATEWAY_TEMPLATE, timeoutMs: 2000 });
    const bad = createHttpSmsProvider({ url: `${base}/bad`, template: DEFAULT_GATEWAY_TEMPLATE, timeoutMs: 2000 });
    const busyErr = await busy.send(message).catch((e) => e);
    expect(busyErr).toBeInstanceOf(SmsSendError);
    expect(busyErr).toMatchObject({ retryable: true, message: "gateway answered 503: try later" });
    const badErr = await bad.send(message).catch((e) => e);
    expect(badErr).toMatchObject({ retryable: false, message: 'gateway answered 400: {"error":"invalid mobile"}' });
  });

  it("makes a timeout and an unreachable gateway retryable", async () => {
    const slow = createHttpSmsProvider({ url: `${base}/slow`, template: DEFAULT_GATEWAY_TEMPLATE, timeoutMs: 1000 });
    await expect(slow.send(message)).rejects.toMatchObject({ retryable: true, message: "gateway timed out after 1000 ms" });
    const closed = createHttpSmsProvider({ url: "http://127.0.0.1:9/", template: DEFAULT_GATEWAY_TEMPLATE, timeoutMs: 1000 });
    await expect(closed.send(message)).rejects.toMatchObject({ retryable: true, message: expect.stringMatching(/^gateway unreachable/) });
  });
});
