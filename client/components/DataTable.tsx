import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import "./DataTable.css";

type Props<T> = {
  /** Names the table's region for screen readers (usually the heading above it). */
  label: string;
  /** Column headings; a `false` one is left out (a column only some people see). */
  columns: (string | false)[];
  rows: readonly T[];
  /** Shown instead of the table when there are no rows. */
  empty?: ComponentChildren;
  /** One row: a `<tr>` with its key, its first cell a `<th scope="row">`, one cell per shown column. */
  children: (row: T) => ComponentChildren;
};

/**
 * Gives each cell of the body its column's heading (`data-label`, shown beside the value when the row is
 * a card) and explicit roles, which keep the table's meaning for screen readers once the rows are laid
 * out as cards. Done on the rendered rows, so that a row drawn by its own component is labelled too.
 */
function labelCells(body: HTMLTableSectionElement, headings: readonly string[]) {
  for (const row of body.rows) {
    if (row.getAttribute("role") !== "row") row.setAttribute("role", "row");
    [...row.cells].forEach((cell, index) => {
      const label = headings[index] ?? "";
      if (cell.dataset.label !== label) cell.dataset.label = label;
      const role = cell.tagName === "TH" && cell.getAttribute("scope") === "row" ? "rowheader" : "cell";
      if (cell.getAttribute("role") !== role) cell.setAttribute("role", role);
    });
  }
}

/**
 * A table on a wide screen; below about 40rem of room each row becomes a card whose cells are stacked
 * with their column's heading, so that every field and every action stays in view on a phone.
 */
export function DataTable<T>({ label, columns, rows, empty, children }: Props<T>) {
  const headings = columns.filter((column): column is string => column !== false);
  const body = useRef<HTMLTableSectionElement>(null);
  const key = headings.join("\n");

  // Label the rows once drawn, and again whenever a row or a cell is added or replaced.
  useLayoutEffect(() => {
    const tbody = body.current;
    if (!tbody) return;
    const names = key.split("\n");
    labelCells(tbody, names);
    const observer = new MutationObserver(() => labelCells(tbody, names));
    observer.observe(tbody, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [key, rows]);

  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section class="table-wrap" aria-label={label} tabIndex={0}>
      {/* biome-ignore lint/a11y/noRedundantRoles: the roles stay when the rows are shown as cards. */}
      <table role="table">
        {/* biome-ignore lint/a11y/noRedundantRoles: as above. */}
        <thead role="rowgroup">
          {/* biome-ignore lint/a11y/noRedundantRoles: as above. */}
          <tr role="row">
            {headings.map((column) => (
              // biome-ignore lint/a11y/noRedundantRoles: as above.
              <th key={column} scope="col" role="columnheader">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        {/* biome-ignore lint/a11y/noRedundantRoles: as above. */}
        <tbody role="rowgroup" ref={body}>
          {rows.map((row) => children(row))}
        </tbody>
      </table>
    </section>
  );
}
