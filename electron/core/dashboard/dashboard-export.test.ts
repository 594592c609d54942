import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMimes } from '../../../shared/domain/export';
import { PROCUREMENT, openDashboardCore, type DashboardTestCore } from './dashboard.fixtures';

let core: DashboardTestCore;
beforeAll(async () => {
  core = await openDashboardCore();
});
afterAll(() => core.dispose());

async function open(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; the bytes are what it wrote.
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  return workbook;
}

const columnA = (sheet: ExcelJS.Worksheet | undefined): string[] =>
  sheet === undefined
    ? []
    : sheet
        .getColumn(1)
        .values.slice(1)
        .map((value) => (typeof value === 'string' ? value : ''));

describe('dashboard:export', () => {
  it('writes a workbook with a summary, the two series and a sheet per figure with its rows', async () => {
    const file = await core.value('dashboard:export', {});
    expect(file.name).toBe('合规看板-20261029-20261127.xlsx');
    expect(file.mime).toBe(exportMimes.xlsx);
    const workbook = await open(file.base64);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '概况',
      '每日核查量',
      '分事项核查量',
      '核查次数',
      '命中惩戒',
      '命中激励',
      '待反馈',
      '有审批无核查',
      '承诺核查即将到期',
      '承诺核查已逾期',
      '修复时限临近或超期',
      '反馈未报送',
    ]);
    for (const sheet of workbook.worksheets) {
      const caption = columnA(sheet).slice(0, 5);
      expect(caption[0]).toBe('统计期间：2026-10-29 至 2026-11-27');
      expect(caption[1]).toBe('事项：全部；主体所在区县：全部');
      expect(caption[2]).toMatch(/^数据截至：2026-11-27 08:00；导出时间：2026-11-27 10:00$/);
    }
    const summary = workbook.getWorksheet('概况');
    const counts = Object.fromEntries(
      (summary?.getSheetValues() ?? []).slice(7).map((row) => {
        const cells = row as unknown[];
        return [String(cells[1]), cells[2]];
      }),
    );
    expect(counts).toEqual({
      核查次数: 5,
      命中惩戒: 1,
      命中激励: 1,
      待反馈: 1,
      有审批无核查: 2,
      承诺核查即将到期: 1,
      承诺核查已逾期: 1,
      修复时限临近或超期: 2,
      反馈未报送: 1,
    });
    // Each figure's sheet holds its rows under the header (row 6), as many as the figure counts.
    const rowsOf = (name: string) => (workbook.getWorksheet(name)?.rowCount ?? 0) - 6;
    expect(rowsOf('核查次数')).toBe(5);
    expect(rowsOf('有审批无核查')).toBe(2);
    expect(rowsOf('修复时限临近或超期')).toBe(2);
    expect(rowsOf('每日核查量')).toBe(30);
    const openRow = workbook.getWorksheet('待反馈')?.getRow(7).values as unknown[];
    expect(openRow.slice(1, 8)).toEqual([
      '2026-11-20 10:00',
      'PDS-2026-debtor',
      PROCUREMENT,
      expect.any(String),
      '平顶山市鹰城建筑工程有限公司',
      expect.any(String),
      '适用失信惩戒措施',
    ]);
    // Summary 9, days 30, matters 2, then the figures' rows.
    expect(file.rows).toBe(9 + 30 + 2 + 5 + 1 + 1 + 1 + 2 + 1 + 1 + 2 + 1);
  });

  it('writes words in every column people read; ids only under a 系统编号 heading', async () => {
    const workbook = await open((await core.value('dashboard:export', {})).base64);
    // Codes and typed numbers are shown as they are: the columns that hold them are named here.
    const codes = ['办件编号', '事项编码', '代码（脱敏）', '承诺编码', '决定文书号', '许可内容', '主体名称'];
    let checked = 0;
    for (const sheet of workbook.worksheets.slice(3)) {
      const header = (sheet.getRow(6).values as unknown[]).map((value) =>
        typeof value === 'string' ? value : '',
      );
      header.forEach((title, column) => {
        if (title === '' || title.startsWith('系统编号') || codes.includes(title)) return;
        for (let row = 7; row <= sheet.rowCount; row += 1) {
          const value = sheet.getRow(row).getCell(column).value;
          if (typeof value !== 'string') continue;
          checked += 1;
          expect(value.replaceAll(/\b[A-Z]+(?:-[A-Z0-9]+)+\b/g, ''), `${sheet.name} ${title}`).not.toMatch(
            /[A-Za-z]/,
          );
        }
      });
      if (header.includes('系统编号（核查记录）'))
        expect(header.indexOf('系统编号（核查记录）')).toBe(header.length - 1);
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('captions the filters and keeps to them', async () => {
    const file = await core.value('dashboard:export', { matterCode: PROCUREMENT, districtCode: '410402' });
    const workbook = await open(file.base64);
    expect(columnA(workbook.getWorksheet('核查次数'))[1]).toMatch(
      new RegExp(`^事项：${PROCUREMENT} .+；主体所在区县：410402 新华区$`),
    );
    expect((workbook.getWorksheet('核查次数')?.rowCount ?? 0) - 6).toBe(1);
  });
});
