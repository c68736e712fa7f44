import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../scripts/cli/cli-error';
import { loadArticle, loadBundledCorpus, loadCorpus } from '../../../scripts/cli/load-article';

const tmp = mkdtempSync(join(tmpdir(), 'outlet-diff-load-'));
function file(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const storyText = 'World\n\nFire destroys warehouses at Port Elwin harbour\n\nA fire destroyed three warehouses at Port Elwin harbour on Sunday night, the fire brigade said.\n\nAbout 120 firefighters fought the blaze for nine hours.\n\nAdvertisement';
const storyHtml = `<!doctype html><html><head><title>North pier to close for repairs</title></head><body><nav><a href="/">Home</a></nav><article><h1>North pier to close for repairs</h1>
<p>The harbour authority confirmed on Monday that the north pier will close for eight months of repairs, starting in September, after inspectors found corroded steel supports.</p>
<p>Ferries will use the south pier during the works, and the authority said timetables would not change. Fishing boats will moor at the marina.</p>
<p>The repairs will cost 4.2 million euros, paid by the port and the regional government, the authority said in a statement.</p></article></body></html>`;

describe('loadArticle', () => {
  it.each([
    ['a bundled article by id', 'corpus:002', '002'],
    ["a bundled article by its raw file's name", 'corpus:000_30aecee3e965184e', '000'],
  ])('loads %s', (_case, ref, id) => {
    const article = loadArticle(ref);
    expect(article.id).toBe(id);
    expect(article).toBe(loadBundledCorpus().corpus.articles.find((a) => a.id === id));
  });

  it('cleans a text file: headline apart, furniture out', () => {
    const article = loadArticle(file('story.txt', storyText));
    expect(article.title).toBe('Fire destroys warehouses at Port Elwin harbour');
    expect(article.text).toMatch(/^A fire destroyed three warehouses/);
    expect(article.text).not.toContain('Advertisement');
  });

  it('extracts an HTML file', () => {
    const article = loadArticle(file('page.html', storyHtml));
    expect(article.title).toBe('North pier to close for repairs');
    expect(article.text).toContain('corroded steel supports');
    expect(article.text).not.toContain('Home');
  });

  it.each([
    ['an unknown corpus id', 'corpus:999', /^corpus:999: no such bundled article \(ids: 000, 001, 002, 003, 004\)$/],
    ['a missing file', join(tmp, 'missing.txt'), /no such file$/],
    ['an empty file', 'EMPTY', /file is empty$/],
    ['a text file that is only furniture', 'FURNITURE', /not an article/],
  ])('refuses %s with a one-line CliError', (_case, refOrMarker, message) => {
    const ref = refOrMarker === 'EMPTY' ? file('empty.txt', '') : refOrMarker === 'FURNITURE' ? file('furniture.txt', 'Advertisement\n\nShare this article') : refOrMarker;
    expect(() => loadArticle(ref)).toThrow(CliError);
    expect(() => loadArticle(ref)).toThrow(message);
  });
});

describe('loadCorpus', () => {
  it('is the bundled corpus (prebuilt index) without a path', () => {
    expect(loadCorpus()).toBe(loadBundledCorpus().corpus);
  });

  it('indexes a folder of .txt and .html files, ids from the file names', () => {
    const dir = join(tmp, 'folder');
    mkdirSync(dir);
    writeFileSync(join(dir, 'fire.txt'), storyText);
    writeFileSync(join(dir, 'pier.html'), storyHtml);
    writeFileSync(join(dir, 'notes.md'), 'ignored');
    const corpus = loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(['fire', 'pier']);
    expect(corpus.postings.pier).toBeDefined();
  });

  it('indexes a corpus pack', () => {
    const pack = { format: 'outlet-diff-corpus', version: 1, articles: [{ id: 'x', outlet: 'X', title: 'Pier closes', text: 'The north pier will close.' }] };
    expect(loadCorpus(file('pack.json', JSON.stringify(pack))).articles.map((a) => a.id)).toEqual(['x']);
  });

  it.each([
    ['a missing path', join(tmp, 'nowhere'), /no such file or folder$/],
    ['an empty folder', 'EMPTY_DIR', /no \.txt or \.html files in the folder$/],
    ['a file that is not JSON', 'NOT_JSON', /not JSON/],
    ['JSON that is not a pack', 'NOT_PACK', /not an Outlet Diff corpus pack/],
    ['a pack with a bad article', 'BAD_PACK', /article 0: "text" must be a string/],
  ])('refuses %s with a one-line CliError', (_case, marker, message) => {
    const path =
      marker === 'EMPTY_DIR' ? (mkdirSync(join(tmp, 'empty-dir'), { recursive: true }), join(tmp, 'empty-dir'))
      : marker === 'NOT_JSON' ? file('not.json', 'Putin arrived.')
      : marker === 'NOT_PACK' ? file('other.json', '{"articles": []}')
      : marker === 'BAD_PACK' ? file('bad.json', JSON.stringify({ format: 'outlet-diff-corpus', version: 1, articles: [{ id: 'x', outlet: 'X', title: 'T' }] }))
      : marker;
    expect(() => loadCorpus(path)).toThrow(CliError);
    expect(() => loadCorpus(path)).toThrow(message);
  });
});
