// Rows that are imported but are no basis for 联合惩戒 (河南条例: a natural person's penalty under 简易程序),
// and rows the department should look at again because the law may take them out on a fact the file does not
// carry. Warnings, never bad rows: the record exists (it is the department's 双公示 data), marked so that the
// check, the commitment route, the credit report and repair all leave it out (recordBasis).
import { possiblyNotBasis, recordBasis } from '../../shared/records/basis';
import { PROCEDURE_LABELS, type RecordRules } from '../../shared/records/record-rules';
import type { ImportProblem } from './import-report';
import type { ValidRow } from './validate-row';

export function basisWarnings(row: ValidRow, rules: RecordRules): ImportProblem[] {
  const warnings: ImportProblem[] = [];
  const basis = recordBasis(rules, row, row.subjectKind);
  if (!basis.basis)
    warnings.push({
      line: row.line,
      field: '处罚程序',
      code: 'not-a-basis',
      message: `${basis.reason}本行已导入（处罚程序记为${
        row.procedure === null ? '未填' : PROCEDURE_LABELS[row.procedure]
      }），但不作为失信联合惩戒的依据：窗口核查、告知承诺、信用报告和信用修复均不使用该记录。`,
    });
  for (const rule of possiblyNotBasis(rules, row, row.subjectKind))
    if (basis.basis)
      warnings.push({
        line: row.line,
        code: 'check-not-a-basis',
        message: `请报送部门核实：如属${rule.label}，依${rule.basis}${rule.effect}；本系统无法从文件判断（缺少：${
          rule.needs ?? '相关事实'
        }），本行已按失信信息导入。`,
      });
  return warnings;
}
