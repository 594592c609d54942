import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportTable, toCsv, type ExportTable } from './table-export';

type Row = { name: string; count: number; note: string | null };
const table: ExportTable<Row> = {
  baseName: '测试导出',
  sheetName: '核查',
  caption: ['合规看板', '数据截至 2026-12-02 09:00'],
  columns: [
    { title: '名称', value: (row) => row.name },
    { title: '次数', value: (row) => row.count },
    { title: '备注', value: (row) => row.note },
  ],
  rows: [
    { name: '平顶山市某某有限公司', count: 3, note: '含,逗号与"引号"' },
    { name: '=HYPERLINK("http://x")', count: 0, note: null },
  ],
};

describe('table export', () => {
  it('writes CSV with a BOM, CRLF, quoting and no formulas', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFF名称,次数,备注\r\n')).toBe(true);
    expect(csv).toContain('平顶山市某某有限公司,3,"含,逗号与""引号"""\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",0,\r\n`);
  });

  it('writes an xlsx Excel reads back: caption, header, values, numbers as numbers', async () => {
    const file = await exportTable(table, 'xlsx');
    expect(file.name).toBe('测试导出.xlsx');
    expect(file.rows).toBe(2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('核查');
    expect(sheet?.getRow(1).getCell(1).value).toBe('合规看板');
    expect(sheet?.getRow(3).values).toEqual([undefined, '名称', '次数', '备注']);
    expect(sheet?.getRow(4).getCell(2).value).toBe(3);
    expect(sheet?.getRow(5).getCell(1).value).toBe(`'=HYPERLINK("http://x")`);
  });

  it('names the CSV file and counts its rows', async () => {
    const file = await exportTable(table, 'csv');
    expect(file).toMatchObject({ name: '测试导出.csv', mime: 'text/csv;charset=utf-8', rows: 2 });
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toBe(toCsv(table));
  });
});
