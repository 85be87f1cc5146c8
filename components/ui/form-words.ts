// Words of the form furniture (error summary heading, "错误：" prefix), in a plain module so server
// pages can pass another language's words to the client forms.
export interface FormWords {
  /** The error summary's heading. */
  heading: string;
  /** Before the page title and before each inline message (for screen readers). */
  errorPrefix: string;
}

export const ZH_FORM_WORDS: FormWords = { heading: "提交失败，请检查以下问题", errorPrefix: "错误：" };
