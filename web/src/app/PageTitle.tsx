import { useDocumentTitle } from "./use-document-title";

/** Sets the tab's title for the page shown (React puts `<title>` in the document's head). */
export function PageTitle({ title }: { title: string }) {
  return <title>{useDocumentTitle(title)}</title>;
}
