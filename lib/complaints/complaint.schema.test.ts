import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation";
import { ZComplaintAnswers } from "./complaint.schema";

const good = {
  categoryId: "c1",
  title: "解放路路面塌陷",
  description: "解放路与人民路交叉口东侧路面塌陷，约两米宽，夜间很危险。",
  address: "城关镇解放路18号",
  occurredOn: "",
  citizenName: "王建国",
  citizenPhone: "13812345678",
  consentToPublish: "yes",
};

const errorsOf = (values: Record<string, unknown>) => {
  const parsed = ZComplaintAnswers.safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("ZComplaintAnswers", () => {
  it("accepts a complete form, and an anonymous one without name and phone", () => {
    expect(errorsOf(good)).toEqual({});
    expect(errorsOf({ ...good, isAnonymous: "on", citizenName: "", citizenPhone: "" })).toEqual({});
  });

  it("reports the missing name and phone in the same round as the other mistakes", () => {
    expect(errorsOf({ ...good, title: "", address: "", consentToPublish: undefined, citizenName: "", citizenPhone: "" })).toEqual({
      title: "请填写标题",
      address: "请填写发生地点",
      consentToPublish: "请选择是否同意公开办理结果",
      citizenName: "请填写姓名，或选择匿名反映",
      citizenPhone: "请填写手机号码，或选择匿名反映",
    });
    expect(errorsOf({ ...good, description: "太短", citizenPhone: "1381234567x" })).toEqual({
      description: "请至少写10个字，说清楚发生了什么",
      citizenPhone: "手机号码应为11位手机号，例如 13812345678",
    });
    expect(errorsOf({ ...good, title: "", occurredOn: "2999-01-01" })).toEqual({ title: "请填写标题", occurredOn: "发生日期不能晚于今天" });
  });

  it("gives one message per field: a name that is too long is not also reported missing", () => {
    expect(errorsOf({ ...good, title: "", citizenName: "王".repeat(21) })).toEqual({ title: "请填写标题", citizenName: "姓名请控制在20字以内" });
  });
});
