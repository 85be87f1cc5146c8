import { describe, expect, it } from "vitest";
import { mayBeServerAction, refuseActionPayload } from "./action-payload";

const action = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://x/complaints/new", { method: "POST", body, headers });
const fetchAction = (body: BodyInit, headers: Record<string, string> = {}) => action(body, { "Next-Action": "7f".repeat(21), ...headers });

function multipart(fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

describe("server-action payloads Next cannot decode", () => {
  it("refuses broken JSON and references to parts that are not there", async () => {
    for (const body of ["[1,2", '{"a":', "garbage", '"$Q1"', '["$@1"]', '["$1"]', '[{"x":"$h2"}]']) {
      expect(await refuseActionPayload(fetchAction(body, { "Content-Type": "text/plain;charset=UTF-8" })), body).toMatchObject({ status: 400 });
    }
    expect(await refuseActionPayload(fetchAction(multipart({ "0": "[1," })))).toMatchObject({ status: 400 });
    expect(await refuseActionPayload(fetchAction(multipart({ "0": '["$@1"]' })))).toMatchObject({ status: 400 });
    expect(await refuseActionPayload(fetchAction(multipart({ "1": "[]" })))).toMatchObject({ status: 400 });
    expect(await refuseActionPayload(action(multipart({ $ACTION_REF_1: "", "$ACTION_1:0": "{not json" })))).toMatchObject({ status: 400 });
    const broken = action("--zzz\r\nContent-Disposition: form-data; name=\"$ACTION_ID_00\"\r\n\r\n", { "Content-Type": "multipart/form-data; boundary=zzz" });
    expect(await refuseActionPayload(broken)).toMatchObject({ status: 400 });
  });

  it("lets what React sends through", async () => {
    // useActionState with a form: the state and the FormData's entries ("$K1" → fields "1_…").
    expect(await refuseActionPayload(fetchAction(multipart({ "0": '["$@1","$K2"]', "1": "{}", "2_title": "路灯", "2_$ACTION_ID_ab": "" })))).toBeNull();
    expect(await refuseActionPayload(fetchAction('["$$escaped","$D2026-11-29T00:00:00.000Z","$n12","$u","$undefined"]', { "Content-Type": "text/plain;charset=UTF-8" }))).toBeNull();
    expect(await refuseActionPayload(action(multipart({ $ACTION_ID_ab: "", title: "[not json is fine here" })))).toBeNull();
    expect(await refuseActionPayload(action("a=1", { "Content-Type": "application/x-www-form-urlencoded" }))).toBeNull();
  });

  it("only looks at requests Next may take for actions", () => {
    const h = (o: Record<string, string>) => new Headers(o);
    expect(mayBeServerAction("POST", "/complaints/new", h({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(mayBeServerAction("POST", "/", h({ "next-action": "ab" }))).toBe(true);
    expect(mayBeServerAction("POST", "/api/open311/v2/requests.json", h({ "content-type": "multipart/form-data; boundary=x" }))).toBe(false);
    expect(mayBeServerAction("GET", "/", h({ "next-action": "ab" }))).toBe(false);
    expect(mayBeServerAction("POST", "/", h({ "content-type": "application/x-www-form-urlencoded" }))).toBe(false);
  });
});
