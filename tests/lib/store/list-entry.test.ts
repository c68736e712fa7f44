import { describe, expect, it } from 'vitest';
import { listEntry } from '../../../lib/store/list-entry';
import { storeRecord } from '../../../lib/store/store-record';
import { STORIES } from './helpers';

const record = (extra: Partial<(typeof STORIES)[number]>) => ({ ...storeRecord({ ...STORIES[0]!, ...extra }, 'saved', 1_000), docNo: 7 });

describe('listEntry', () => {
  it.each([
    ['dated: the published time', { published: '2024-06-02' }, Date.parse('2024-06-02')],
    ['undated: the time added', { published: undefined }, 1_000],
    ['an unreadable date: the time added', { published: 'yesterday' }, 1_000],
  ])('%s', (_case, extra, day) => {
    expect(listEntry(record(extra)).day).toBe(day);
  });

  it('indexes the headline by word key (stemmed, case-folded, once each)', () => {
    expect(listEntry(record({ title: 'Floods flooding Valdera, floods' })).titleWords).toEqual(['flood', 'valdera']);
  });

  it('keeps what the list shows', () => {
    expect(listEntry(record({}))).toMatchObject({ docNo: 7, id: 'fire-a', outlet: 'Coast Daily', source: 'saved', added: 1_000, url: 'https://coast.test/fire', words: 36 });
  });
});
