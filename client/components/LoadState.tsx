import type { ComponentChildren } from "preact";
import { useI18n } from "../i18n/index.js";
import { errorMessage } from "../lib/form-errors.js";
import type { Resource } from "./useResource.js";

/** Shows a resource's data, or what stands in its place: a loading line, or the failure and a retry. */
export function LoadState<T>({
  resource,
  children,
}: {
  resource: Resource<T>;
  children: (data: T) => ComponentChildren;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (resource.status === "failed") {
    return (
      <div class="notice notice-error" role="alert">
        <p>{errorMessage(resource.error, i18n)}</p>
        <button type="button" class="button-quiet" onClick={resource.reload}>
          {t("state.retry")}
        </button>
      </div>
    );
  }
  if (resource.data === undefined) {
    return (
      <p class="muted" role="status">
        {t("state.loading")}
      </p>
    );
  }
  return <>{children(resource.data)}</>;
}
