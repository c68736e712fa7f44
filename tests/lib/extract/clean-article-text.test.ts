import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticleText } from '../../../lib/extract/clean-article-text';
import { EVALDATA_DIR } from '../../../scripts/eval/evaldata-path';

const SEEDS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
const BASIL_DIR = join(EVALDATA_DIR, 'basil', 'articles');

/** The line as it appears in the output: whitespace collapsed, bullet markers normalised away. */
const bare = (line: string) => line.replace(/[\s\u00a0]+/g, ' ').trim().replace(/^([-*•]|\d{1,2}\.)\s+/u, '');
const outputLines = (text: string) => text.split('\n').map(bare).filter(Boolean);

interface Seed {
  file: string;
  title: string;
  /** Lines above the headline that are furniture. */
  leading: string[];
  /** Furniture lines inside or after the body. */
  furniture: string[];
  /** This line and everything after it is furniture. */
  tailFrom?: string;
}

/**
 * Which lines of each seed are furniture, read off the saved pages by a person. Every other line of
 * the seed is body and must come through unchanged.
 */
const SEEDS: Seed[] = [
  { file: '000_30aecee3e965184e.txt', title: 'Russian President Putin arrives in North Korea, first visit in 24 years, US expresses concern', leading: [], furniture: ['New Delhi:'], tailFrom: 'Also Read:' },
  { file: '001_19946b2c0781359a.txt', title: 'Putin Lands In Pyongyang To Boost Defence Ties With North Korea', leading: ['World'], furniture: [], tailFrom: 'Also read: Markets Set New Record Highs In Early Trade' },
  { file: '002_6da05ce0205f36b5.txt', title: 'Putin arrives in North Korea for his first visit in 24 years', leading: ['June 19, 2024', '2 mins read'], furniture: [], tailFrom: 'ALSO READ-Modi holds talks with Meloni' },
  { file: '003_06d6ac3a4025cda3.txt', title: 'Kim Jong Un greets Vladimir Putin with late-night red carpet reception on North Korea visit', leading: ['News > World'], furniture: [], tailFrom: 'Source: hindustantimes' },
  {
    file: '004_51545c6516cfed24.txt',
    title: 'Putin’s North Korea Visit For First Time In 25 years Amid US Tensions - Key Points',
    leading: ['date 2024-06-19 International'],
    furniture: ['AP', 'Russian President Vladimir Putin and North Korean leader Kim Jong Un | Photo: AP', 'info_icon'],
    tailFrom: '(With AP Inputs)',
  },
];

function readSeed(file: string): string {
  const path = join(SEEDS_DIR, file);
  if (!existsSync(path)) throw new Error(`seed ${file} not found in ${SEEDS_DIR}: the seeds in /work/shared/seeds are needed for this test`);
  return readFileSync(path, 'utf8');
}

describe('cleanArticleText on the saved-page seeds', () => {
  it('finds all five seeds', () => {
    expect(existsSync(SEEDS_DIR), `seeds directory missing: ${SEEDS_DIR}`).toBe(true);
    expect(readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()).toEqual(SEEDS.map((s) => s.file));
  });

  describe.each(SEEDS.map((seed) => [seed.file, seed] as const))('%s', (_file, seed) => {
    const raw = readSeed(seed.file);
    const lines = raw.split('\n').map(bare).filter(Boolean);
    const tail = seed.tailFrom === undefined ? lines.length : lines.indexOf(bare(seed.tailFrom));
    const furniture = [...seed.leading, ...seed.furniture].map(bare);
    const body = lines.slice(0, tail).filter((line) => line !== bare(seed.title) && !furniture.includes(line));
    const result = cleanArticleText(raw);
    const out = outputLines(result.text);

    it('takes the headline as the title', () => {
      expect(result.title).toBe(seed.title);
    });

    it('marks a tail that exists in the seed', () => {
      expect(tail).toBeGreaterThan(0);
    });

    it('keeps every body line, in order', () => {
      expect(out).toEqual(body);
    });

    it('drops the named furniture and everything in the furniture tail', () => {
      const dropped = [...furniture, ...lines.slice(tail)];
      expect(dropped.length).toBeGreaterThan(0);
      expect(out.filter((line) => dropped.includes(line) && !body.includes(line))).toEqual([]);
    });

    it('does not repeat the headline in the body', () => {
      expect(out).not.toContain(seed.title);
    });
  });
});

const BODY = [
  'The city council voted on Tuesday to close the old bridge to traffic from next month.',
  'Engineers said the steel had corroded faster than expected after two wet winters.',
  '“We cannot take the risk any longer,” the mayor told reporters outside the town hall.',
] as const;

describe('cleanArticleText on furniture in other shapes', () => {
  it.each([
    ['kicker in capitals and a breadcrumb above the headline', ['LOCAL NEWS', 'Home › City › Transport', 'Council closes old bridge', ...BODY]],
    ['byline, date line and read time above the headline', ['Tuesday, March 5, 2024', '4 min read', 'Council closes old bridge', 'By Jane Smith', ...BODY]],
    ['share and newsletter prompts inside the body', ['Council closes old bridge', BODY[0], 'Share on Facebook', BODY[1], 'Sign up for our daily newsletter here.', BODY[2]]],
    ['image credit and caption lines', ['Council closes old bridge', BODY[0], 'The bridge on Monday (Image: Reuters)', 'Photo credit: John Doe', BODY[1], BODY[2]]],
    ['related-links list in the middle', ['Council closes old bridge', BODY[0], 'Related Stories', '- Bridge inspections doubled last year', '- Ferry service to resume', BODY[1], BODY[2]]],
    ['teasers with timestamps at the end', ['Council closes old bridge', ...BODY, 'Latest News', 'Storm warning for the coast', '3 hours ago', 'School meals price rise', '5 hours ago']],
    ['tags, comment prompt and back-to-top at the end', ['Council closes old bridge', ...BODY, 'Tags: bridge, council, transport', '3 Comments', 'Back to top']],
  ])('%s', (_name, lines) => {
    const result = cleanArticleText(lines.join('\n\n'));
    expect(result.title).toBe('Council closes old bridge');
    expect(outputLines(result.text)).toEqual(BODY);
  });

  it.each([
    ['subhead', ['Council closes old bridge', BODY[0], 'What happens next', BODY[1]]],
    ['bullet list with a lead-in', ['Council closes old bridge', BODY[0], 'The closure means:', '• buses will divert via the ring road', '• cyclists may still cross', BODY[1]]],
    ['quote line', ['Council closes old bridge', '“It is the right decision,” said one resident.', BODY[0]]],
  ])('keeps a %s', (_name, lines) => {
    expect(outputLines(cleanArticleText(lines.join('\n')).text)).toEqual(lines.slice(1).map(bare));
  });

  it('writes bullets as "- " lines on consecutive lines', () => {
    expect(cleanArticleText(['Council closes old bridge', BODY[0], '• buses divert', '• cyclists may cross'].join('\n')).text).toBe(`${BODY[0]}\n\n- buses divert\n- cyclists may cross`);
  });

  it.each([
    ['initials at the end', 'Gay Marriages Get Recognition From the I.R.S.'],
    ['question', 'Who will pay for the new bridge?'],
    ['quote marks', '‘It is the right decision’, says mayor'],
  ])('takes a headline ending in %s as the title', (_name, headline) => {
    expect(cleanArticleText([headline, ...BODY].join('\n\n')).title).toBe(headline);
  });

  it('gives no title and keeps every line when the text starts mid-article', () => {
    const result = cleanArticleText(BODY.join('\n'));
    expect(result.title).toBe('');
    expect(outputLines(result.text)).toEqual(BODY);
  });

  it('gives empty output for furniture only', () => {
    expect(cleanArticleText('Advertisement\n\nLeave a Reply')).toEqual({ title: '', text: '' });
  });
});

describe('cleanArticleText on BASIL article bodies (evaldata)', () => {
  const present = existsSync(BASIL_DIR);
  it.skipIf(!present)('keeps every paragraph of all 300 articles (credits excepted)', () => {
    const lost: string[] = [];
    let articles = 0;
    for (const year of readdirSync(BASIL_DIR)) {
      for (const file of readdirSync(join(BASIL_DIR, year))) {
        const article = JSON.parse(readFileSync(join(BASIL_DIR, year, file), 'utf8')) as { title: string; 'body-paragraphs': string[][] };
        const title = bare(article.title);
        const paragraphs = article['body-paragraphs'].map((p) => bare(p.join(' '))).filter(Boolean);
        const result = cleanArticleText([title, ...paragraphs].join('\n\n'));
        articles++;
        if (result.title !== title) lost.push(`${file}: title "${result.title}"`);
        const out = new Set(outputLines(result.text));
        // BASIL repeats the headline as the first paragraph (kept once, as the title), and keeps
        // "X contributed to this report" credits, which are furniture by design.
        const expected = paragraphs.filter((p) => p.toLowerCase() !== title.toLowerCase() && !/contributed to this report\.?$/.test(p));
        lost.push(...expected.filter((p) => !out.has(p)).map((p) => `${file}: ${p.slice(0, 80)}`));
      }
    }
    expect(articles).toBe(300);
    expect(lost).toEqual([]);
  });
  if (!present) it.skip(`BASIL evaldata not found at ${BASIL_DIR} (set OUTLET_DIFF_EVALDATA to run)`, () => {});
});
