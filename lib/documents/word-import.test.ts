// 导入Word: a .docx built here (the same ZIP layout Word writes) goes through mammoth and the
// sanitiser; headings, bold and lists survive, anything else does not.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { convertWordToHtml } from "./document-files";

async function docx(bodyXml: string) {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

describe("convertWordToHtml", () => {
  it("turns a Word document into the stored HTML", async () => {
    const bytes = await docx(
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、总体要求</w:t></w:r></w:p>` +
        `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>加强</w:t></w:r><w:r><w:t>道路养护&lt;script&gt;</w:t></w:r></w:p>`,
    );
    const html = await convertWordToHtml({ name: "通知.docx", bytes });
    expect(html).toContain("<strong>加强</strong>道路养护&lt;script&gt;");
    expect(html).toContain("一、总体要求");
  });

  it("refuses files that are not .docx with a message for the form", async () => {
    await expect(convertWordToHtml({ name: "a.pdf", bytes: new TextEncoder().encode("%PDF-1.4 x") })).rejects.toMatchObject({ fieldErrors: { word: "只能导入Word（.docx）文件" } });
    await expect(convertWordToHtml({ name: "a.docx", bytes: new Uint8Array() })).rejects.toMatchObject({ fieldErrors: { word: "请选择Word文件" } });
  });
});
