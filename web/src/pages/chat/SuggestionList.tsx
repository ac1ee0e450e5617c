import { AtSign, MessageSquareText } from "lucide-react";
import { Link } from "react-router";
import { tenantPath } from "../../app/nav-items";
import { useCurrentTenant } from "../../app/tenant-context";
import { Avatar } from "../../components/Avatar";
import { OptionList } from "../../components/OptionList";
import { type Suggestion, type Suggestions, suggestionKey } from "./use-suggestions";

interface SuggestionListProps {
  id: string;
  suggestions: Suggestions;
}

const hintClass = "px-3 py-2 text-sm text-gray-600";

/** The composer's picker, above the text box: saved replies for `/`, members for `@`. */
export function SuggestionList({ id, suggestions }: SuggestionListProps) {
  const { tenant } = useCurrentTenant();
  const { trigger, items, nav, pick } = suggestions;
  if (!trigger) return null;
  const canned = trigger.kind === "canned";
  return (
    <div
      data-testid={canned ? "canned-picker" : "mention-picker"}
      className="absolute inset-x-3 bottom-full z-20 mb-1 overflow-hidden rounded-lg bg-white shadow-lg ring-1 ring-gray-200"
    >
      <p className="flex items-center gap-1.5 border-b border-gray-100 px-3 py-1.5 text-xs font-medium text-gray-500">
        {canned ? (
          <MessageSquareText className="size-3.5" aria-hidden />
        ) : (
          <AtSign className="size-3.5" aria-hidden />
        )}
        {canned ? "Saved replies" : "Mention a member"}
        <span className="ml-auto hidden font-normal sm:inline">
          ↑↓ to choose · Enter to insert · Esc
        </span>
      </p>
      {suggestions.loading ? (
        <p className={hintClass}>Loading…</p>
      ) : suggestions.failed ? (
        <p className={hintClass} role="alert">
          {canned ? "Could not load the saved replies." : "Could not load the members."}
        </p>
      ) : suggestions.libraryEmpty ? (
        <p className={hintClass} data-testid="canned-empty">
          No saved replies yet.{" "}
          <Link
            to={tenantPath(tenant.slug, "settings/canned-responses")}
            className="font-medium text-emerald-700 underline"
          >
            Add them in Inbox settings
          </Link>{" "}
          (owners and admins).
        </p>
      ) : items.length === 0 ? (
        <p className={hintClass}>
          {canned
            ? `No saved reply matches /${trigger.query}.`
            : `No member matches @${trigger.query}.`}
        </p>
      ) : (
        <OptionList
          id={id}
          label={canned ? "Saved replies" : "Members"}
          items={items}
          active={nav.active}
          onActive={nav.setActive}
          onPick={pick}
          itemKey={suggestionKey}
        >
          {(item) => <SuggestionLabel item={item} />}
        </OptionList>
      )}
    </div>
  );
}

function SuggestionLabel({ item }: { item: Suggestion }) {
  if (item.kind === "mention") {
    return (
      <>
        <Avatar name={item.member.name} colorKey={item.member.userId} />
        <span className="truncate">{item.member.name}</span>
      </>
    );
  }
  return (
    <span className="min-w-0">
      <span className="block font-mono text-xs font-semibold text-emerald-800">
        /{item.response.shortcut}
      </span>
      <span className="block truncate text-gray-600">{item.response.text}</span>
    </span>
  );
}
