/**
 * The exported HTML report's fixed parts: its labels (English by default; the extension passes the
 * reader's locale) and its inline stylesheet. The colours are the extension's colour-blind-safe pair
 * (blue = this outlet's own words, orange = the other's), with underline and strike-through as the
 * non-colour cue, AA contrast in light and dark, and nothing loaded from anywhere (no url(), no @import).
 */
export interface HtmlReportLabels {
  title: string;
  thisOutlet: string;
  otherOutlet: string;
  summary: string;
  same: string;
  reworded: string;
  partial: string;
  added: string;
  omitted: string;
  uncertain: string;
  /** Before the sentences a partly covered one shares part with. */
  sharesWith: string;
  onlyThis: string;
  onlyOther: string;
  quotes: string;
  /** The three classes of quote pair, and how a trimmed pair's cut is introduced ("cut by this outlet:"). */
  quote_identical: string;
  quote_trimmed: string;
  quote_reworded: string;
  cutByThis: string;
  cutByOther: string;
  saidBy: string;
  drift: string;
  driftAbout: string;
  /** Under the drift heading when the reports were published days apart; `{days}` stands for the number. */
  driftDaysApart: string;
  legend: string;
}

export const DEFAULT_HTML_LABELS: HtmlReportLabels = {
  title: 'Outlet Diff',
  thisOutlet: 'This outlet',
  otherOutlet: 'Other outlet',
  summary: 'Summary',
  same: 'same',
  reworded: 'reworded',
  partial: 'partly covered',
  added: 'added',
  omitted: 'omitted',
  uncertain: 'no clear match',
  sharesWith: 'shares part with:',
  onlyThis: 'only in this outlet:',
  onlyOther: 'only in the other outlet:',
  quotes: 'Quotes both outlets carry',
  quote_identical: 'identical: the same words',
  quote_trimmed: 'trimmed: one outlet quotes less',
  quote_reworded: 'reworded: the same remark in other words',
  cutByThis: 'this outlet leaves out:',
  cutByOther: 'the other outlet leaves out:',
  saidBy: 'said by',
  drift: 'Numbers, dates and names that differ',
  driftAbout: 'said of:',
  driftDaysApart: 'Days between the two reports: {days}. A later report may give an updated figure: a difference is not always a contradiction.',
  legend: 'Legend',
};

export const HTML_REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1a1a1a; --bg: #ffffff; --muted: #4d4d4d; --own-fg: #0b3d91; --own-bg: #dbe9ff; --other-fg: #7a3300; --other-bg: #ffe3c7; --line: #c8c8c8; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececec; --bg: #161616; --muted: #b8b8b8; --own-fg: #cfe2ff; --own-bg: #12345e; --other-fg: #ffdcb8; --other-bg: #5a2a00; --line: #444; } }
body { font: 16px/1.55 system-ui, sans-serif; color: var(--fg); background: var(--bg); max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { vertical-align: top; text-align: left; padding: .5rem; border-bottom: 1px solid var(--line); width: 50%; }
.kind { display: block; font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
tr.added td:first-child, tr.omitted td:last-child { border-left: 4px solid var(--line); }
tr.added td:first-child { border-left-color: var(--own-fg); }
tr.omitted td:last-child { border-left-color: var(--other-fg); }
tr.partial td:not(.ref) { border-left: 4px double var(--muted); }
tr.uncertain td { color: var(--muted); }
td.ref { color: var(--muted); font-size: .9em; }
ins { color: var(--own-fg); background: var(--own-bg); text-decoration: underline; }
del { color: var(--other-fg); background: var(--other-bg); text-decoration: line-through; }
.minor { color: var(--muted); background: none; }
.quote-kind { font-weight: 600; }
q { quotes: "\\201C" "\\201D"; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { body { margin: 0; max-width: none; } tr { break-inside: avoid; } }
`;
