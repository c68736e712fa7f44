import { describe, expect, it } from 'vitest';
import { ALL_STORES, CORPUS_DATABASE, SCHEMA_STEPS, STORES } from '../../../lib/store/corpus-schema';

describe('the corpus schema', () => {
  it('versions its steps 1, 2, 3… and the database is at the last one', () => {
    expect(SCHEMA_STEPS.map((s) => s.version)).toEqual(SCHEMA_STEPS.map((_, i) => i + 1));
    expect(CORPUS_DATABASE.version).toBe(SCHEMA_STEPS.length);
  });

  it('creates every store once, and nothing else', () => {
    const created = SCHEMA_STEPS.flatMap((s) => s.create.map((c) => c.name));
    expect([...created].sort()).toEqual([...ALL_STORES].sort());
    expect(new Set(created).size).toBe(created.length);
  });

  it.each(Object.values(STORES))('%s: its index names are unique', (name) => {
    const indexes = SCHEMA_STEPS.flatMap((s) => s.create).find((c) => c.name === name)!.indexes.map((i) => i.name);
    expect(new Set(indexes).size).toBe(indexes.length);
  });
});
