import type { ReactNode } from "react";
import { Button } from "../../../components/Button";

interface EditFormProps {
  onSave: () => void;
  onCancel: () => void;
  pending: boolean;
  error: string | null;
  children: ReactNode;
}

/** A panel's value being edited in place: Enter (or Save) saves, Esc (or Cancel) leaves it as it was. */
export function EditForm({ onSave, onCancel, pending, error, children }: EditFormProps) {
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      {children}
      {error && (
        <p className="text-xs text-red-600" role="alert">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" className="px-2.5 py-1" pending={pending}>
          Save
        </Button>
        <Button variant="ghost" className="px-2.5 py-1" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
