/**
 * Golden story fixtures, like Readability's test-pages: tests/fixtures/stories/<story>/ holds the inputs
 * (a.txt and b.txt: headline on the first line, then the body; or source.json naming two raw corpus
 * files, cleaned as the extension cleans saved text) and expected.txt, the comparison in the plain
 * report serialisation (one group per line, [-only in a-] {+only in b+}).
 * A missing expected.txt fails. To update on purpose: UPDATE_GOLDEN=1 npx vitest run tests/golden,
 * then read the diff before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../lib/compare';
import { cleanArticleText } from '../../lib/extract/clean-article-text';
import { formatComparison } from '../../lib/format/format-comparison';
import type { Article } from '../../lib/types';

const root = join(import.meta.dirname, '..', '..');
const storiesDir = join(root, 'tests', 'fixtures', 'stories');
const update = process.env.UPDATE_GOLDEN === '1';

function fromTextFile(path: string, id: string): Article {
  const [title = '', ...body] = readFileSync(path, 'utf8').split('\n');
  return { id, outlet: id, title, text: body.join('\n').trim() };
}

function fromCorpusFile(path: string): Article {
  const id = basename(path).replace(/\.txt$/, '');
  return { id, outlet: id, ...cleanArticleText(readFileSync(join(root, path), 'utf8')) };
}

function inputs(dir: string): [Article, Article] {
  const source = join(dir, 'source.json');
  if (existsSync(source)) {
    const { a, b } = JSON.parse(readFileSync(source, 'utf8')) as { a: string; b: string };
    return [fromCorpusFile(a), fromCorpusFile(b)];
  }
  return [fromTextFile(join(dir, 'a.txt'), 'a'), fromTextFile(join(dir, 'b.txt'), 'b')];
}

const stories = readdirSync(storiesDir).sort();

describe('golden stories', () => {
  it('has stories', () => {
    expect(stories.length).toBeGreaterThanOrEqual(5);
  });

  it.each(stories)('%s', (story) => {
    const dir = join(storiesDir, story);
    const [a, b] = inputs(dir);
    const actual = formatComparison(compareArticles(a, b), 'plain');
    const expectedPath = join(dir, 'expected.txt');
    if (update) writeFileSync(expectedPath, actual);
    expect(existsSync(expectedPath), `${story}/expected.txt is missing (UPDATE_GOLDEN=1 writes it; read it before committing)`).toBe(true);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
