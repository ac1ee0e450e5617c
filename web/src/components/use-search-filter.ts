import { useSearchParams } from "react-router";

/**
 * A list's filter kept in the URL (`?status=open`), so that reload, links and Back keep it; "all"
 * is no parameter at all.
 */
export function useSearchFilter<T extends string>(
  name: string,
  parse: (value: string | null) => T,
): [T, (next: T) => void] {
  const [params, setParams] = useSearchParams();
  const setFilter = (next: T) => {
    const search = new URLSearchParams(params);
    if (next === "all") search.delete(name);
    else search.set(name, next);
    setParams(search, { replace: true, preventScrollReset: true });
  };
  return [parse(params.get(name)), setFilter];
}
