import type { Request } from "express";
import type { Paginated } from "../../common/api.js";
import { isUuid } from "../../common/ids.js";
import { AppError } from "./errors.js";

export { isUuid, UUID } from "../../common/ids.js";

/** An id from the path: anything that is not a UUID names nothing (NOT_FOUND). */
export function idParam(value: string | undefined): string {
  if (!value || !isUuid(value)) throw new AppError("NOT_FOUND");
  return value;
}

/** A path parameter (Express 5 types them loosely). */
export function param(req: Request, name: string): string {
  const value = (req.params as Record<string, string | undefined>)[name];
  if (!value) throw new AppError("NOT_FOUND");
  return value;
}

/** A page of a list, as the list queries ask for it. */
export type PageQuery = { page: number; pageSize: number };

/**
 * Reads one page of a list and its total count together: `read` gets the window (`skip`, `take`),
 * `count` the number of rows the filter matches.
 */
export async function paginate<Row, Item>(
  query: PageQuery,
  read: (window: { skip: number; take: number }) => Promise<Row[]>,
  count: () => Promise<number>,
  present: (row: Row) => Item,
): Promise<Paginated<Item>> {
  const [rows, total] = await Promise.all([
    read({ skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    count(),
  ]);
  return { items: rows.map(present), page: query.page, pageSize: query.pageSize, total };
}
