import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BundledCorpus } from '../lib/corpus/types';
import { selectionToArticle } from '../lib/extract/selection-to-article';
import type { Consensus, Coverage, Match } from '../lib/match/types';
import { linkTarget } from '../lib/sources/link-target';
import type { AddOutcome } from '../lib/store/add-articles';
import type { ArticleOrigin } from '../lib/store/article-origin';
import type { Article } from '../lib/types';
import { analyseCoverage, type CoverageOutcome } from '../lib/ui/analyse-coverage';
import { capArticle, type CappedArticle } from '../lib/ui/cap-article';
import type { PageExtraction, SideBySideHandoff } from '../lib/ui/types';
import { ComparisonView } from './ComparisonView';
import { ConsensusReport } from './ConsensusReport';
import { MatchList } from './MatchList';
import { ThisArticle } from './ThisArticle';
import { t, type MessageKey } from './i18n';
import type { TabRead } from './services/read-tab';
import { TEST_IDS, type PopupState } from './test-ids';

/**
 * Words compared at most: a 1,000-word page must be on screen within 200 ms, and the alignment grows
 * faster than linearly, so a huge page (a live blog, a report) is compared on its first part only.
 */
export const MAX_COMPARED_WORDS = 3000;

/** Performance entries the browser tests read: text arrival to the first result on screen. */
export const PERF = { textArrived: 'od:text-arrived', rendered: 'od:comparison-rendered', measure: 'od:text-to-screen' } as const;

/**
 * The comparison engine (alignment, word diff, quotes, drift, consensus), loaded as chunks of their own
 * while the page is read: the popup's own code, what opens first, stays small.
 */
interface Engine {
  compareArticles: typeof import('../lib/compare').compareArticles;
  coverageConsensus: typeof import('../lib/match/coverage-consensus').coverageConsensus;
  warmUpEngine: typeof import('../lib/ui/warm-up-engine').warmUpEngine;
}

function loadEngine(): Promise<Engine> {
  return Promise.all([import('../lib/compare'), import('../lib/match/coverage-consensus'), import('../lib/ui/warm-up-engine')]).then(([compare, consensus, warmUp]) => ({
    compareArticles: compare.compareArticles,
    coverageConsensus: consensus.coverageConsensus,
    warmUpEngine: warmUp.warmUpEngine,
  }));
}

/** Everything the popup needs from the browser, passed in so the view is testable without one. */
export interface PopupDeps {
  bundle: BundledCorpus;
  readPage: () => Promise<TabRead>;
  /** Coverage in the reader's corpus (the store and the bundled articles; the bundled alone if the store fails). */
  findCoverage: (article: Article) => Promise<Coverage>;
  saveArticle: (article: Article) => Promise<AddOutcome>;
  openSideBySide: (handoff: SideBySideHandoff) => Promise<void>;
  openOptions: () => void;
  /** Where the matches from the reader's store came from (feed and date, link, visited…), by id. */
  originsOf: (ids: string[]) => Promise<Record<string, ArticleOrigin>>;
  /** Asks for access to a pasted link's site; called first thing in the click (a user gesture). */
  requestLinkAccess: (url: string) => Promise<boolean>;
}

/** The sources a page with no coverage offers, in the order shown. */
const OFFERS = ['feeds', 'link', 'tab'] as const;

/** `page` is the article as read (what Save keeps, whole); `capped` what is compared. */
type Result = { state: 'no-coverage' | 'ready' | 'this-article'; page: Article; capped: CappedArticle; outcome: CoverageOutcome };
/**
 * While busy (data-state 'reading' throughout, the DOM contract), what it is busy with: reading the page,
 * then searching the corpus, which says so once it takes longer than SLOW_SEARCH_MS.
 */
type Busy = { state: 'reading'; searching?: 'now' | 'slow' };
type Model = Busy | { state: 'restricted' | 'error' } | { state: 'not-article'; page: PageExtraction } | Result;

/**
 * After this long a search says it is still under way, and why that can happen: a save that folds the
 * store's index log or an import holds the database for seconds at 100,000 articles (README, the store).
 */
export const SLOW_SEARCH_MS = 1_500;

async function analyse(article: Article, deps: PopupDeps): Promise<Result> {
  const capped = capArticle(article, MAX_COMPARED_WORDS);
  const outcome = analyseCoverage(capped.article, await deps.findCoverage(capped.article));
  return { state: outcome.state, page: article, capped, outcome };
}

const STATE_MESSAGE: Record<PopupState, MessageKey> = {
  reading: 'stateReading',
  restricted: 'stateRestricted',
  'not-article': 'stateNotArticle',
  'no-coverage': 'stateNoCoverage',
  'this-article': 'stateThisArticle',
  ready: 'stateReady',
  error: 'stateError',
};

function statusText(model: Model): string {
  if (model.state === 'reading' && 'searching' in model) return t(model.searching === 'slow' ? 'stateSearchingSlow' : 'stateSearching');
  if (model.state === 'ready') return t('stateReady', model.outcome.others.length);
  if (model.state === 'this-article' && !model.outcome.others.length) return t('stateThisArticleAlone');
  if (model.state === 'not-article') return `${t('stateNotArticle')} ${t(model.page.selection.trim() ? 'stateNotArticleSelection' : 'stateNotArticleHint')}`;
  return t(STATE_MESSAGE[model.state]);
}

/** The toolbar popup: reads the page, finds other outlets' reports, shows the comparison. */
export function Popup({ deps }: { deps: PopupDeps }) {
  const [model, setModel] = useState<Model>({ state: 'reading' });
  const [selectedId, setSelectedId] = useState<string>();
  const [consensus, setConsensus] = useState<Consensus>();
  const [note, setNote] = useState<MessageKey>();
  const [origins, setOrigins] = useState<Record<string, ArticleOrigin>>({});
  const [link, setLink] = useState('');
  const [linkNote, setLinkNote] = useState<MessageKey>();
  const measured = useRef(false);
  // The comparison engine, there before any result is shown (loaded while the page is read).
  const engine = useRef<Engine | undefined>(undefined);
  const linkField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const reading = deps.readPage();
    // While the page is read in its own process, this thread is idle: load the engine and compile its
    // hot paths (see warmUpEngine) meanwhile; the store opens at the same time (deps, from the page's start).
    const preparing = loadEngine().then(
      (loaded) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            engine.current = loaded;
            loaded.warmUpEngine(deps.bundle.corpus);
            resolve();
          }, 0),
        ),
    );
    (async () => {
      const read = await reading;
      if (read.kind === 'restricted') return setModel({ state: 'restricted' });
      performance.mark(PERF.textArrived);
      await preparing;
      const { result } = read.page;
      if (!result.ok) return setModel({ state: 'not-article', page: read.page });
      setModel({ state: 'reading', searching: 'now' });
      const slow = setTimeout(() => setModel((m) => (m.state === 'reading' && 'searching' in m ? { state: 'reading', searching: 'slow' } : m)), SLOW_SEARCH_MS);
      const analysed = await analyse(result.article, deps).finally(() => clearTimeout(slow));
      setSelectedId(analysed.outcome.others[0]?.article.id);
      setModel(analysed);
    })().catch((error: unknown) => {
      console.error('Outlet Diff:', error);
      setModel({ state: 'error' });
    });
  }, [deps]);

  const outcome = 'outcome' in model ? model.outcome : undefined;
  const candidates = outcome ? [...outcome.others, ...outcome.nearest] : [];
  // With no coverage, only articles on the same topic are listed; unrelated ones would only mislead.
  const related = outcome ? outcome.nearest.filter((m) => m.decision === 'related') : [];
  const selected = candidates.find((m) => m.article.id === selectedId);
  const comparison = useMemo(() => (outcome && selected && engine.current ? engine.current.compareArticles(outcome.article, selected.article) : undefined), [outcome, selected]);

  // The first result on screen ends the text-to-screen measure (effects run after the browser paints).
  useEffect(() => {
    if (measured.current || !('outcome' in model) || performance.getEntriesByName(PERF.textArrived).length === 0) return;
    measured.current = true;
    performance.mark(PERF.rendered);
    performance.measure(PERF.measure, PERF.textArrived, PERF.rendered);
  }, [model, comparison]);

  // Provenance is a second read of the store, after the first paint: it never delays the comparison.
  useEffect(() => {
    if (!outcome) return;
    let current = true;
    const ids = [...outcome.others, ...outcome.nearest].map((m) => m.article.id);
    deps.originsOf(ids).then(
      (found) => current && setOrigins(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [outcome, deps]);

  // Consensus needs every pair of outlets compared: done after the first paint, so it never delays it.
  useEffect(() => {
    setConsensus(undefined);
    if (!outcome || outcome.others.length < 2) return;
    const consensusOf = engine.current?.coverageConsensus;
    if (!consensusOf) return;
    const timer = setTimeout(() => setConsensus(consensusOf(outcome.article, outcome.others.map((m) => m.article))), 0);
    return () => clearTimeout(timer);
  }, [outcome]);

  const compareSelection = async (page: PageExtraction) => {
    const article = selectionToArticle(page.selection, { url: page.url, title: page.title });
    const analysed = await analyse(article, deps);
    setSelectedId(analysed.outcome.others[0]?.article.id);
    setModel(analysed);
  };

  const save = async (article: Article) => {
    try {
      const result = await deps.saveArticle(article);
      setNote(result.added.length ? 'saved' : 'savedAlready');
    } catch (error) {
      setNote((error as Error).name === 'StorageFullError' ? 'saveFull' : 'saveFailed');
    }
  };

  const openSideBySide = (a: Article, b?: Match, link?: string) => {
    const articles = [a, ...candidates.map((m) => m.article)];
    deps.openSideBySide({ articles, a: a.id, ...(b ? { b: b.article.id } : {}), ...(link ? { link } : {}) }).catch(() => setModel({ state: 'error' }));
  };

  const compareLink = (event: Event, a: Article) => {
    event.preventDefault();
    const target = linkTarget(link);
    if (!target.ok) return setLinkNote('linkNotAddress');
    setLinkNote(undefined);
    // Asked first thing in the click; the side-by-side page reads the link, or offers to ask again if refused.
    const asking = deps.requestLinkAccess(target.url).catch(() => false);
    void asking.then(() => openSideBySide(a, undefined, target.url));
  };

  const offer = (kind: (typeof OFFERS)[number], a: Article) => {
    if (kind === 'feeds') return deps.openOptions();
    if (kind === 'tab') return openSideBySide(a);
    linkField.current?.focus();
  };

  return (
    <main class="popup" data-testid={TEST_IDS.popup} data-state={model.state} aria-busy={model.state === 'reading'}>
      <header>
        <h1>{t('appTitle')}</h1>
        <button type="button" data-testid={TEST_IDS.openOptions} onClick={deps.openOptions}>
          {t('openOptions')}
        </button>
      </header>
      <p class="status" role="status" aria-live="polite" data-testid={TEST_IDS.status}>
        {statusText(model)}
      </p>
      {model.state === 'not-article' && model.page.selection.trim() && (
        <button type="button" data-testid={TEST_IDS.compareSelection} onClick={() => compareSelection(model.page)}>
          {t('compareSelection')}
        </button>
      )}
      {outcome && 'capped' in model && (
        <>
          <ThisArticle article={outcome.article} />
          {model.capped.capped && (
            <p class="notice" data-testid={TEST_IDS.capNotice}>
              {t('capNotice', [model.capped.keptWords.toLocaleString(), model.capped.totalWords.toLocaleString()])}
            </p>
          )}
          <div class="toolbar">
            {model.state !== 'this-article' && (
              <button type="button" data-testid={TEST_IDS.saveArticle} onClick={() => save(model.page)}>
                {t('saveArticle')}
              </button>
            )}
            {comparison && selected && (
              <button type="button" data-testid={TEST_IDS.openSideBySide} onClick={() => openSideBySide(outcome.article, selected)}>
                {t('openSideBySide')}
              </button>
            )}
            {note && (
              <span role="status" class="muted">
                {t(note)}
              </span>
            )}
          </div>
          {outcome.others.length > 0 && (
            <>
              <h2>{t('otherOutlets')}</h2>
              <MatchList matches={outcome.others} selectedId={selectedId} onSelect={(m) => setSelectedId(m.article.id)} label={t('otherOutlets')} origins={origins} />
            </>
          )}
          {model.state === 'no-coverage' && (
            <section class="offers" aria-labelledby="offers-heading">
              <h2 id="offers-heading">{t('offersHeading')}</h2>
              <ul>
                {OFFERS.map((kind) => (
                  <li key={kind}>
                    <button type="button" class="link" data-testid={TEST_IDS.sourceOffer} data-offer={kind} onClick={() => offer(kind, outcome.article)}>
                      {t(`offer_${kind}`)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <form class="link-form" onSubmit={(e) => compareLink(e, outcome.article)}>
            <label>
              {t('linkLabel')}
              <input ref={linkField} type="text" inputMode="url" autoComplete="off" spellcheck={false} placeholder="https://" value={link} onInput={(e) => setLink(e.currentTarget.value)} data-testid={TEST_IDS.linkInput} />
            </label>
            <button type="submit" data-testid={TEST_IDS.linkCompare}>
              {t('linkCompare')}
            </button>
            {linkNote && (
              <p role="alert" class="muted" data-testid={TEST_IDS.linkNote}>
                {t(linkNote)}
              </p>
            )}
          </form>
          {model.state === 'no-coverage' && related.length > 0 && (
            <>
              <h2>{t('relatedHeading')}</h2>
              <MatchList matches={related} selectedId={selectedId} onSelect={(m) => setSelectedId(m.article.id)} label={t('relatedHeading')} origins={origins} />
            </>
          )}
          {comparison && <ComparisonView comparison={comparison} consensus={consensus} otherCount={outcome.others.length} />}
          {outcome.others.length >= 2 && <ConsensusReport consensus={consensus} others={outcome.others.map((m) => m.article)} />}
        </>
      )}
    </main>
  );
}
