export interface Column<Row> {
  header: string;
  value: (row: Row) => string;
  align?: 'left' | 'right';
  /** Flexible columns shrink (with an ellipsis) so the table fits the terminal; others never do. */
  flex?: boolean;
  /** Lower bound for a flexible column. */
  minWidth?: number;
  /** Upper bound whatever the terminal: long cells become snippets ending in an ellipsis. */
  maxWidth?: number;
}

// Code points, not UTF-16 units, so accented names and emoji do not misalign the columns.
const width = (text: string): number => [...text].length;

const truncate = (text: string, max: number): string => {
  const chars = [...text];
  if (chars.length <= max) return text;
  return max <= 1 ? chars.slice(0, max).join('') : `${chars.slice(0, max - 1).join('')}…`;
};

const pad = (text: string, size: number, align: 'left' | 'right'): string => {
  const gap = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? gap + text : text + gap;
};

/** Cells never contain line breaks or tabs: one row stays one line. */
const oneLine = (text: string): string => text.replace(/[\r\n\t]+/g, ' ');

/**
 * Plain-text table with a header and a rule. When `maxWidth` is given (the terminal's columns),
 * flexible columns give up space, widest first, until the table fits.
 */
export const renderTable = <Row>(columns: Column<Row>[], rows: Row[], maxWidth?: number): string => {
  const cells = rows.map((row) => columns.map((column) => oneLine(column.value(row))));
  const widths = columns.map((column, index) =>
    Math.min(
      column.maxWidth ?? Number.POSITIVE_INFINITY,
      Math.max(width(column.header), ...cells.map((line) => width(line[index] ?? ''))),
    ),
  );
  const separator = 2;
  if (maxWidth !== undefined) {
    let total = widths.reduce((sum, size) => sum + size, 0) + separator * (columns.length - 1);
    while (total > maxWidth) {
      let widest = -1;
      columns.forEach((column, index) => {
        const floor = Math.max(column.minWidth ?? 8, width(column.header));
        if (
          column.flex &&
          (widths[index] ?? 0) > floor &&
          (widest === -1 || (widths[index] ?? 0) > (widths[widest] ?? 0))
        ) {
          widest = index;
        }
      });
      if (widest === -1) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
      total -= 1;
    }
  }
  const line = (values: string[]): string =>
    values
      .map((value, index) =>
        pad(truncate(value, widths[index] ?? 0), widths[index] ?? 0, columns[index]?.align ?? 'left'),
      )
      .join(' '.repeat(separator))
      .trimEnd();
  return [
    line(columns.map((column) => column.header)),
    line(widths.map((size) => '-'.repeat(size))),
    ...cells.map(line),
  ].join('\n');
};

/** Terminal width when stdout is a terminal; undefined (no truncation) when piped to a file. */
export const terminalWidth = (): number | undefined =>
  process.stdout.isTTY ? Math.max(60, process.stdout.columns || 100) : undefined;
