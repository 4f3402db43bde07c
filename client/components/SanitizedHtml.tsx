import "./SanitizedHtml.css";
/**
 * The one place the client inserts HTML: text people wrote in Markdown, rendered by the server with
 * raw HTML disabled and cleaned with an allowlist (the API's `…Html` fields). Never pass anything else.
 */
export function SanitizedHtml({ html }: { html: string }) {
  return <div class="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
