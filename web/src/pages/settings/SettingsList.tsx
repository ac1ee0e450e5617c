import clsx from "clsx";
import type { ReactNode } from "react";
import { useCurrentTenant } from "../../app/tenant-context";
import { EditDeleteButtons } from "../../components/ItemCard";

interface SettingsListProps<T extends { id: string }> {
  /** Names the test ids: `label-list`, `label-row`, and the row's `data-label-id`. */
  kind: string;
  items: readonly T[];
  /** What a row shows; its element with id `titleId` names the row's buttons. */
  render: (item: T, titleId: string) => ReactNode;
  /** `start` for rows whose content runs over several lines. */
  align?: "center" | "start";
  onEdit: (item: T) => void;
  onDelete: (item: T) => void;
}

/** A settings page's items, one row each, with Edit and Delete for owners and admins. */
export function SettingsList<T extends { id: string }>({
  kind,
  items,
  render,
  align = "center",
  onEdit,
  onDelete,
}: SettingsListProps<T>) {
  const { canManage } = useCurrentTenant();
  return (
    <ul
      className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white shadow-sm"
      data-testid={`${kind}-list`}
    >
      {items.map((item) => {
        const titleId = `${kind}-${item.id}`;
        return (
          <li
            key={item.id}
            data-testid={`${kind}-row`}
            {...{ [`data-${kind}-id`]: item.id }}
            className={clsx(
              "flex flex-col gap-3 px-4 py-3 sm:flex-row sm:justify-between",
              align === "center" ? "sm:items-center" : "sm:items-start",
            )}
          >
            <div className="min-w-0">{render(item, titleId)}</div>
            {canManage && (
              <span className="flex shrink-0 gap-2">
                <EditDeleteButtons
                  titleId={titleId}
                  className="px-2.5 py-1.5"
                  onEdit={() => onEdit(item)}
                  onDelete={() => onDelete(item)}
                />
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
