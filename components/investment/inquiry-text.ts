// The inquiry form's words (components/investment/inquiry-form.tsx): Chinese here; the English page
// builds the same shape from next-intl's catalog. A plain module, so server pages can call it.
import { ZH_FORM_WORDS, type FormWords } from "@/components/ui/form-words";

export interface InquiryFormText {
  contactName: string;
  organisation: string;
  phone: string;
  phoneHint: string;
  email: string;
  optional: string;
  project: string;
  projectAny: string;
  question: string;
  questionHint: string;
  consent: string;
  consentHint: string;
  submit: string;
  /** Under the button; the deadline is already in it. */
  after: string;
  form: FormWords;
  /** Set on English pages: the privacy notice is linked in words of the page's language. */
  privacy?: string;
}

export const ZH_INQUIRY_TEXT = (deadlineText: string): InquiryFormText => ({
  contactName: "您的姓名",
  organisation: "公司或机构名称",
  phone: "联系电话",
  phoneHint: "手机号，或带区号的固定电话（如 0571-87654321）。填手机号会收到短信告知受理编号、查询码和答复期限。",
  email: "电子邮箱",
  optional: "（选填）",
  project: "感兴趣的项目或园区",
  projectAny: "不限（一般咨询）",
  question: "您想咨询的问题",
  questionHint: "例如用地、厂房、审批流程、优惠政策、配套设施等。至少10个字。",
  consent: "同意由县投资促进中心使用以上联系方式答复我",
  consentHint: "您的信息只用于答复本次咨询，不会公开，也不会出现在“办理结果”公开栏目中。",
  submit: "提交咨询",
  after: `提交后由县投资促进中心办理，${deadlineText}内答复（不含节假日）。`,
  form: ZH_FORM_WORDS,
});

