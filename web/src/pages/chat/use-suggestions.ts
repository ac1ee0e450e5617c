import { type CannedResponse, fillCannedText, type Teammate } from "@helios/contracts";
import { useState } from "react";
import { useCannedResponses } from "../../canned-responses/use-canned-responses";
import { useListNavigation } from "../../components/use-list-navigation";
import { useTeam } from "../../team/use-team";
import { type Trigger, triggerAt } from "./composer-trigger";

export type Suggestion =
  | { kind: "canned"; response: CannedResponse }
  | { kind: "mention"; member: Teammate };

export const suggestionKey = (item: Suggestion) =>
  item.kind === "canned" ? `canned:${item.response.id}` : `mention:${item.member.userId}`;

/** Shortcuts that start with what was typed first, then those that only contain it. */
function cannedMatches(items: readonly CannedResponse[], query: string): Suggestion[] {
  const starts = items.filter((item) => item.shortcut.startsWith(query));
  const contains = items.filter(
    (item) => !item.shortcut.startsWith(query) && item.shortcut.includes(query),
  );
  return [...starts, ...contains].map((response) => ({ kind: "canned", response }));
}

/** Members whose name, or a word of it, starts with what was typed after `@`. */
function memberMatches(items: readonly Teammate[], query: string): Suggestion[] {
  const typed = query.toLowerCase();
  return items
    .filter((member) => {
      const name = member.name.toLowerCase();
      return name.startsWith(typed) || name.split(/\s+/).some((word) => word.startsWith(typed));
    })
    .map((member) => ({ kind: "mention", member }));
}

interface SuggestionsInput {
  text: string;
  caret: number;
  /** `@` mentions complete only in a note. */
  mentions: boolean;
  customer: { name: string };
  /** Puts `insert` in place of the trigger. */
  onInsert: (trigger: Trigger, insert: string) => void;
}

/**
 * The composer's pickers: `/shortcut` offers the saved replies (inserted with the customer's name
 * filled in), `@name` in a note offers the members. Esc dismisses the one at hand until the caret
 * leaves it.
 */
export function useSuggestions({ text, caret, mentions, customer, onInsert }: SuggestionsInput) {
  const found = triggerAt(text, caret, mentions);
  const [dismissed, setDismissed] = useState<number | null>(null);
  // Once the caret left the dismissed trigger, a new one at the same place opens again.
  if (dismissed !== null && found?.start !== dismissed) setDismissed(null);
  const trigger = found && found.start !== dismissed ? found : null;
  const canned = useCannedResponses();
  const team = useTeam();
  const source = trigger?.kind === "canned" ? canned : team;

  const items: Suggestion[] = !trigger
    ? []
    : trigger.kind === "canned"
      ? cannedMatches(canned.data?.items ?? [], trigger.query)
      : memberMatches(team.data?.items ?? [], trigger.query);

  const pick = (item: Suggestion) => {
    if (!trigger) return;
    onInsert(
      trigger,
      item.kind === "canned"
        ? fillCannedText(item.response.text, customer)
        : `@${item.member.name} `,
    );
  };
  // A mention typed on past every name ("@Ana and…") is just text: no picker for it.
  const stale = trigger?.kind === "mention" && items.length === 0 && /\s/.test(trigger.query);
  const nav = useListNavigation({
    items,
    onPick: pick,
    onClose: () => setDismissed(trigger?.start ?? null),
    tabPicks: true,
  });

  return {
    trigger: stale ? null : trigger,
    items,
    pick,
    nav,
    loading: source.isPending,
    failed: source.isError,
    /** The workspace has no saved replies at all (not: none matches). */
    libraryEmpty: trigger?.kind === "canned" && canned.data?.items.length === 0,
    /** Restarts at the first choice as the query changes. */
    reset: () => nav.setActive(0),
  };
}

export type Suggestions = ReturnType<typeof useSuggestions>;
