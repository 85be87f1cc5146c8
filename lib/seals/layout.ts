// The content of one official document (公文) as GB/T 9704-2012 lays it out: the parts of the
// 版头 (masthead), 主体 (body) and 版记 (record block). The document workflow fills it; the PDF
// renderer (render-official-document-pdf.ts) draws it. Plain data, no rendering concerns.

/**
 * One block of the body. GB/T 9704-2012 7.3.3: the levels of headings are numbered
 * "一、", "（一）", "1.", "（1）"; the text keeps its own numbering, the kind only chooses the face
 * (黑体, 楷体, 仿宋 bold, 仿宋).
 */
export type DocumentBlock = {
  kind: "heading1" | "heading2" | "heading3" | "heading4" | "paragraph";
  text: string;
};

export interface OfficialDocumentLayout {
  /** 发文机关标志, e.g. 桐溪县人民政府文件 (printed red, centred). */
  issuerMark: string;
  /** 发文字号, e.g. 桐政发〔2026〕12号. */
  docNumber: string;
  /** 签发人 (上行文: 请示, 报告): the number then stands left and 签发人 right. */
  signer?: string;
  /** 紧急程度. */
  urgency?: "特急" | "加急" | null;
  /** 密级和保密期限, e.g. 秘密★1年. */
  secrecy?: string | null;
  /** 标题. */
  title: string;
  /** 主送机关. */
  mainRecipients: string[];
  body: DocumentBlock[];
  /** 附件说明: attachment names, numbered in print. */
  attachments: string[];
  /** 发文机关署名. */
  signingUnit: string;
  /** 成文日期 (printed in Arabic numerals, 2026年11月29日, China time). */
  date: Date;
  /** 抄送机关. */
  copyTo: string[];
  /** 印发机关. */
  printedBy: string;
  /** 印发日期. */
  printedDate: Date;
  pageCountHint?: never;
}
