/**
 * A BASIL article as the truth evaluation sees it: the Article the engine compares (headline apart,
 * sentences joined by a space, paragraphs by a blank line, as eval:match builds it) plus the position
 * of every BASIL unit in it. Gold refers to units by position, never by text: `t` is the headline,
 * `p3s1` the second sentence of the fourth paragraph (both 0-based), as in the BASIL file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../lib/types';
import { evaldataPath } from '../evaldata-path';

export interface BasilUnit {
  /** `t` for the headline, `p<paragraph>s<sentence>` for a body sentence (0-based). */
  id: string;
  text: string;
  /** Offsets into `article.title` for the headline, into `article.text` otherwise. */
  start: number;
  end: number;
}

export interface BasilArticle {
  /** File name without `.json`, e.g. `2b95d2cf-e979-4f9c-ae27-9a5370934f23_1`. */
  file: string;
  year: string;
  source: string;
  event: string;
  article: Article;
  units: BasilUnit[];
}

/** A BASIL article file as released (articles/<year>/<triplet>_<n>.json). */
export interface BasilFile {
  title: string;
  source: string;
  date: string;
  'triplet-uuid': string;
  'body-paragraphs': string[][];
}

/**
 * Reads one BASIL article from ../shared/evaldata (exits 2 when the data is absent).
 * @example loadBasilArticle('2010', '2b95d2cf-e979-4f9c-ae27-9a5370934f23_1').units[0].id // -> 't'
 */
export function loadBasilArticle(year: string, file: string): BasilArticle {
  const path = join(evaldataPath('basil'), 'articles', year, `${file}.json`);
  const json = JSON.parse(readFileSync(path, 'utf8')) as BasilFile;
  const units: BasilUnit[] = [];
  if (json.title.trim()) units.push({ id: 't', text: json.title, start: 0, end: json.title.length });
  let text = '';
  json['body-paragraphs'].forEach((paragraph, p) => {
    if (text) text += '\n\n';
    paragraph.forEach((sentence, s) => {
      if (s > 0) text += ' ';
      units.push({ id: `p${p}s${s}`, text: sentence, start: text.length, end: text.length + sentence.length });
      text += sentence;
    });
  });
  const article: Article = { id: `basil:${file}`, outlet: json.source.toLowerCase(), title: json.title, text, published: json.date, lang: 'en' };
  return { file, year, source: json.source.toLowerCase(), event: json['triplet-uuid'], article, units };
}
