import type { ComponentChildren } from "preact";
import "./DataTable.css";

type Props<T> = {
  /** Names the table's region for screen readers (usually the heading above it). */
  label: string;
  /** Column headings; a `false` one is left out (a column only some people see). */
  columns: (string | false)[];
  rows: readonly T[];
  /** Shown instead of the table when there are no rows. */
  empty?: ComponentChildren;
  /** One row: a `<tr>` with its key, its first cell a `<th scope="row">`. */
  children: (row: T) => ComponentChildren;
};

/** A table that scrolls sideways on a narrow phone; the region can be scrolled with the keyboard. */
export function DataTable<T>({ label, columns, rows, empty, children }: Props<T>) {
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section class="table-wrap" aria-label={label} tabIndex={0}>
      <table>
        <thead>
          <tr>
            {columns.map(
              (column) =>
                column !== false && (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ),
            )}
          </tr>
        </thead>
        <tbody>{rows.map((row) => children(row))}</tbody>
      </table>
    </section>
  );
}
