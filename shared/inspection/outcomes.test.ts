import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InspectionOutcomes } from './outcomes';

const bundled = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'resources', 'rules', 'inspection-outcomes.json'), 'utf8'),
) as unknown;

describe('inspection-outcomes.json', () => {
  it('parses, says it is unconfirmed local practice with its basis, and holds the outcomes the issue names', () => {
    const table = InspectionOutcomes.parse(bundled);
    expect(table.confirmed).toBe(false);
    expect(table.basis).toContain('平信用〔2021〕1号第8项');
    const byLabel = new Map(table.outcomes.map((outcome) => [outcome.label, outcome.problemFound]));
    expect(byLabel.get('未发现问题')).toBe(false);
    expect(byLabel.get('发现问题已责令整改')).toBe(true);
    expect(byLabel.get('发现问题已立案查处')).toBe(true);
    expect(byLabel.get('已注销')).toBe(false);
    expect([...byLabel.keys()].some((label) => label.startsWith('未找到该主体'))).toBe(true);
  });

  it('refuses a table with a repeated code, a bad code, or no outcome without a problem', () => {
    const base = InspectionOutcomes.parse(bundled);
    const first = base.outcomes[0];
    expect(InspectionOutcomes.safeParse({ ...base, outcomes: [...base.outcomes, first] }).success).toBe(
      false,
    );
    expect(
      InspectionOutcomes.safeParse({
        ...base,
        outcomes: [{ code: 'Bad Code', label: '好', problemFound: false }],
      }).success,
    ).toBe(false);
    expect(
      InspectionOutcomes.safeParse({
        ...base,
        outcomes: base.outcomes.filter((outcome) => outcome.problemFound),
      }).success,
    ).toBe(false);
    expect(InspectionOutcomes.safeParse({ ...base, outcomes: [] }).success).toBe(false);
  });
});
