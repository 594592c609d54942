import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEntry, makeRecord, makeSubject, makeUscc, seedRegistry } from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';
import {
  getSubjectByIdentifier,
  listEntriesOf,
  recordsOf,
  searchSubjects,
  upsertSubjects,
} from './subjects.repo';

let core: ReturnType<typeof openTempCore>;
const names = (query: string): string[] => searchSubjects(core.db, query, 20).map((subject) => subject.name);

const subjects = [
  makeSubject('a', '平顶山市鹰城建筑工程有限公司', makeUscc('MA40AAAA')),
  makeSubject('b', '叶县鹰城农资经营部', makeUscc('MA40BBBB', '92410422'), { kind: 'individual-business' }),
  makeSubject('c', '舞钢市钢城100%纯净水有限公司', makeUscc('MA40CCCC')),
  makeSubject('d', '鹰城', makeUscc('MA40DDDD')),
  makeSubject('e', '汝州市汝瓷_文化传播有限公司', makeUscc('MA40EEEE')),
];

beforeEach(() => {
  core = openTempCore({ withDemo: false });
  seedRegistry(core.db, {
    subjects,
    entries: [makeEntry('e1', 'a', 'DISHONEST_JUDGMENT_DEBTOR')],
    records: [makeRecord('r1', 'a')],
  });
});
afterEach(() => core.dispose());

describe('searchSubjects', () => {
  it('finds a partial CJK name of 3+ characters through the trigram index', () => {
    expect(names('鹰城建筑')).toEqual(['平顶山市鹰城建筑工程有限公司']);
    expect(names('有限公司')).toHaveLength(3);
  });

  it('finds 1–2 character queries, which trigrams cannot, ranking the exact name first', () => {
    expect(names('鹰城')).toEqual(['鹰城', '叶县鹰城农资经营部', '平顶山市鹰城建筑工程有限公司']);
    expect(names('钢')).toEqual(['舞钢市钢城100%纯净水有限公司']);
  });

  it('treats % and _ and quotes in a query literally', () => {
    expect(names('%')).toEqual(['舞钢市钢城100%纯净水有限公司']);
    expect(names('_')).toEqual(['汝州市汝瓷_文化传播有限公司']);
    expect(names('"鹰城')).toEqual([]);
  });

  it('finds a subject by a prefix of its code', () => {
    const code = subjects[1]?.identifier ?? '';
    expect(searchSubjects(core.db, code.slice(0, 10).toLowerCase(), 5).map((s) => s.id)).toEqual(['b']);
  });

  it('honours the limit', () => {
    expect(searchSubjects(core.db, '有限公司', 2)).toHaveLength(2);
  });
});

describe('registry upserts', () => {
  it('update a subject in place without losing its list entries and records (no cascade)', () => {
    const first = subjects[0];
    if (first === undefined) throw new Error('fixture');
    upsertSubjects(core.db, [{ ...first, name: '平顶山市鹰城建筑工程集团有限公司', status: 'revoked' }]);
    expect(getSubjectByIdentifier(core.db, first.identifier)).toMatchObject({
      name: '平顶山市鹰城建筑工程集团有限公司',
      status: 'revoked',
    });
    expect(listEntriesOf(core.db, 'a')).toHaveLength(1);
    expect(recordsOf(core.db, 'a')).toHaveLength(1);
    expect(names('建筑工程集团')).toEqual(['平顶山市鹰城建筑工程集团有限公司']);
  });
});
