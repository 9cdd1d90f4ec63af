import type { ReactNode } from "react";
import type { Column } from "@/lib/insights/columns";
import { formatValue } from "@/lib/insights/format";

type Props<R> = {
  id: string;
  caption: ReactNode;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** Link to the same table as CSV. */
  csvHref: string;
  /** Extra attributes per row, e.g. data-ward-code for tests and the map. */
  rowData?: (row: R) => Record<`data-${string}`, string>;
  empty?: ReactNode;
};

const th = "border-b-2 border-ink px-2 py-2 text-left align-bottom font-bold print:px-1";
// Body cells are styled from the table (a few thousand cells: classes on each would double the page's weight).
const body =
  "[&_tbody>tr>*]:border-b [&_tbody>tr>*]:border-rule [&_tbody>tr>*]:px-2 [&_tbody>tr>*]:py-2 print:[&_tbody>tr>*]:px-1 " +
  "[&_tbody>tr>*]:text-left [&_tbody>tr>*]:align-top [&_tbody_th]:font-normal [&_.num]:text-right [&_.num]:whitespace-nowrap";
const numeric = (c: Column<unknown>) => c.kind !== "text" && c.kind !== "month";

/**
 * A table of figures with its CSV download. It scrolls sideways inside a focusable region on narrow screens
 * (so keyboard users can scroll it too) and prints in full. Columns that share a `group` get a spanning
 * header above them.
 */
export function DataTable<R>({ id, caption, columns, rows, rowKey, csvHref, rowData, empty }: Props<R>) {
  const shown = columns.filter((c) => !c.csvOnly) as Column<unknown>[];
  const grouped = shown.some((c) => c.group);
  const captionId = `${id}-caption`;
  if (rows.length === 0 && empty)
    return (
      <div className="mb-10" data-testid={`${id}-empty`}>
        {empty}
      </div>
    );
  return (
    <div className="mb-10">
      <div
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className="overflow-x-auto print:overflow-visible"
        data-testid={`${id}-table`}
      >
        <table id={`${id}-table`} className={`w-full text-small tabular-nums print:text-[8pt] ${body}`}>
          <caption id={captionId} className="mb-2 text-left text-body font-bold">
            {caption}
          </caption>
          <thead>
            {grouped ? <GroupRow columns={shown} /> : null}
            <tr>
              {shown.map((c, i) =>
                grouped && !c.group ? null : (
                  <th key={i} scope="col" className={`${th} ${numeric(c) ? "text-right" : ""} min-w-20 print:min-w-0`}>
                    {c.header}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} {...rowData?.(row)}>
                {shown.map((c, i) => {
                  const text = formatValue(c.kind, c.value(row));
                  const cell = text === "" ? <NoFigure /> : c.detail ? <WithDetail text={text} detail={c.detail(row)} /> : text;
                  const className = numeric(c) ? "num" : undefined;
                  return c.rowHeader ? (
                    <th key={i} scope="row" className={className}>
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className={className}>
                      {cell}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3" data-print="hide">
        <a href={csvHref} download>
          Download this table (CSV)<span className="sr-only">: {caption}</span>
        </a>
      </p>
    </div>
  );
}

function GroupRow({ columns }: { columns: readonly Column<unknown>[] }) {
  const cells: ReactNode[] = [];
  for (let i = 0; i < columns.length;) {
    const column = columns[i]!;
    if (!column.group) {
      cells.push(
        <th key={i} scope="col" rowSpan={2} className={`${th} ${numeric(column) ? "text-right" : ""}`}>
          {column.header}
        </th>,
      );
      i += 1;
      continue;
    }
    let span = 1;
    while (columns[i + span]?.group === column.group) span += 1;
    cells.push(
      <th key={i} scope="colgroup" colSpan={span} className="border-b border-rule px-2 pt-2 text-center font-bold">
        {column.group}
      </th>,
    );
    i += span;
  }
  return <tr>{cells}</tr>;
}

function WithDetail({ text, detail }: { text: string; detail: string }) {
  return (
    <>
      <span className="block">{text}</span>
      <span className="block text-muted">
        <span className="sr-only">, </span>
        {detail}
      </span>
    </>
  );
}

function NoFigure() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">no figure</span>
    </>
  );
}
