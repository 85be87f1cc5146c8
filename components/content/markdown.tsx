import ReactMarkdown from "react-markdown";
import { SAFE_MARKDOWN_OPTIONS } from "@/lib/content/safe-markdown";

// Renders officer-written Markdown: raw HTML is shown as text, unsafe link targets removed
// (lib/content/safe-markdown.ts).
export function Markdown({ text }: { text: string }) {
  return (
    <div className="prose-gov">
      <ReactMarkdown {...SAFE_MARKDOWN_OPTIONS}>{text}</ReactMarkdown>
    </div>
  );
}
