import type { Paginated } from "../../common/api.js";
import { useI18n } from "../i18n/index.js";
import "./Pagination.css";

/** The page asked for in the query string (`?page=3`); the first when absent or not a number. */
export function pageFromQuery(query: Record<string, string | undefined>): number {
  return Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1);
}

type Props = {
  /** The page of a list as the server answered it. */
  list: Paginated<unknown>;
  /** The address of another page (the filters stay in the query string). */
  hrefFor: (page: number) => string;
};

/** Previous / next links and where we are; nothing when everything fits on one page. */
export function Pagination({ list: { page, pageSize, total }, hrefFor }: Props) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <a class="button-quiet" href={hrefFor(page - 1)} rel="prev">
          {t("pagination.previous")}
        </a>
      ) : (
        <span class="button-quiet" aria-disabled="true">
          {t("pagination.previous")}
        </span>
      )}
      <span class="pagination-status">{t("pagination.status", { page, pages })}</span>
      {page < pages ? (
        <a class="button-quiet" href={hrefFor(page + 1)} rel="next">
          {t("pagination.next")}
        </a>
      ) : (
        <span class="button-quiet" aria-disabled="true">
          {t("pagination.next")}
        </span>
      )}
    </nav>
  );
}
