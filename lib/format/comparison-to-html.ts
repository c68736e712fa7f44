import { groupText } from '../group-text';
import type { Comparison, DiffToken, Group, QuoteDiff } from '../types';
import { sideTokens } from '../ui/side-tokens';
import { escapeHtml } from './escape-html';
import { DEFAULT_HTML_LABELS, HTML_REPORT_CSS, type HtmlReportLabels } from './html-report-style';
import { QUOTE_KIND_MARKS } from './quote-kind-marks';
import { quoteSpeakers } from './quote-speakers';

/**
 * A token as markup: this outlet's own words in <ins>, the other's in <del>, each with a hidden label
 * for screen readers. Surrounding whitespace stays outside the mark, so underlines start and end at a word.
 */
function tokenHtml(t: DiffToken, labels: HtmlReportLabels): string {
  if (t.op === 'equal') return escapeHtml(t.text);
  const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(t.text) ?? [];
  if (!body) return t.text;
  const text = escapeHtml(body);
  const minor = t.minor ? ' class="minor"' : '';
  const mark = t.op === 'delete' ? `<ins${minor}><span class="sr">${escapeHtml(labels.onlyThis)} </span>${text}</ins>` : `<del${minor}><span class="sr">${escapeHtml(labels.onlyOther)} </span>${text}</del>`;
  return lead + mark + trail;
}

function cell(c: Comparison, g: Group, side: 'a' | 'b', labels: HtmlReportLabels): string {
  const indices = side === 'a' ? g.a : g.b;
  if (!indices.length) return '<td></td>';
  const text = escapeHtml(groupText(side === 'a' ? c.sentencesA : c.sentencesB, indices));
  // A partial group's other side: the sentences it shares part with, which have rows of their own.
  if (g.kind === 'partial' && g.side !== side) return `<td class="ref"><span class="kind">${escapeHtml(labels.sharesWith)}</span>${text}</td>`;
  const marked = g.kind === 'reworded' || g.kind === 'partial';
  const body = marked ? sideTokens(g.tokens, side).map((t) => tokenHtml(t, labels)).join('') : text;
  return `<td><span class="kind">${escapeHtml(labels[g.kind])}</span>${body}</td>`;
}

/**
 * One quote pair as a list item: its class in words after its sign, who said it, then the quote once
 * (identical), both quotes and what each leaves out (trimmed), or the word diff (reworded).
 */
function quoteHtml(q: QuoteDiff, labels: HtmlReportLabels): string {
  const e = escapeHtml;
  const who = quoteSpeakers(q);
  const head = `<span class="quote-kind">${e(QUOTE_KIND_MARKS[q.kind])} ${e(labels[`quote_${q.kind}`])}</span>${who ? ` (${e(labels.saidBy)} ${e(who)})` : ''}: `;
  if (q.kind === 'identical') return `<li>${head}<q>${e(q.a)}</q></li>`;
  if (q.kind === 'reworded') return `<li>${head}${q.tokens.map((t) => tokenHtml(t, labels)).join('')}</li>`;
  const cuts = [...q.cut.a.map((x) => `${e(labels.cutByThis)} <q>${e(x)}</q>`), ...q.cut.b.map((x) => `${e(labels.cutByOther)} <q>${e(x)}</q>`)].join('; ');
  return `<li>${head}<q>${e(q.a)}</q> / <q>${e(q.b)}</q><br>${cuts}</li>`;
}

/**
 * A self-contained HTML file of a comparison for download: both articles side by side, one table row
 * per group (aligned sentences share a row), inline CSS only (light, dark and print), every piece of
 * article text escaped so nothing in a page can become markup or script in the file.
 * @example comparisonToHtml(compareArticles(a, b)).startsWith('<!doctype html>') // -> true
 */
export function comparisonToHtml(c: Comparison, labels: HtmlReportLabels = DEFAULT_HTML_LABELS): string {
  const e = escapeHtml;
  const s = c.stats;
  const summary = (['added', 'omitted', 'partial', 'reworded', 'same', 'uncertain'] as const).map((k) => `${s.sentences[k]} ${e(labels[k])}`).join(' · ');
  const rows = c.groups.map((g) => `<tr class="${g.kind}">${cell(c, g, 'a', labels)}${cell(c, g, 'b', labels)}</tr>`).join('\n');
  const quotes = c.quotes.length ? `<h2>${e(labels.quotes)}</h2><ul>${c.quotes.map((q) => quoteHtml(q, labels)).join('')}</ul>` : '';
  const about = (text?: string) => (text ? ` (${e(labels.driftAbout)} ${e(text)})` : '');
  const drift = c.drift.length
    ? `<h2>${e(labels.drift)}</h2>${c.publishedDaysApart ? `<p>${e(labels.driftDaysApart.replace('{days}', String(c.publishedDaysApart)))}</p>` : ''}<ul>${c.drift.map((d) => `<li>${d.values.map((v) => `${e(v.kind)}: <ins>${e(v.a.join(', '))}</ins> / <del>${e(v.b.join(', '))}</del>${about(v.about)}`).join('; ')}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(labels.title)}: ${e(c.a.outlet)} / ${e(c.b.outlet)}</title>
<style>${HTML_REPORT_CSS}</style>
</head>
<body>
<h1>${e(labels.title)}</h1>
<p>${e(labels.legend)}: <ins>${e(labels.onlyThis)}</ins> <del>${e(labels.onlyOther)}</del></p>
<h2>${e(labels.summary)}</h2>
<p>${summary}</p>
<table>
<thead><tr><th scope="col">${e(labels.thisOutlet)}: ${e(c.a.outlet)}<br>${e(c.a.title)}</th><th scope="col">${e(labels.otherOutlet)}: ${e(c.b.outlet)}<br>${e(c.b.title)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${quotes}${drift}
</body>
</html>
`;
}
