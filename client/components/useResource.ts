import { useCallback, useEffect, useRef, useState } from "preact/hooks";

/** Data read from the API: `loading` (keeping the previous data while it reloads), `ready` or `failed`. */
export type Resource<T> = {
  status: "loading" | "ready" | "failed";
  data: T | undefined;
  error: unknown;
  /** Reads again (after a change elsewhere, or a retry). */
  reload: () => void;
  /** Replaces the data with a fresher answer the page already has (a write's response). */
  set: (data: T) => void;
};

/** Loads `load()` now and whenever `deps` change; a slow answer never overwrites a newer one. */
export function useResource<T>(load: () => Promise<T>, deps: unknown[]): Resource<T> {
  const [state, setState] = useState<{ status: Resource<T>["status"]; data: T | undefined; error: unknown }>({
    status: "loading",
    data: undefined,
    error: null,
  });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  // The caller's deps say when to read again.
  useEffect(() => {
    const ticket = ++latest.current;
    setState((current) => ({ ...current, status: "loading", error: null }));
    loader.current().then(
      (data) => {
        if (ticket === latest.current) setState({ status: "ready", data, error: null });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState((current) => ({ ...current, status: "failed", error }));
      },
    );
  }, [...deps, round]);

  const reload = useCallback(() => setRound((value) => value + 1), []);
  const set = useCallback((data: T) => {
    latest.current += 1;
    setState({ status: "ready", data, error: null });
  }, []);

  return { ...state, reload, set };
}
