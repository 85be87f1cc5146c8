// The body of a document as a readable page (fits a phone): the sanitised rich text read into
// blocks and rendered by React, never as HTML.
import { parseRichText, type RichBlock, type TextRun } from "@/lib/documents/rich-text";

function Run({ run }: { run: TextRun }) {
  let node: React.ReactNode = run.text;
  if (run.underline) node = <u>{node}</u>;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong>{node}</strong>;
  return <>{node}</>;
}

function Block({ block }: { block: RichBlock }) {
  const runs = block.runs.map((r, i) => <Run key={i} run={r} />);
  switch (block.type) {
    case "h1":
      return <h3 className="mt-4 text-lg font-bold">{runs}</h3>;
    case "h2":
      return <h4 className="mt-3 font-bold">{runs}</h4>;
    case "h3":
    case "h4":
      return <h5 className="mt-2 font-semibold">{runs}</h5>;
    default:
      return <p className="my-2 indent-8 leading-8">{runs}</p>;
  }
}

export function DocumentBody({ html }: { html: string }) {
  const blocks = parseRichText(html);
  if (blocks.length === 0) return <p className="text-slate-600">（正文尚未填写）</p>;
  const out: React.ReactNode[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === "li") {
      const items: RichBlock[] = [];
      while (i < blocks.length && blocks[i].type === "li" && blocks[i].list === b.list) items.push(blocks[i++]);
      i--;
      const List = b.list === "ol" ? "ol" : "ul";
      out.push(
        <List key={i} className={`my-2 pl-8 ${List === "ol" ? "list-decimal" : "list-disc"}`}>
          {items.map((it, j) => (
            <li key={j} className="leading-8">
              {it.runs.map((r, k) => (
                <Run key={k} run={r} />
              ))}
            </li>
          ))}
        </List>,
      );
    } else out.push(<Block key={i} block={b} />);
  }
  return <div className="break-words text-base">{out}</div>;
}
