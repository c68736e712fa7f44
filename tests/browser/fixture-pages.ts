/**
 * The fixture news pages (tests/browser/pages, written by scripts/make-test-pages.ts) and their index,
 * shared by every browser's tests and by `npm run demo`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './built-extension';

export const PAGES_DIR = join(ROOT, 'tests', 'browser', 'pages');

export interface PageInfo {
  path: string;
  kind: string;
  title: string;
  outlet?: string;
  corpusId?: string;
}

/**
 * The fixture pages listed in pages.json, each checked to exist.
 * @example readPages().find((p) => p.kind === 'unrelated-article')?.path // -> '/valdera-courier/…html'
 */
export function readPages(dir: string = PAGES_DIR): PageInfo[] {
  const file = join(dir, 'pages.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npx tsx scripts/make-test-pages.ts`);
  const pages = (JSON.parse(readFileSync(file, 'utf8')) as { pages: PageInfo[] }).pages;
  for (const page of pages) if (!existsSync(join(dir, ...page.path.split('/')))) throw new Error(`fixture page missing: ${page.path}`);
  return pages;
}

/**
 * The fixture page of a kind (the first one, or the one carrying a corpus id).
 * @example findPage(readPages(), 'corpus-article', '004').corpusId // -> '004'
 */
export function findPage(pages: PageInfo[], kind: string, corpusId?: string): PageInfo {
  const found = pages.find((p) => p.kind === kind && (corpusId === undefined || p.corpusId === corpusId));
  if (!found) throw new Error(`no fixture page of kind ${kind}${corpusId ? ` for corpus article ${corpusId}` : ''}`);
  return found;
}
