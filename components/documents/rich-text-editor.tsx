"use client";
// A small rich-text island: a contentEditable area with 加粗 / 标题 / 列表 buttons that keeps a
// hidden `bodyHtml` field in step. Pasting from Word brings its HTML along; the server keeps only
// paragraphs, headings, lists and bold/italic/underline (lib/documents/rich-text.ts).
import { useRef, useState } from "react";

export function RichTextEditor({ name, initialHtml, error, label }: { name: string; initialHtml: string; error?: string; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [html, setHtml] = useState(initialHtml);
  const sync = () => setHtml(ref.current?.innerHTML ?? "");
  const run = (command: string, value?: string) => {
    if (document.activeElement !== ref.current) ref.current?.focus();
    document.execCommand(command, false, value);
    sync();
  };
  // The buttons must not take the focus (and the caret) from the text.
  const keep = (e: React.MouseEvent) => e.preventDefault();
  const button = "rounded border border-slate-400 bg-white px-3 py-1 text-sm font-semibold";
  return (
    <div className={`mb-4 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <span id={`label-${name}`} className="block font-semibold">
        {label}
      </span>
      <p className="text-sm text-slate-600">可直接从Word复制粘贴，保留标题、段落、列表和加粗；也可以在下方“导入Word”。</p>
      {error && (
        <p className="font-semibold text-accent-700">
          <span className="sr-only">错误：</span>
          {error}
        </p>
      )}
      <div role="toolbar" aria-label="正文格式" className="mt-1 flex flex-wrap gap-1">
        <button type="button" className={button} onMouseDown={keep} onClick={() => run("bold")}>加粗</button>
        <button type="button" className={button} onMouseDown={keep} onClick={() => run("formatBlock", "<h1>")}>一级标题</button>
        <button type="button" className={button} onMouseDown={keep} onClick={() => run("formatBlock", "<h2>")}>二级标题</button>
        <button type="button" className={button} onMouseDown={keep} onClick={() => run("formatBlock", "<p>")}>正文</button>
        <button type="button" className={button} onMouseDown={keep} onClick={() => run("insertOrderedList")}>编号列表</button>
        <button type="button" className={button} onMouseDown={keep} onClick={() => run("insertUnorderedList")}>项目列表</button>
      </div>
      <div
        id={`field-${name}`}
        ref={ref}
        role="textbox"
        aria-multiline="true"
        aria-labelledby={`label-${name}`}
        contentEditable
        suppressContentEditableWarning
        onInput={sync}
        onBlur={sync}
        className="doc-editor mt-1 min-h-64 max-w-3xl rounded border-2 border-slate-400 bg-white p-3 leading-relaxed [&_h1]:text-xl [&_h1]:font-bold [&_h2]:text-lg [&_h2]:font-bold [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-2 [&_ul]:list-disc [&_ul]:pl-6"
        // The stored HTML was sanitised on the server (only p, h1–h4, lists, strong/em/u).
        dangerouslySetInnerHTML={{ __html: initialHtml }}
      />
      <input type="hidden" name={name} value={html} />
    </div>
  );
}
