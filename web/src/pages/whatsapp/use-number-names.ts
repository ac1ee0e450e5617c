import { useNumbers } from "./use-numbers";

/**
 * The display name of the number a conversation came to: undefined while the numbers load, and
 * "Removed number" for one that is no longer connected.
 */
export function useNumberName(): (numberId: string) => string | undefined {
  const numbers = useNumbers();
  return (numberId) => {
    if (numbers.isPending) return undefined;
    const number = numbers.data?.items.find((item) => item.id === numberId);
    return number?.displayName ?? (numbers.isError ? "—" : "Removed number");
  };
}
