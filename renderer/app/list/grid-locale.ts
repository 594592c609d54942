import type { GridLocaleText } from '@mui/x-data-grid';
import { zhCN } from '@mui/x-data-grid/locales';

const count = (value: number): string => value.toLocaleString('zh-CN');

/**
 * The grid's words: its own Chinese (zhCN), with the texts it leaves in English or says awkwardly put in plain
 * Chinese. Only what the lists can show matters (column menu, columns panel, pager, overlays), but every text of
 * the free grid is Chinese here.
 */
export const gridLocaleText: Partial<GridLocaleText> = {
  ...zhCN.components.MuiDataGrid.defaultProps.localeText,
  noRowsLabel: '暂无记录',
  noResultsOverlayLabel: '没有符合条件的记录',
  toolbarExportCSV: '导出为逗号分隔文件',
  toolbarExportExcel: '导出为电子表格',
  toolbarDensityStandard: '标准',
  toolbarDensityComfortable: '宽松',
  filterPanelLogicOperator: '条件关系',
  filterPanelOperator: '条件',
  filterOperatorAfter: '晚于',
  filterOperatorOnOrAfter: '不早于',
  filterOperatorBefore: '早于',
  filterOperatorOnOrBefore: '不晚于',
  filterValueTrue: '是',
  filterValueFalse: '否',
  booleanCellTrueLabel: '是',
  booleanCellFalseLabel: '否',
  columnMenuLabel: '列菜单',
  columnMenuAriaLabel: (columnName) => `${columnName}列菜单`,
  columnMenuShowColumns: '显示列',
  columnMenuHideColumn: '隐藏此列',
  columnMenuManageColumns: '选择显示的列',
  columnMenuUnsort: '取消排序',
  columnMenuSortAsc: '升序排列',
  columnMenuSortDesc: '降序排列',
  columnsManagementShowHideAllText: '全部显示',
  columnsManagementReset: '恢复默认',
  columnsManagementSearchTitle: '查找列',
  checkboxSelectionHeaderName: '选择',
  footerRowSelected: (selected) => `已选 ${count(selected)} 行`,
  footerTotalRows: '共计：',
  footerTotalVisibleRows: (visible, total) => `${count(visible)} / ${count(total)}`,
  paginationRowsPerPage: '每页条数：',
  paginationDisplayedRows: ({ from, to, count: total }) =>
    total === 0
      ? '共 0 条'
      : total === -1
        ? `第 ${count(from)}–${count(to)} 条`
        : `第 ${count(from)}–${count(to)} 条，共 ${count(total)} 条`,
  paginationItemAriaLabel: (type) =>
    ({ first: '第一页', last: '最后一页', next: '下一页', previous: '上一页' })[type],
};
