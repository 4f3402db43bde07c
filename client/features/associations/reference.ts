import { useEffect, useState } from "preact/hooks";
import type { FieldOfAction } from "../../../common/reference.js";
import { fetchFields } from "./api.js";

// Fields of action change rarely: read once per visit, shared by every screen that lists them.
let cached: Promise<FieldOfAction[]> | null = null;

/** The active fields of action (empty until they arrive; read again after a failure). */
export function useFields(): FieldOfAction[] {
  const [fields, setFields] = useState<FieldOfAction[]>([]);
  useEffect(() => {
    let live = true;
    cached ??= fetchFields().catch((error: unknown) => {
      cached = null;
      throw error;
    });
    cached.then(
      (list) => live && setFields(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return fields;
}

/** Forgets the cached list (after an admin changed it). */
export function forgetFields(): void {
  cached = null;
}
