import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown from "react-markdown";
import { describe, expect, it } from "vitest";
import { SAFE_MARKDOWN_OPTIONS } from "./safe-markdown";

const render = (text: string) => renderToStaticMarkup(createElement(ReactMarkdown, SAFE_MARKDOWN_OPTIONS, text));

describe("safe Markdown rendering", () => {
  it("shows a <script> block in the body as text, never as an element", () => {
    const html = render('第一条\n\n<script>alert("x")</script>\n\n第二条');
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("第二条");
  });

  it("shows inline HTML as text too", () => {
    const html = render('请点击<img src=x onerror="alert(1)">这里');
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("removes javascript: and data: link targets but keeps the link text", () => {
    const html = render("[办理入口](javascript:alert(1)) [图](data:text/html;base64,PHNjcmlwdD4=) [JS大写](JaVaScRiPt:alert(2))");
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain("data:text/html");
    expect(html).toContain("办理入口");
  });

  it("keeps ordinary Markdown: headings, lists, https links", () => {
    const html = render("## 第一章\n\n1. 提交申请\n2. 审核\n\n[政务服务网](https://example.gov.cn/a?b=1)");
    expect(html).toContain("<h2>第一章</h2>");
    expect(html).toContain("<ol>");
    expect(html).toContain('href="https://example.gov.cn/a?b=1"');
  });
});
