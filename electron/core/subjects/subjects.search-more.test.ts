import { afterAll, describe, expect, it } from 'vitest';
import { channels } from '../../../shared/contract/channels';
import { dispatch } from '../ipc/dispatch';
import { openTempCore } from '../testing/temp-core';

// A name search answers the best matches and whether more match, so the window never says 找到 20 个 when 87 do.
const core = openTempCore();
const search = async (query: string, limit: number) => {
  const result = await dispatch(core.handlers, 'subjects:search', { query, limit });
  if (!result.ok) throw new Error(result.error.message);
  return channels['subjects:search'].response.parse(result.value);
};
afterAll(() => core.dispose());

describe('subjects:search', () => {
  it('says when more subjects match than it lists', async () => {
    const all = (
      core.db.prepare("SELECT count(*) AS n FROM subjects WHERE name LIKE '%平顶山%'").get() as {
        n: number;
      }
    ).n;
    expect(all).toBeGreaterThan(5);
    const few = await search('平顶山', 5);
    expect(few.items).toHaveLength(5);
    expect(few.more).toBe(true);
    expect((await search('平顶山', 50)).more).toBe(all > 50);
  });

  it('says no more when the list holds every match', async () => {
    const name = (
      core.db.prepare('SELECT name FROM subjects ORDER BY length(name) DESC LIMIT 1').get() as {
        name: string;
      }
    ).name;
    const found = await search(name, 20);
    expect(found.items.map((item) => item.name)).toContain(name);
    expect(found.more).toBe(false);
  });
});
