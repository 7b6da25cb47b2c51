import { describe, expect, it } from 'vitest';
import { type Column, renderTable } from '../../../bin/commands/support/table';

interface Row {
  name: string;
  count: number;
  note: string;
}
const columns: Column<Row>[] = [
  { header: 'NAME', value: (row) => row.name },
  { header: 'COUNT', value: (row) => String(row.count), align: 'right' },
  { header: 'NOTE', value: (row) => row.note, flex: true, minWidth: 10 },
];
const rows: Row[] = [
  { name: 'Erdoğan', count: 3, note: 'a long sentence that will not fit into a narrow terminal at all' },
  { name: 'UN', count: 12, note: 'short\nwith a break' },
];

describe('renderTable', () => {
  it('aligns columns by code points and keeps each row on one line', () => {
    const lines = renderTable(columns, rows).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^NAME\s+COUNT\s+NOTE$/);
    // Right-aligned: both counts end where the COUNT header ends, whatever the width of the names.
    const end = (lines[0] ?? '').indexOf('COUNT') + 'COUNT'.length;
    expect(lines[2]?.slice(end - 2, end)).toBe(' 3');
    expect(lines[3]?.slice(end - 2, end)).toBe('12');
    expect(lines[3]).toContain('short with a break');
  });

  it('shrinks flexible columns with an ellipsis to fit the width, and only those', () => {
    const lines = renderTable(columns, rows, 40).split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(40);
    expect(lines[2]).toMatch(/…$/);
    expect(lines[2]).toContain('Erdoğan');
  });

  it('caps a column at its maxWidth whatever the terminal', () => {
    const capped = renderTable([{ header: 'NOTE', value: (row: Row) => row.note, maxWidth: 12 }], rows);
    expect(capped.split('\n')[2]).toBe('a long sent…');
  });
});
