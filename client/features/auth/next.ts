import { useLocation } from "preact-iso";
import { safeNext } from "../associations/names.js";

/** Where the visitor was going (an invitation, the application form) before logging in or registering. */
export function useNext() {
  const { route, query } = useLocation();
  const next = safeNext(query.next);
  return {
    next,
    /** Goes on there. */
    proceed: () => route(next),
    /** `path`, still carrying where the visitor was going. */
    withNext: (path: string) => (next === "/" ? path : `${path}?next=${encodeURIComponent(next)}`),
  };
}
