import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', 'corpus');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { articles: Array<Record<string, unknown>> };
const entries = manifest.articles;
const files = readdirSync(join(root, 'articles')).sort();
const raw = (file: unknown) => readFileSync(join(root, 'articles', String(file)), 'utf8');

describe('corpus/manifest.json', () => {
  it('lists exactly the files in corpus/articles/, each once', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(entries.map((e) => e.file).sort()).toEqual(files);
  });

  it('has unique ids', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it.each(entries.map((e) => [e.id, e] as const))('entry %s has valid fields', (_id, entry) => {
    expect(entry.id).toMatch(/^[a-z0-9-]+$/);
    expect(typeof entry.outlet === 'string' && entry.outlet.trim()).toBeTruthy();
    expect(typeof entry.title === 'string' && entry.title.trim()).toBeTruthy();
    expect(entry.lang).toMatch(/^[a-z]{2,3}(-[A-Z]{2})?$/);
    expect(entry.published === null || /^\d{4}-\d{2}-\d{2}$/.test(String(entry.published))).toBe(true);
    expect(entry.outletEvidence === null || typeof entry.outletEvidence === 'string').toBe(true);
    expect(Object.keys(entry).sort()).toEqual(['file', 'id', 'lang', 'outlet', 'outletEvidence', 'published', 'title']);
  });

  it.each(entries.map((e) => [e.id, e] as const))('entry %s: title and outlet evidence are quoted from the text itself', (_id, entry) => {
    const text = raw(entry.file);
    expect(text).toContain(String(entry.title));
    if (entry.outletEvidence !== null) expect(text).toContain(String(entry.outletEvidence));
    // An outlet the text does not name gets a neutral label, never a guess.
    else expect(entry.outlet).toMatch(/^Outlet [A-Z]$/);
  });

  it.each(entries.filter((e) => e.published !== null).map((e) => [e.id, e] as const))('entry %s: the date is stated in the text', (_id, entry) => {
    const [y, m, d] = String(entry.published).split('-').map(Number) as [number, number, number];
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    expect(raw(entry.file).includes(String(entry.published)) || raw(entry.file).includes(`${month} ${d}, ${y}`)).toBe(true);
  });
});
