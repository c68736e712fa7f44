import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { compareArticles, groupMembers, groupText } from '../lib/compare';
import { comparisonToHtml } from '../lib/format/comparison-to-html';
import { formatComparison } from '../lib/format/format-comparison';
import type { HtmlReportLabels } from '../lib/format/html-report-style';
import type { Article, Comparison, Group } from '../lib/types';
import { exportFileName } from '../lib/ui/export-file-name';
import { nextChange } from '../lib/ui/next-change';
import { sideTokens } from '../lib/ui/side-tokens';
import type { PageExtraction, SideBySideHandoff } from '../lib/ui/types';
import { DriftList } from './DriftList';
import { Legend } from './Legend';
import { QuoteList } from './QuoteList';
import { LinkPanel, type LinkDeps } from './LinkPanel';
import { Tokens } from './Tokens';
import { t, type MessageKey } from './i18n';
import { TEST_IDS } from './test-ids';

export interface OpenTab {
  id: number;
  title: string;
  url: string;
}

/** Everything the side-by-side page needs from the browser, passed in so the view is testable without one. */
export interface SideBySideDeps {
  loadHandoff: () => Promise<SideBySideHandoff | undefined>;
  /** Asks for host access to read other tabs; called first thing in a click (the browsers require a user gesture). */
  requestTabAccess: () => Promise<boolean>;
  listTabs: () => Promise<OpenTab[]>;
  readTab: (tabId: number) => Promise<PageExtraction>;
  download: (fileName: string, mime: string, text: string) => void;
  print: () => void;
  /** Reading the linked page a handoff may carry (compare with a link). */
  links: LinkDeps;
}

type PageState = 'loading' | 'missing' | 'ready';

const htmlLabels = (): HtmlReportLabels => ({
  title: t('appTitle'),
  thisOutlet: t('pickA'),
  otherOutlet: t('pickB'),
  summary: t('summaryHeading'),
  same: t('kind_same'),
  reworded: t('kind_reworded'),
  partial: t('kind_partial'),
  added: t('kind_added'),
  omitted: t('kind_omitted'),
  uncertain: t('kind_uncertain'),
  sharesWith: t('sbsSharesWith'),
  onlyThis: t('onlyThis'),
  onlyOther: t('onlyOther'),
  quotes: t('quotesHeading'),
  quote_identical: t('quote_identical'),
  quote_trimmed: t('quote_trimmed'),
  quote_reworded: t('quote_reworded'),
  cutByThis: t('quoteCutByThis'),
  cutByOther: t('quoteCutByOther'),
  saidBy: t('quoteSaidBy', '').trim(),
  drift: t('driftHeading'),
  driftAbout: t('driftAbout', '').trim(),
  driftDaysApart: t('driftDaysApart', '{days}'),
  legend: t('legendHeading'),
});

interface CellProps {
  comparison: Comparison;
  group: Group;
  side: 'a' | 'b';
  index: number;
  current: boolean;
  /** The row holding each sentence of this side, by sentence index (where a partly covered sentence's counterparts are). */
  rowOf: ReadonlyMap<number, number>;
  onJump: (row: number) => void;
}

/**
 * One cell of a column: that outlet's side of the group, or an empty placeholder that keeps the rows level.
 * Beside a partly covered sentence, the other column lists the sentences it shares part with, each a button
 * to the row where that sentence is.
 */
function Cell({ comparison, group, side, index, current, rowOf, onJump }: CellProps) {
  const sentences = side === 'a' ? comparison.sentencesA : comparison.sentencesB;
  const indices = side === 'a' ? group.a : group.b;
  const reference = group.kind === 'partial' && group.side !== side;
  const own = indices.length > 0 && !reference;
  const content = reference ? (
    <>
      <span class="muted">{t('sbsSharesWith')} </span>
      {indices.map((i) => (
        <button key={i} type="button" class="link" onClick={() => onJump(rowOf.get(i) ?? index)}>
          {sentences[i]?.text}
        </button>
      ))}
    </>
  ) : !indices.length ? (
    group.kind === 'uncertain' ? <span class="muted">{t('sbsNoClearMatch')}</span> : <span class="sr-only">{t('sbsNotHere')}</span>
  ) : group.kind === 'reworded' || group.kind === 'partial' ? (
    <Tokens tokens={sideTokens(group.tokens, side)} />
  ) : (
    groupText(sentences, indices)
  );
  const label: MessageKey = group.kind === 'partial' ? (side === 'a' ? 'sr_partial' : 'sr_partialOther') : `sr_${group.kind}`;
  return (
    <div
      data-testid={TEST_IDS.row}
      data-kind={group.kind}
      data-row={index}
      class={`row kind-${group.kind}${own ? '' : ' empty'}${current ? ' current' : ''}`}
      tabIndex={side === 'a' ? (current ? 0 : -1) : undefined}
      dir="auto"
    >
      {own && <span class="sr-only">{t(label)} </span>}
      {content}
    </div>
  );
}

/** Keeps row i of both columns the same height, so aligned groups stay side by side. */
function useLevelRows(columnA: HTMLElement | null, columnB: HTMLElement | null, key: unknown) {
  useLayoutEffect(() => {
    if (!columnA || !columnB) return;
    const level = () => {
      const rowsA = columnA.querySelectorAll<HTMLElement>(`[data-testid="${TEST_IDS.row}"]`);
      const rowsB = columnB.querySelectorAll<HTMLElement>(`[data-testid="${TEST_IDS.row}"]`);
      rowsA.forEach((row, i) => {
        const other = rowsB[i];
        if (!other) return;
        row.style.minHeight = other.style.minHeight = '';
        const height = Math.max(row.offsetHeight, other.offsetHeight);
        if (height) row.style.minHeight = other.style.minHeight = `${height}px`;
      });
    };
    level();
    if (typeof ResizeObserver === 'undefined') return;
    let width = columnA.clientWidth;
    const observer = new ResizeObserver(() => {
      // Only a width change reflows text; heights we set ourselves must not retrigger.
      if (columnA.clientWidth !== width) {
        width = columnA.clientWidth;
        level();
      }
    });
    observer.observe(columnA);
    return () => observer.disconnect();
  }, [columnA, columnB, key]);
}

/** The side-by-side page: two outlets in two columns, aligned rows, synchronised scrolling, keyboard navigation, exports. */
export function SideBySide({ deps }: { deps: SideBySideDeps }) {
  const [state, setState] = useState<PageState>('loading');
  const [articles, setArticles] = useState<Article[]>([]);
  const [aId, setAId] = useState('');
  const [bId, setBId] = useState('');
  const [link, setLink] = useState<string>();
  const [tabs, setTabs] = useState<OpenTab[]>();
  const [status, setStatus] = useState<string>('');
  const [current, setCurrent] = useState(-1);
  const [columnA, setColumnA] = useState<HTMLElement | null>(null);
  const [columnB, setColumnB] = useState<HTMLElement | null>(null);
  const scrolling = useRef<HTMLElement | null>(null);

  useEffect(() => {
    deps
      .loadHandoff()
      .then((handoff) => {
        if (!handoff) return setState('missing');
        setArticles(handoff.articles);
        setAId(handoff.a);
        setBId(handoff.b ?? '');
        setLink(handoff.link);
        setState('ready');
      })
      .catch(() => setState('missing'));
  }, [deps]);

  const a = articles.find((x) => x.id === aId);
  const b = articles.find((x) => x.id === bId);
  const comparison = useMemo(() => (a && b && a.id !== b.id ? compareArticles(a, b) : undefined), [a, b]);
  const kinds = comparison?.groups.map((g) => g.kind) ?? [];
  // Where each sentence's own row is, for the buttons beside a partly covered sentence.
  const rows = useMemo(() => {
    const a = new Map<number, number>();
    const b = new Map<number, number>();
    comparison?.groups.forEach((g, row) => {
      const own = groupMembers(g);
      own.a.forEach((i) => a.set(i, row));
      own.b.forEach((j) => b.set(j, row));
    });
    return { a, b };
  }, [comparison]);
  useLevelRows(columnA, columnB, comparison);
  useEffect(() => setCurrent(-1), [comparison]);

  // Scrolling one column scrolls the other; the echo of our own assignment is ignored once.
  const syncScroll = (from: HTMLElement | null, to: HTMLElement | null) => {
    if (!from || !to) return;
    if (scrolling.current === from) {
      scrolling.current = null;
      return;
    }
    if (Math.abs(to.scrollTop - from.scrollTop) < 1) return;
    scrolling.current = to;
    to.scrollTop = from.scrollTop;
  };

  const jump = (row: number) => {
    setCurrent(row);
    const element = columnA?.querySelector<HTMLElement>(`[data-row="${row}"]`);
    element?.focus();
    element?.scrollIntoView?.({ block: 'nearest' });
  };
  const move = (step: 1 | -1) => {
    const next = nextChange(kinds, current, step);
    if (next >= 0) jump(next);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.altKey || event.ctrlKey || event.metaKey || (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) return;
      const step = event.key === 'j' || event.key === 'ArrowDown' ? 1 : event.key === 'k' || event.key === 'ArrowUp' ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      move(step);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const say = (key: MessageKey, subs?: string) => setStatus(t(key, subs));

  // The linked article becomes the other column; from a page that was not an article, the only one.
  const addLinked = (article: Article) => {
    setArticles((list) => [...list.filter((x) => x.id !== article.id), article]);
    if (aId) setBId(article.id);
    else {
      setAId(article.id);
      say('linkFromNonArticle');
    }
  };

  const compareTab = async () => {
    // The permission request must come first: it needs the click's user gesture.
    const granted = await deps.requestTabAccess().catch(() => false);
    if (!granted) return say('tabPermissionDenied');
    const open = await deps.listTabs();
    if (!open.length) return say('tabNoOthers');
    setTabs(open);
    say('chooseTab');
  };

  const pickTab = async (tab: OpenTab) => {
    setTabs(undefined);
    try {
      const page = await deps.readTab(tab.id);
      if (!page.result.ok) return say('tabReadFailed');
      const article = page.result.article;
      setArticles((list) => [...list.filter((x) => x.id !== article.id), article]);
      setBId(article.id);
      say('tabAdded', article.outlet);
    } catch {
      say('tabReadFailed');
    }
  };

  const picker = (testId: string, label: MessageKey, value: string, onChange: (id: string) => void) => (
    <label>
      {t(label)}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {articles.map((x) => (
          <option key={x.id} value={x.id}>
            {x.outlet} — {x.title}
          </option>
        ))}
      </select>
    </label>
  );

  const column = (side: 'a' | 'b', article: Article | undefined, ref: (el: HTMLElement | null) => void, other: HTMLElement | null) => (
    <section
      class="sbs-column"
      data-testid={side === 'a' ? TEST_IDS.columnA : TEST_IDS.columnB}
      ref={ref}
      onScroll={(e) => syncScroll(e.currentTarget, other)}
      aria-label={article ? `${article.outlet} — ${article.title}` : undefined}
    >
      <h2>
        {article?.outlet} <span class="muted">— {article?.title}</span>
      </h2>
      {comparison?.groups.map((g, i) => (
        <Cell key={i} comparison={comparison} group={g} side={side} index={i} current={i === current} rowOf={side === 'a' ? rows.a : rows.b} onJump={jump} />
      ))}
    </section>
  );

  return (
    <main class="sbs" data-testid={TEST_IDS.sideBySide} data-state={state} aria-busy={state === 'loading'}>
      <h1>{t('sbsTitle')}</h1>
      <p role="status" aria-live="polite" class="status" data-testid={TEST_IDS.status}>
        {state === 'loading' ? t('sbsLoading') : state === 'missing' ? t('sbsMissing') : a && b && a.id === b.id ? t('sbsSameArticle') : status}
      </p>
      {state === 'ready' && (
        <>
          <div class="sbs-head">
            {picker(TEST_IDS.pickA, 'pickA', aId, setAId)}
            {picker(TEST_IDS.pickB, 'pickB', bId, setBId)}
            <div class="toolbar">
              <button type="button" data-testid={TEST_IDS.compareTab} onClick={compareTab}>
                {t('compareTab')}
              </button>
              {comparison && (
                <>
                  <button type="button" data-testid={TEST_IDS.exportMarkdown} onClick={() => deps.download(exportFileName(comparison, 'md'), 'text/markdown', formatComparison(comparison, 'markdown'))}>
                    {t('exportMarkdown')}
                  </button>
                  <button type="button" data-testid={TEST_IDS.exportHtml} onClick={() => deps.download(exportFileName(comparison, 'html'), 'text/html', comparisonToHtml(comparison, htmlLabels()))}>
                    {t('exportHtml')}
                  </button>
                  <button type="button" onClick={deps.print}>
                    {t('print')}
                  </button>
                </>
              )}
            </div>
          </div>
          {tabs && (
            <div class="no-print">
              <h2>{t('chooseTab')}</h2>
              <ul class="tab-list">
                {tabs.map((tab) => (
                  <li key={tab.id}>
                    <button type="button" data-testid={TEST_IDS.tabChoice} data-tab-id={tab.id} onClick={() => pickTab(tab)}>
                      {tab.title || tab.url}
                    </button>
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => setTabs(undefined)}>
                {t('cancel')}
              </button>
            </div>
          )}
          {link && <LinkPanel link={link} deps={deps.links} onArticle={addLinked} />}
          <Legend />
          <p class="muted no-print">{t('sbsKeys')}</p>
          <div class="sbs-columns">
            {column('a', a, setColumnA, columnB)}
            {column('b', b, setColumnB, columnA)}
          </div>
          {comparison && (
            <div class="sbs-reports">
              <QuoteList quotes={comparison.quotes} hideMinor={false} />
              <DriftList drift={comparison.drift} daysApart={comparison.publishedDaysApart} />
            </div>
          )}
        </>
      )}
    </main>
  );
}
