import { useMutation } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { errorMessage } from "../../api/api-error";
import { call } from "../../api/client";
import { useCurrentTenant } from "../../app/tenant-context";
import { Button } from "../../components/Button";
import { toast } from "../../toast/toast-store";
import { toRequestFilter, useInboxFilter } from "./inbox-filter";

/** Saves the bytes as a file, as a link with `download` would. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Export CSV" (owners and admins): the conversations the list's filters select, as a file. */
export function ExportButton() {
  const { tenant, user, canManage } = useCurrentTenant();
  const { filter } = useInboxFilter();
  const exporting = useMutation({
    mutationFn: () =>
      call("conversations/export", {
        params: { tenant: tenant.slug },
        query: toRequestFilter(filter, user.id),
      }),
    onSuccess: (csv) => {
      const day = new Date().toISOString().slice(0, 10);
      download(csv, `conversations-${tenant.slug}-${day}.csv`);
      toast.success("Conversations exported: the CSV file is in your downloads");
    },
  });
  if (!canManage) return null;
  return (
    <div className="flex flex-col items-end">
      <Button
        variant="secondary"
        pending={exporting.isPending}
        onClick={() => exporting.mutate()}
        icon={<Download className="size-4" aria-hidden />}
        data-testid="export-csv"
      >
        Export CSV
      </Button>
      {exporting.isError && (
        <p role="alert" className="mt-1 max-w-64 text-right text-xs text-red-700">
          {`Could not export: ${errorMessage(exporting.error)}`}
        </p>
      )}
    </div>
  );
}
