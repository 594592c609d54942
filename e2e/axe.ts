import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.1 A and AA rules. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The serious and critical axe-core violations on the page as it is now, one line each (rule, where, why), so a
 * failure says what to fix. Every screenshot of the e2e run passes through here (fixtures.ts), so every page and
 * state the tests visit is checked.
 */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    // A printed report's watermark is faint on purpose and hidden from screen readers: decoration, which WCAG
    // 1.4.3 exempts from contrast ("incidental" text).
    .exclude('[data-report-watermark]')
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${where}: ${violation.id} (${violation.impact}) — ${violation.help}: ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''} ${node.html.slice(0, 160)}`)
          .join(' | ')}`,
    );
}

export async function expectAccessible(page: Page, where: string): Promise<void> {
  const problems = await seriousViolations(page, where);
  if (problems.length > 0) throw new Error(`无障碍检查未通过（axe-core）：\n${problems.join('\n')}`);
}
