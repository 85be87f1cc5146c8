import { describe, expect, it } from "vitest";
import { parseRichText, richTextToPlain, sanitizeDocumentHtml } from "./rich-text";

describe("sanitizeDocumentHtml", () => {
  it("keeps paragraphs, headings, lists and bold, drops everything else", () => {
    const html = sanitizeDocumentHtml(
      `<h1 onclick="x()">一、总体要求</h1><p class="MsoNormal" style="color:red"><span style="font-weight:bold">加强</span>道路<script>alert(1)</script>养护&nbsp;工作。</p><ul><li>第一项</li><li><a href="javascript:alert(1)">第二项</a></li></ul><img src=x onerror=alert(1)>`,
    );
    expect(html).toBe(`<h1>一、总体要求</h1><p><strong>加强</strong>道路养护 工作。</p><ul><li>第一项</li><li>第二项</li></ul>`);
  });

  it("escapes text and ignores Word's markup and comments", () => {
    const html = sanitizeDocumentHtml(`<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--><p class=MsoNormal>a &lt;b&gt; &amp; c<o:p>&nbsp;</o:p></p><style>p{}</style>`);
    expect(html).toBe(`<p>a &lt;b&gt; &amp; c</p>`);
  });

  it("never lets a tag through from text, whatever the nesting", () => {
    const nasty = [`<p><<script>script>alert(1)<</script>/script></p>`, `<svg><p><style><img src=x onerror=1></style></p></svg>`, `<p title="<b>">x</p>`, `<scr<script>ipt>`];
    for (const n of nasty) {
      const out = sanitizeDocumentHtml(n);
      expect(out).not.toMatch(/<(?!\/?(p|h[1-4]|ul|ol|li|strong|em|u)>)/);
    }
  });

  it("is stable: sanitising its own output changes nothing", () => {
    const once = sanitizeDocumentHtml(`<ol><li><b>甲</b><i>乙</i></li></ol><p>丙<br>丁</p>`);
    expect(sanitizeDocumentHtml(once)).toBe(once);
    expect(parseRichText(once)).toHaveLength(3);
    expect(richTextToPlain(once)).toBe("甲乙\n丙\n丁");
  });
});
