import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVALDATA_DIR } from '../../../../scripts/eval/evaldata-path';
import { goldProblems } from '../../../../scripts/eval/truth/check-gold';
import type { GoldPair } from '../../../../scripts/eval/truth/gold-types';
import type { DriftGold } from '../../../../scripts/eval/truth/drift-gold';
import { loadBasilArticle } from '../../../../scripts/eval/truth/basil-article';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'truth');
const files = readdirSync(join(DIR, 'pairs')).filter((f) => f.endsWith('.json')).sort();
const golds = files.map((f) => ({ file: f, gold: JSON.parse(readFileSync(join(DIR, 'pairs', f), 'utf8')) as GoldPair }));
const UNIT = /^(t|p\d+s\d+)$/;
const unitsOf = (g: GoldPair) => new Set([...g.only.a.map((x) => `a:${x}`), ...g.only.b.map((x) => `b:${x}`), ...g.links.flatMap((l) => [`a:${l.a}`, `b:${l.b}`])]);

describe('truth gold (tests/fixtures/truth/pairs)', () => {
  it('covers what the issue asks: 10+ pairs, the six years (others too), the three outlet pairs, 250+ sentences, dev and test', () => {
    expect(golds.length).toBeGreaterThanOrEqual(10);
    const years = new Set(golds.map((g) => g.gold.year));
    for (const year of ['2010', '2012', '2014', '2015', '2017', '2019']) expect(years).toContain(year);
    expect(new Set(golds.map((g) => g.file.split('-').slice(2, 4).join('-').replace('.json', '')))).toEqual(new Set(['fox-nyt', 'fox-hpo', 'hpo-nyt']));
    expect(golds.reduce((n, g) => n + unitsOf(g.gold).size, 0)).toBeGreaterThanOrEqual(250);
    expect(new Set(golds.map((g) => g.gold.split))).toEqual(new Set(['dev', 'test']));
  });

  it.each(golds)('$file: named after its pair, units by position only, no text copied', ({ file, gold }) => {
    expect(file).toMatch(new RegExp(`^${gold.year}-${gold.a.slice(0, 8)}-(fox|hpo|nyt)-(fox|hpo|nyt)\\.json$`));
    expect(gold.a.slice(0, 36)).toBe(gold.b.slice(0, 36));
    for (const id of [...gold.links.flatMap((l) => [l.a, l.b]), ...gold.only.a, ...gold.only.b, ...gold.quotes.flatMap((q) => [q.a, q.b])]) expect(id).toMatch(UNIT);
    expect(gold.links.every((l) => l.strength === 'must' || l.strength === 'may')).toBe(true);
    expect(gold.judged.by).toBeTruthy();
    // Notes are the judges' own words: no sentence of the articles fits in them.
    expect((gold.notes ?? '').split(/(?<=[.;])\s/).every((s) => s.length < 400)).toBe(true);
  });

  it.runIf(existsSync(join(EVALDATA_DIR, 'basil')))('every file agrees with the BASIL texts (each unit linked or only, quotes and drift on links)', () => {
    for (const { file, gold } of golds) expect([file, goldProblems(gold)]).toEqual([file, []]);
  });
});

describe('drift judged alone (tests/fixtures/truth/drift)', () => {
  const driftFiles = readdirSync(join(DIR, 'drift')).filter((f) => f.endsWith('.json')).sort();
  const drifts = driftFiles.map((f) => ({ file: f, gold: JSON.parse(readFileSync(join(DIR, 'drift', f), 'utf8')) as DriftGold }));
  it('holds random pairs and seeded ones, none of them a fully judged pair', () => {
    expect(new Set(drifts.map((d) => d.gold.chosen))).toEqual(new Set(['random', 'seeded']));
    expect(drifts.filter((d) => d.gold.chosen === 'random').length).toBeGreaterThanOrEqual(20);
    for (const { file } of drifts) expect(files).not.toContain(file);
  });

  it.each(drifts)('$file: named after its pair, units by position only, no text copied', ({ file, gold }) => {
    expect(file).toBe(`${gold.pair}.json`);
    expect(file).toMatch(new RegExp(`^${gold.year}-${gold.a.slice(0, 8)}-(fox|hpo|nyt)-(fox|hpo|nyt)\\.json$`));
    expect(gold.a.slice(0, 36)).toBe(gold.b.slice(0, 36));
    for (const d of gold.drift) {
      expect([d.a, d.b]).toEqual([expect.stringMatching(UNIT), expect.stringMatching(UNIT)]);
      expect(['number', 'date', 'name']).toContain(d.kind);
    }
    expect(gold.judged.by).toBeTruthy();
    expect(gold.notNoted).toBeGreaterThanOrEqual(0);
    expect((gold.notes ?? '').split(/(?<=[.;])\s/).every((s) => s.length < 400)).toBe(true);
  });

  it.runIf(existsSync(join(EVALDATA_DIR, 'basil')))('every judged unit is a unit of its BASIL article', () => {
    for (const { file, gold } of drifts) {
      const [a, b] = [loadBasilArticle(gold.year, gold.a), loadBasilArticle(gold.year, gold.b)];
      for (const d of gold.drift) expect([file, a.units.some((u) => u.id === d.a), b.units.some((u) => u.id === d.b)]).toEqual([file, true, true]);
    }
  });
});

describe('verdicts on the engine items (tests/fixtures/truth/verdicts)', () => {
  const verdictFiles = readdirSync(join(DIR, 'verdicts')).filter((f) => f.endsWith('.json'));
  it.each(verdictFiles)('%s: one valid verdict per item id', (f) => {
    const { verdicts } = JSON.parse(readFileSync(join(DIR, 'verdicts', f), 'utf8')) as { verdicts: Array<{ id: string; verdict: string; reason?: string }> };
    expect(verdicts.length).toBeGreaterThan(0);
    expect(new Set(verdicts.map((v) => v.id)).size).toBe(verdicts.length);
    for (const v of verdicts) {
      expect(v.id).toMatch(/^\d{4}-[0-9a-f]{8}-(fox|hpo|nyt)-(fox|hpo|nyt)\|(drift|quote)\|/);
      const allowed = v.id.includes('|drift|') ? ['real', 'not'] : ['identical', 'trimmed', 'reworded', 'different'];
      expect(allowed).toContain(v.verdict);
      if (v.verdict === 'not') expect(v.reason).toBeTruthy();
    }
  });
});

describe('ECB+ drift samples (tests/fixtures/truth/ecb-drift)', () => {
  interface EcbVerdict {
    id: string;
    verdict: string;
    reason?: string;
    note?: string;
    from?: string;
  }
  const sampleFiles = readdirSync(join(DIR, 'ecb-drift')).filter((f) => f.endsWith('.json')).sort();
  const REASONS = ['different-things', 'publication-stamp', 'rounding-or-range', 'no-conflict', 'parse'];
  it('holds the five samples the README reports', () => {
    expect(sampleFiles).toEqual(['sample-1.json', 'sample-2.json', 'sample-3.json', 'sample-4.json', 'sample-5.json']);
  });
  it.each(sampleFiles)('%s: 40 items named by documents, sentences and a hash, each with a verdict and no copied passage', (f) => {
    const sample = JSON.parse(readFileSync(join(DIR, 'ecb-drift', f), 'utf8')) as { engine: string; sample: string; judged: { by: string; date: string; how: string }; verdicts: EcbVerdict[] };
    expect(sample.engine).toMatch(/^main at [0-9a-f]{7}/);
    expect(sample.judged.how.length).toBeGreaterThan(0);
    expect(sample.verdicts).toHaveLength(40);
    // Sample 2 was drawn from a list that held one item twice: the same id may recur, with the same verdict.
    const byId = new Map<string, EcbVerdict>();
    for (const v of sample.verdicts) {
      if (byId.has(v.id)) expect(v).toEqual(byId.get(v.id));
      byId.set(v.id, v);
      expect(v.id).toMatch(/^\d+_\d+ecb(plus)?\.xml\|\d+_\d+ecb(plus)?\.xml\|[\d+]+\|[\d+]+\|[0-9a-f]{16}$/);
      expect(['real', 'not']).toContain(v.verdict);
      if (v.verdict === 'not') expect(REASONS).toContain(v.reason);
      // A verdict kept from an earlier sample names it; a note says why in the judge's words, not the passage's.
      if (v.from) expect(sampleFiles.indexOf(`${v.from}.json`)).toBeLessThan(sampleFiles.indexOf(f));
      expect(v.note?.length ?? 0).toBeLessThanOrEqual(320);
    }
  });
});
