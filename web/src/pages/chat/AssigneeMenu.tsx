import type { Assignee, Conversation } from "@helios/contracts";
import { ChevronDown, UserMinus, UserRound, UserRoundCheck } from "lucide-react";
import { type KeyboardEvent, useId, useState } from "react";
import { errorMessage } from "../../api/api-error";
import { useCurrentTenant } from "../../app/tenant-context";
import { Avatar } from "../../components/Avatar";
import { fieldClass } from "../../components/Field";
import { OptionList, optionId } from "../../components/OptionList";
import { Popover } from "../../components/Popover";
import { useListNavigation } from "../../components/use-list-navigation";
import { customerName } from "../../conversations/format-address";
import { useTeam } from "../../team/use-team";
import { toast } from "../../toast/toast-store";
import { usePatchConversation } from "../inbox/use-patch-conversation";

/** Past this many members the menu gets a search field. */
const searchableFrom = 7;

type Choice =
  | { kind: "me"; assignee: Assignee }
  | { kind: "member"; assignee: Assignee; you: boolean }
  | { kind: "none" };

const choiceKey = (choice: Choice) =>
  choice.kind === "none" ? "none" : `${choice.kind}:${choice.assignee.userId}`;

/** The header's assignee (avatar and name, or "Unassigned") and the menu to change it. */
export function AssigneeMenu({ conversation }: { conversation: Conversation }) {
  const { assignee } = conversation;
  return (
    <Popover
      testId="assignee-menu"
      triggerClassName="inline-flex max-w-56 items-center gap-1.5 rounded-md bg-white px-2.5 py-1.5 text-sm font-medium text-gray-800 shadow-sm ring-1 ring-gray-300 ring-inset hover:bg-gray-50"
      trigger={
        <>
          {assignee ? (
            <Avatar name={assignee.name} colorKey={assignee.userId} />
          ) : (
            <UserRound className="size-4 text-gray-500" aria-hidden />
          )}
          <span className="sr-only">Assignee: </span>
          <span className="truncate" data-testid="assignee-name">
            {assignee?.name ?? "Unassigned"}
          </span>
          <ChevronDown className="size-4 shrink-0 text-gray-500" aria-hidden />
        </>
      }
    >
      {(close) => <AssigneePicker conversation={conversation} onClose={close} />}
    </Popover>
  );
}

function AssigneePicker({
  conversation,
  onClose,
}: {
  conversation: Conversation;
  onClose: () => void;
}) {
  const { user } = useCurrentTenant();
  const team = useTeam();
  const patch = usePatchConversation((error) =>
    toast.error(`Could not assign: ${errorMessage(error)}`),
  );
  const [query, setQuery] = useState("");
  const listId = useId();
  const current = conversation.assignee?.userId ?? null;
  const members = team.data?.items ?? [];
  const searchable = members.length >= searchableFrom;
  const words = query.trim().toLowerCase();

  const choices: Choice[] = [
    ...(current !== user.id
      ? [{ kind: "me" as const, assignee: { userId: user.id, name: user.name } }]
      : []),
    ...members
      .filter((member) => !words || member.name.toLowerCase().includes(words))
      .map((member) => ({
        kind: "member" as const,
        assignee: { userId: member.userId, name: member.name },
        you: member.userId === user.id,
      })),
    ...(current !== null ? [{ kind: "none" as const }] : []),
  ];

  const pick = (choice: Choice) => {
    onClose();
    const assignee = choice.kind === "none" ? null : choice.assignee;
    if ((assignee?.userId ?? null) === current) return;
    const customer = customerName(conversation.customer);
    patch.mutate({
      conversation,
      body: { assigneeUserId: assignee?.userId ?? null },
      expected: { ...conversation, assignee },
      done: !assignee
        ? `${customer} is unassigned`
        : assignee.userId === user.id
          ? `${customer} is assigned to you`
          : `${customer} is assigned to ${assignee.name}`,
    });
  };
  const nav = useListNavigation({ items: choices, onPick: pick, onClose });
  const onKeyDown = (event: KeyboardEvent) => void nav.onKeyDown(event);

  return (
    <>
      {searchable && (
        <div className="border-b border-gray-100 p-1.5">
          <input
            // biome-ignore lint/a11y/noAutofocus: the menu opened to choose from it
            autoFocus
            role="combobox"
            aria-controls={listId}
            aria-expanded
            aria-activedescendant={nav.active >= 0 ? optionId(listId, nav.active) : undefined}
            onKeyDown={onKeyDown}
            aria-label="Find a member"
            placeholder="Find a member…"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              nav.setActive(0);
            }}
            className={`${fieldClass} ring-gray-300 focus:ring-emerald-600`}
          />
        </div>
      )}
      {team.isPending && <p className="px-3 py-2 text-sm text-gray-500">Loading members…</p>}
      {team.isError && (
        <p className="px-3 py-2 text-sm text-red-700" role="alert">
          Could not load the members: {errorMessage(team.error)}
        </p>
      )}
      {words && choices.every((choice) => choice.kind !== "member") && (
        <p className="px-3 py-2 text-sm text-gray-500">No member matches “{query.trim()}”.</p>
      )}
      <OptionList
        id={listId}
        label="Assign to"
        items={choices}
        active={nav.active}
        onActive={nav.setActive}
        onPick={pick}
        itemKey={choiceKey}
        // Without a search field the list itself holds focus and takes the keys.
        {...(searchable ? {} : { onKeyDown })}
      >
        {(choice) => <ChoiceLabel choice={choice} current={current} />}
      </OptionList>
    </>
  );
}

function ChoiceLabel({ choice, current }: { choice: Choice; current: string | null }) {
  if (choice.kind === "me") {
    return (
      <>
        <UserRoundCheck className="size-4 text-emerald-700" aria-hidden />
        <span className="font-medium">Assign to me</span>
      </>
    );
  }
  if (choice.kind === "none") {
    return (
      <>
        <UserMinus className="size-4 text-gray-500" aria-hidden />
        Unassign
      </>
    );
  }
  const { assignee, you } = choice;
  return (
    <>
      <Avatar name={assignee.name} colorKey={assignee.userId} />
      <span className="min-w-0 flex-1 truncate">
        {assignee.name}
        {you && <span className="text-gray-500"> (you)</span>}
      </span>
      {assignee.userId === current && <span className="text-xs text-emerald-700">Assigned</span>}
    </>
  );
}
