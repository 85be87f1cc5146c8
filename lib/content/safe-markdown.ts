// How officer-written Markdown becomes HTML safely. Raw HTML in the text is never rendered as
// HTML: each raw HTML node is turned into plain text, so a "<script>" typed into the body is
// shown as the characters "<script>" (nothing silently disappears from an official text).
// Link and image URLs pass react-markdown's defaultUrlTransform, which keeps only http(s),
// mailto, tel and relative URLs (javascript: and data: become empty).
import { defaultUrlTransform, type Options } from "react-markdown";

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/** remark plugin: raw HTML nodes become text nodes. */
export function remarkHtmlAsText() {
  return (tree: Node) => {
    const walk = (node: Node) => {
      if (node.type === "html") node.type = "text";
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}

export const SAFE_MARKDOWN_OPTIONS: Pick<Options, "remarkPlugins" | "urlTransform" | "skipHtml"> = {
  remarkPlugins: [remarkHtmlAsText],
  // Belt and braces: were any raw HTML node left, it would be dropped, not rendered.
  skipHtml: true,
  urlTransform: (url) => {
    const safe = defaultUrlTransform(url);
    return safe && !/^\s*(javascript|vbscript|data):/i.test(safe) ? safe : "";
  },
};
