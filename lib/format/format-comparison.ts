import { groupText } from '../group-text';
import type { Comparison, DiffToken, Group, QuoteDiff } from '../types';
import { sideTokens } from '../ui/side-tokens';
import { DEFAULT_HTML_LABELS } from './html-report-style';
import { QUOTE_KIND_MARKS } from './quote-kind-marks';
import { quoteSpeakers } from './quote-speakers';

export type ReportStyle = 'plain' | 'ansi' | 'markdown';

const ANSI = { del: '\x1b[4;34m', ins: '\x1b[9;33m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/**
 * Marks of the three styles. Plain is wdiff's [-x-] and {+x+} (a trailing ~ for a minor change), which
 * stays readable in a diff of the golden files; ANSI underlines this outlet's words in blue and strikes
 * the other's in yellow, the design's colour-blind-safe pair; Markdown uses strike and bold.
 */
function mark(t: DiffToken, style: ReportStyle): string {
  if (t.op === 'equal') return t.text;
  const lead = /^\s*/.exec(t.text)?.[0] ?? '';
  const body = t.text.slice(lead.length);
  if (!body) return style === 'plain' ? (t.op === 'delete' ? `[-${t.text}-]` : `{+${t.text}+}`) + (t.minor ? '~' : '') : t.op === 'delete' ? t.text : '';
  switch (style) {
    case 'plain':
      return (t.op === 'delete' ? `[-${t.text}-]` : `{+${t.text}+}`) + (t.minor ? '~' : '');
    case 'ansi':
      return lead + (t.minor ? ANSI.dim : t.op === 'delete' ? ANSI.del : ANSI.ins) + body + ANSI.reset;
    case 'markdown':
      return lead + (t.op === 'delete' ? `~~${body}~~` : `**${body}**`);
  }
}

const LEGEND: Record<ReportStyle, string> = {
  plain: 'legend: [-only in a-] {+only in b+}, ~ minor (quote style, punctuation, spelling); partial: a sentence sharing part of what the bracketed sentences say; uncertain: no claim either way',
  ansi: `legend: ${ANSI.del}only in a${ANSI.reset} ${ANSI.ins}only in b${ANSI.reset} ${ANSI.dim}minor${ANSI.reset}`,
  markdown: '\nLegend: ~~only in a~~, **only in b**; partial: a sentence sharing part of what the bracketed sentences say; uncertain: no claim either way.',
};

const LABEL: Record<Group['kind'], string> = { same: 'same', reworded: 'reworded', partial: 'partial', added: 'added', omitted: 'omitted', uncertain: 'uncertain' };

/**
 * The text of a group's line: the word diff of an aligned group; for a partial group its own sentence, marked
 * where it says what the sentences it points to do not; a lone sentence as written.
 */
function groupBody(c: Comparison, g: Group, style: ReportStyle): string {
  if (g.kind === 'partial') return sideTokens(g.tokens, g.side ?? 'a').map((t) => mark(t, style)).join('');
  if (g.kind === 'same' || g.kind === 'reworded') return g.tokens.map((t) => mark(t, style)).join('');
  return g.a.length ? groupText(c.sentencesA, g.a) : groupText(c.sentencesB, g.b);
}

function groupLine(c: Comparison, g: Group, style: ReportStyle): string {
  // A partial group's other side is in brackets: sentences it points to, members of groups of their own.
  const side = (name: 'a' | 'b', indices: number[]) => {
    const list = indices.join(',') || '-';
    return g.kind === 'partial' && g.side !== name ? `${name}(${list})` : `${name}${list}`;
  };
  const where = `${side('a', g.a)} ${side('b', g.b)}`;
  const text = groupBody(c, g, style);
  if (style === 'markdown') return `- **${LABEL[g.kind]}** (${where}): ${text}`;
  const label = `${LABEL[g.kind].padEnd(9)} ${where.padEnd(12)}`;
  return style === 'ansi' ? `${ANSI.bold}${label}${ANSI.reset} ${text}` : `${label} ${text}`;
}

// The CLI's note under the drift heading: the report's English wording, one text for both.
const driftDaysApartNote = (days: number) => DEFAULT_HTML_LABELS.driftDaysApart.replace('{days}', String(days));

const percent = (n: number) => `${Math.round(n * 100)}%`;

const QUOTE_LEGEND = `${QUOTE_KIND_MARKS.identical} identical, ${QUOTE_KIND_MARKS.trimmed} trimmed: one quotes less, ${QUOTE_KIND_MARKS.reworded} reworded: other words`;

/**
 * One quote pair: its groups in a and b, its class (sign and word), who said it, then the quote once
 * when identical, both quotes and what each cuts when trimmed, the word diff when reworded.
 */
function quoteLine(q: QuoteDiff, style: ReportStyle): string {
  const who = quoteSpeakers(q);
  const head = `group ${q.group}/${q.groupB}: ${QUOTE_KIND_MARKS[q.kind]} ${q.kind}${who ? `, ${who}` : ''}: `;
  if (q.kind === 'identical') return `${head}“${q.a}”`;
  if (q.kind === 'reworded') return head + q.tokens.map((t) => mark(t, style)).join('');
  const cuts = [...q.cut.a.map((x) => `a cuts “${x}”`), ...q.cut.b.map((x) => `b cuts “${x}”`)].join('; ');
  return `${head}a “${q.a}” / b “${q.b}”; ${cuts}`;
}

/**
 * A readable report of a comparison: a header with both articles and the counts, one line per group
 * (kind, sentence indices in a and b, the word diff), then the quotes both carry (identical, trimmed with
 * what was cut, reworded with the word diff) and drift (with what the values are said of).
 * The plain style is the golden fixtures' serialisation; ansi is for a terminal; markdown for export.
 * @example formatComparison(compareArticles(a, b), 'plain').split('\n')[0] // -> 'a: A — Putin arrives…'
 */
export function formatComparison(c: Comparison, style: ReportStyle): string {
  const s = c.stats;
  const heading = style === 'markdown' ? '## ' : '';
  const lines = [
    `${style === 'markdown' ? '# ' : ''}a: ${c.a.outlet} — ${c.a.title}`,
    `${style === 'markdown' ? '\n' : ''}b: ${c.b.outlet} — ${c.b.title}`,
    `${style === 'markdown' ? '\n' : ''}sentences: ${s.sentences.same} same, ${s.sentences.reworded} reworded, ${s.sentences.partial} partly covered, ${s.sentences.added} added, ${s.sentences.omitted} omitted, ${s.sentences.uncertain} uncertain; ` +
      `words: ${s.wordsA} in a, ${s.wordsB} in b, ${percent(s.sharedShare)} of a's shared`,
    LEGEND[style],
    '',
    `${heading}groups`,
    ...c.groups.map((g) => groupLine(c, g, style)),
  ];
  if (c.quotes.length) {
    lines.push('', `${heading}quotes both outlets carry (${QUOTE_LEGEND})`);
    for (const q of c.quotes) lines.push(`${style === 'markdown' ? '- ' : ''}${quoteLine(q, style)}`);
  }
  if (c.drift.length) {
    lines.push('', `${heading}numbers, dates and names that differ`);
    if (c.publishedDaysApart) lines.push(`(${driftDaysApartNote(c.publishedDaysApart)})`);
    for (const d of c.drift) {
      const values = d.values.map((v) => `${v.kind} ${v.a.join(', ')} / ${v.b.join(', ')}${v.about ? ` (said of: ${v.about})` : ''}`).join('; ');
      lines.push(`${style === 'markdown' ? '- ' : ''}group ${d.group === d.groupB ? d.group : `${d.group}/${d.groupB}`}: ${values}`);
    }
  }
  return lines.join('\n') + '\n';
}
