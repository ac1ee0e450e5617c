import { Spinner } from "./Spinner";

export function FullPageSpinner({ label = "Loading" }: { label?: string }) {
  return (
    <output className="flex min-h-full items-center justify-center py-24 text-emerald-600">
      <Spinner className="size-8" label={label} />
    </output>
  );
}
