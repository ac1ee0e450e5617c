import { isNegativeText } from "../insight/analyzer";

/** Lower case, accents stripped, so "HUMANO", "humano" and "Humanó" read alike. */
export const foldText = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The first escalation keyword the text contains as a whole word or phrase, if any. */
export function matchedKeyword(text: string, keywords: readonly string[]): string | undefined {
  const folded = foldText(text);
  return keywords.find((keyword) => {
    const wanted = foldText(keyword).trim();
    if (wanted === "") return false;
    const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(folded);
  });
}

/** How many clearly negative customer messages in a row hand the conversation to a person. */
export const NEGATIVE_STREAK = 2;

/** The customer's latest messages are all clearly negative (AFINN lexicon), NEGATIVE_STREAK in a row. */
export function repeatedlyNegative(customerTexts: readonly string[]): boolean {
  const latest = customerTexts.filter((text) => text.trim() !== "").slice(-NEGATIVE_STREAK);
  return latest.length === NEGATIVE_STREAK && latest.every(isNegativeText);
}
