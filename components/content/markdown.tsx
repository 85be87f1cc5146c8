import ReactMarkdown from "react-markdown";

// Renders officer-written Markdown. Raw HTML in the text is dropped (skipHtml), so no user HTML
// ever reaches the page as HTML; links to javascript: are removed by react-markdown's default
// URL transform.
export function Markdown({ text }: { text: string }) {
  return (
    <div className="prose-gov">
      <ReactMarkdown skipHtml>{text}</ReactMarkdown>
    </div>
  );
}
