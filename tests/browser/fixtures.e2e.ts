/**
 * The fixture pages are current (what scripts/make-test-pages.ts writes today) and are what the tests
 * take them for, checked in Node with the same lib/ code the extension runs: each corpus page extracts
 * to exactly its corpus article and finds itself as this-article; the unrelated story finds no
 * same-story match; the link pages are not articles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, findCoverage } from '../../lib/index';
import type { BundledCorpus } from '../../lib/corpus/types';
import { buildBundledCorpus } from '../../scripts/build-corpus';
import { listPages, makePages } from '../../scripts/make-test-pages';
import { PAGES_DIR, readPages } from './harness';

const bundle: BundledCorpus = buildBundledCorpus();
const pages = readPages();
const extract = (path: string) => {
  const { document } = parseHTML(readFileSync(join(PAGES_DIR, ...path.split('/')), 'utf8'));
  return extractArticle(document as unknown as Document, `http://127.0.0.1:8000${path}`);
};

describe('fixture pages', () => {
  // Page bytes follow the corpus cleanup rules (the pages carry the cleaned text), so only the file set
  // is compared here; the extraction checks below say whether the pages still do their job.
  it('are the files the generator writes (rerun npx tsx scripts/make-test-pages.ts after changing it or corpus/)', () => {
    expect(listPages().sort()).toEqual([...makePages().pages.keys()].sort());
  });

  it('include every kind the tests use', () => {
    const kinds = new Set(pages.map((p) => p.kind));
    for (const kind of ['corpus-article', 'unrelated-article', 'not-article', 'huge-article', 'rtl-article', 'cjk-article', 'framed-article', 'amp-article']) expect(kinds).toContain(kind);
    expect(pages.filter((p) => p.kind === 'corpus-article').map((p) => p.corpusId)).toEqual(bundle.corpus.articles.map((a) => a.id));
  });

  it.each(pages.filter((p) => p.kind === 'corpus-article' || p.kind === 'amp-article'))('$path carries corpus article $corpusId (this-article)', async ({ path, corpusId, outlet }) => {
    const result = extract(path);
    if (!result.ok) throw new Error(`${path}: ${result.message}`);
    const corpusArticle = bundle.corpus.articles.find((a) => a.id === corpusId)!;
    expect(result.article.text).toBe(corpusArticle.text);
    expect(result.article.outlet).toBe(outlet);
    const { matches } = await findCoverage(result.article, bundle.corpus);
    expect(matches[0]).toMatchObject({ article: { id: corpusId }, decision: 'this-article' });
    expect(matches.filter((m) => m.decision === 'same-story').length).toBeGreaterThanOrEqual(2);
  });

  it('the unrelated story is an article with no same-story match but nearest candidates', async () => {
    const result = extract(pages.find((p) => p.kind === 'unrelated-article')!.path);
    if (!result.ok) throw new Error(result.message);
    const { matches } = await findCoverage(result.article, bundle.corpus);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.filter((m) => m.decision === 'same-story' || m.decision === 'this-article')).toEqual([]);
  });

  it.each(pages.filter((p) => p.kind === 'not-article'))('$path is not an article', ({ path }) => {
    expect(extract(path)).toMatchObject({ ok: false, reason: 'not-an-article' });
  });

  it.each(pages.filter((p) => ['huge-article', 'rtl-article', 'cjk-article'].includes(p.kind)))('$path ($kind) is an article', ({ path, title }) => {
    const result = extract(path);
    if (!result.ok) throw new Error(`${path}: ${result.message}`);
    expect(result.article.title).toBe(title);
  });
});
