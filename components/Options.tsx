import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ListPage, ListQuery, ListSort } from '../lib/store/list-articles';
import type { ImportOutcome } from '../lib/store/import-articles';
import type { ArticleSource, RetentionSettings } from '../lib/store/types';
import type { IndexCheck } from '../lib/store/verify-index';
import type { Article } from '../lib/types';
import type { SideBySideHandoff } from '../lib/ui/types';
import { t } from './i18n';
import type { ImportOptions, StoreSummary } from './services/corpus-store';
import { TEST_IDS } from './test-ids';

/** What the options page does with the reader's corpus (CorpusStore, or a fake in tests). */
export interface OptionsStore {
  summary(): Promise<StoreSummary>;
  list(query: ListQuery): Promise<ListPage>;
  importFile(file: File, options: ImportOptions): Promise<ImportOutcome>;
  exportParts(format: 'jsonl' | 'pack'): Promise<string[]>;
  remove(docNos: readonly number[]): Promise<number>;
  removeSource(source: ArticleSource): Promise<number>;
  removeOlderThan(days: number): Promise<number>;
  retention(): Promise<RetentionSettings>;
  setRetention(settings: RetentionSettings): Promise<number>;
  check(): Promise<IndexCheck>;
  rebuild(): Promise<number>;
  sideBySide(docNo: number): Promise<SideBySideHandoff | undefined>;
  /** Finishes the upkeep a closed page (a popup after a save, say) left undone: the page asks on opening. */
  resumeUpkeep(): Promise<void>;
  readonly migrationProblem?: string;
}

/** Everything the options page needs from the browser, passed in so the view is testable without one. */
export interface OptionsDeps {
  bundled: readonly Article[];
  openStore: () => Promise<OptionsStore>;
  /** The articles of a database a newer version wrote, for an export (the store cannot open it). */
  exportNewer: () => Promise<{ parts: string[]; unreadable: number }>;
  download: (fileName: string, mime: string, parts: BlobPart[]) => void;
  openSideBySide: (handoff: SideBySideHandoff) => Promise<void>;
  confirm: (message: string) => boolean;
}

/** Sources the reader's store holds (the bundled articles are listed apart). */
const STORE_SOURCES: ArticleSource[] = ['saved', 'imported', 'feed', 'visited', 'link'];
const PAGE_SIZE = 50;

type Problem = { kind: 'newer' | 'failed' | 'damaged' | 'full' | 'migration'; message: string };

const formatBytes = (bytes: number) => (bytes >= 1073741824 ? `${(bytes / 1073741824).toFixed(1)} GB` : `${(bytes / 1048576).toFixed(1)} MB`);
const dayOf = (value: string, end: boolean) => (value ? Date.parse(`${value}T${end ? '23:59:59.999' : '00:00:00'}Z`) : undefined);
const dateText = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const whole = (value: string) => (value.trim() === '' ? undefined : Math.max(0, Math.floor(Number(value))));

/**
 * The reader's corpus: summary, import and export, the list with filters and deletions, retention, checks;
 * `sources` (the opt-in sources' settings) goes first, under the title.
 */
export function Options({ deps, sources }: { deps: OptionsDeps; sources?: ComponentChildren }) {
  const [store, setStore] = useState<OptionsStore>();
  const [problem, setProblem] = useState<Problem>();
  const [summary, setSummary] = useState<StoreSummary>();
  const [filters, setFilters] = useState({ headline: '', source: '', outlet: '', from: '', to: '', sort: 'newest' as ListSort });
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<ListPage>({ entries: [], total: 0 });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [olderDays, setOlderDays] = useState('30');
  const [retention, setRetention] = useState({ keepDays: '', maxArticles: '' });
  const [checked, setChecked] = useState<IndexCheck>();
  const cancel = useRef({ aborted: false });

  const query = useCallback(
    (): ListQuery => ({
      headline: filters.headline || undefined,
      source: (filters.source || undefined) as ArticleSource | undefined,
      outlet: filters.outlet.trim() || undefined,
      from: dayOf(filters.from, false),
      to: dayOf(filters.to, true),
      sort: filters.sort,
      offset,
      limit: PAGE_SIZE,
    }),
    [filters, offset],
  );

  const reload = useCallback(async () => {
    if (!store) return;
    const [s, p] = await Promise.all([store.summary(), store.list(query())]);
    setSummary(s);
    setPage(p);
    if (s.damaged) setProblem({ kind: 'damaged', message: t('storeDamaged') });
  }, [store, query]);

  useEffect(() => {
    deps.openStore().then(
      async (opened) => {
        setStore(opened);
        // Not awaited: the page is usable meanwhile, and an upkeep pass records its own failure.
        void opened.resumeUpkeep().catch(() => undefined);
        if (opened.migrationProblem) setProblem({ kind: 'migration', message: t('migrationFailed', opened.migrationProblem) });
        const kept = await opened.retention();
        setRetention({ keepDays: kept.keepDays === undefined ? '' : String(kept.keepDays), maxArticles: kept.maxArticles === undefined ? '' : String(kept.maxArticles) });
      },
      (error: { kind?: string; message?: string }) => setProblem({ kind: error.kind === 'newer' ? 'newer' : 'failed', message: t(error.kind === 'newer' ? 'storeNewer' : 'storeFailed', error.message ?? String(error)) }),
    );
  }, [deps]);

  useEffect(() => {
    reload().catch(() => setStatus(t('loadFailed')));
  }, [reload]);

  /**
   * Runs a change, shows the corpus again, then says what happened (or what went wrong). The outcome line comes
   * last so that when it says "Imported: 30", the summary and the list beside it already show those 30.
   */
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setStatus(t('working'));
    let outcome = '';
    try {
      outcome = await work();
      setSelected(new Set());
    } catch (error) {
      if ((error as Error).name === 'StorageFullError') setProblem({ kind: 'full', message: t('storageFull') });
      else outcome = t('importInvalid', (error as Error).message ?? String(error));
    } finally {
      setBusy(false);
      setProgress(undefined);
      await reload().catch(() => undefined);
      setStatus(outcome);
    }
  };

  const removeCounted = async (docNos: number[]) => {
    if (!store || !docNos.length || !deps.confirm(t('confirmDelete', docNos.length.toLocaleString()))) return;
    await run(async () => t('deletedMany', (await store.remove(docNos)).toLocaleString()));
  };

  const removeOne = (docNo: number, title: string) =>
    run(async () => {
      await store?.remove([docNo]);
      return t('deleted', title);
    });

  const rebuild = () =>
    run(async () => {
      setProblem(undefined);
      setChecked(undefined);
      return t('rebuilt', ((await store?.rebuild()) ?? 0).toLocaleString());
    });

  const importFile = async (file: File | undefined) => {
    if (!store || !file) return;
    cancel.current = { aborted: false };
    await run(async () => {
      setStatus(t('importChecking'));
      const outcome = await store.importFile(file, { signal: cancel.current, onProgress: (done, total) => setProgress({ done, total }) });
      if (outcome.cancelled) return t('importCancelled', outcome.added.toLocaleString());
      const skipped = outcome.skipped.map((d) => t('importDuplicate', [d.title || d.id, t(`reason_${d.reason}`)]));
      return [t('importDone', [outcome.added, outcome.skippedCount]), outcome.replaced ? t('importReplaced', outcome.replaced) : '', ...skipped].filter(Boolean).join(' ');
    });
  };

  const exportAs = async (format: 'jsonl' | 'pack') => {
    if (!store) return;
    const parts = await store.exportParts(format);
    deps.download(format === 'jsonl' ? 'outlet-diff-corpus.jsonl' : 'outlet-diff-corpus.json', format === 'jsonl' ? 'application/x-ndjson' : 'application/json', parts);
  };

  const exportReadable = async () => {
    const { parts, unreadable } = await deps.exportNewer();
    deps.download('outlet-diff-corpus-readable.jsonl', 'application/x-ndjson', parts);
    setStatus(t('exportedReadable', [parts.join('').split('\n').filter(Boolean).length.toLocaleString(), unreadable]));
  };

  const openEntry = async (docNo: number, title: string) => {
    if (!store) return;
    const handoff = await store.sideBySide(docNo);
    if (handoff) await deps.openSideBySide(handoff);
    else setStatus(t('noOtherArticle', title));
  };

  const setFilter = (name: keyof typeof filters) => (e: Event) => {
    setFilters({ ...filters, [name]: (e.currentTarget as HTMLInputElement).value });
    setOffset(0);
  };
  const toggle = (docNo: number) => {
    const next = new Set(selected);
    if (next.has(docNo)) next.delete(docNo);
    else next.add(docNo);
    setSelected(next);
  };
  const first = page.total ? offset + 1 : 0;
  const last = Math.min(offset + PAGE_SIZE, page.total);
  const disabled = !store || busy;

  return (
    <main class="options" data-testid={TEST_IDS.options} aria-busy={busy}>
      <h1>{t('optionsTitle')}</h1>
      {sources}
      {problem && (
        <div role="alert" class="notice" data-testid={TEST_IDS.storeProblem} data-kind={problem.kind}>
          <p>{problem.message}</p>
          {(problem.kind === 'newer' || problem.kind === 'failed') && (
            <button type="button" data-testid={TEST_IDS.exportReadable} onClick={() => void exportReadable()}>
              {t('exportReadable')}
            </button>
          )}
          {problem.kind === 'damaged' && (
            <button type="button" data-testid={TEST_IDS.rebuildIndex} disabled={disabled} onClick={() => void rebuild()}>
              {t('rebuildIndex')}
            </button>
          )}
        </div>
      )}
      {summary && (
        <p data-testid={TEST_IDS.storeSummary} data-count={summary.count}>
          {t('storeSummary', [summary.count.toLocaleString(), deps.bundled.length])}{' '}
          {summary.usage !== undefined && summary.quota !== undefined && t('storeUsage', [formatBytes(summary.usage), formatBytes(summary.quota)])}{' '}
          <span class="muted">
            {Object.entries(summary.bySource)
              .map(([source, n]) => t('storeSourceCount', [t(`source_${source as ArticleSource}`), (n as number).toLocaleString()]))
              .join(' · ')}
          </span>
        </p>
      )}
      <div class="toolbar">
        <label>
          {t('importPack')}{' '}
          <input
            type="file"
            accept="application/json,.json,.jsonl,.ndjson"
            disabled={disabled}
            data-testid={TEST_IDS.importPack}
            onChange={(e) => {
              const input = e.currentTarget;
              void importFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
        <button type="button" data-testid={TEST_IDS.exportJsonl} disabled={disabled} onClick={() => void exportAs('jsonl')}>
          {t('exportJsonl')}
        </button>
        <button type="button" data-testid={TEST_IDS.exportPack} disabled={disabled} onClick={() => void exportAs('pack')}>
          {t('exportPack')}
        </button>
      </div>
      {progress && (
        <div class="toolbar">
          <progress
            data-testid={TEST_IDS.importProgress}
            role="progressbar"
            aria-label={t('importProgressLabel')}
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
            aria-valuetext={t('importProgress', [progress.done.toLocaleString(), progress.total.toLocaleString()])}
            max={progress.total || 1}
            value={progress.done}
          />
          <span>{t('importProgress', [progress.done.toLocaleString(), progress.total.toLocaleString()])}</span>
          <button type="button" data-testid={TEST_IDS.importCancel} onClick={() => (cancel.current.aborted = true)}>
            {t('importCancel')}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" class="status" data-testid={TEST_IDS.importStatus}>
        {status}
      </p>

      <h2>{t('savedHeading')}</h2>
      <div class="toolbar filters">
        <label>
          {t('searchLabel')} <input type="search" data-testid={TEST_IDS.searchBox} value={filters.headline} onInput={setFilter('headline')} />
        </label>
        <label>
          {t('sourceLabel')}{' '}
          <select data-testid={TEST_IDS.sourceFilter} value={filters.source} onChange={setFilter('source')}>
            <option value="">{t('sourceAll')}</option>
            {STORE_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`source_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('outletLabel')} <input type="text" data-testid={TEST_IDS.outletFilter} value={filters.outlet} onChange={setFilter('outlet')} />
        </label>
        <label>
          {t('fromLabel')} <input type="date" data-testid={TEST_IDS.dateFrom} value={filters.from} onChange={setFilter('from')} />
        </label>
        <label>
          {t('toLabel')} <input type="date" data-testid={TEST_IDS.dateTo} value={filters.to} onChange={setFilter('to')} />
        </label>
        <label>
          {t('sortLabel')}{' '}
          <select data-testid={TEST_IDS.sortOrder} value={filters.sort} onChange={setFilter('sort')}>
            {(['newest', 'oldest', 'outlet'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`sort_${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="toolbar">
        <button type="button" data-testid={TEST_IDS.deleteSelected} disabled={disabled || !selected.size} onClick={() => void removeCounted([...selected])}>
          {t('deleteSelected', selected.size)}
        </button>
        {filters.source && (
          <button
            type="button"
            data-testid={TEST_IDS.deleteSource}
            disabled={disabled}
            onClick={() => {
              if (store && deps.confirm(t('confirmDelete', page.total.toLocaleString()))) void run(async () => t('deletedMany', (await store.removeSource(filters.source as ArticleSource)).toLocaleString()));
            }}
          >
            {t('deleteSourceButton')}
          </button>
        )}
        <label>
          {t('deleteOlderLabel')} <input type="number" min="0" data-testid={TEST_IDS.olderDays} value={olderDays} onInput={(e) => setOlderDays(e.currentTarget.value)} />
        </label>
        <button
          type="button"
          data-testid={TEST_IDS.deleteOlder}
          disabled={disabled || whole(olderDays) === undefined}
          onClick={() => {
            if (store && deps.confirm(t('confirmDeleteOlder', whole(olderDays) as number))) void run(async () => t('deletedMany', (await store.removeOlderThan(whole(olderDays) as number)).toLocaleString()));
          }}
        >
          {t('deleteOlderButton')}
        </button>
      </div>
      {page.entries.length ? (
        <ul class="article-list">
          {page.entries.map((entry) => (
            <li key={entry.docNo} data-testid={TEST_IDS.savedArticle} data-article-id={entry.id} data-doc-no={entry.docNo}>
              <input type="checkbox" data-testid={TEST_IDS.selectArticle} aria-label={t('selectLabel', entry.title)} checked={selected.has(entry.docNo)} onChange={() => toggle(entry.docNo)} />
              <span class="entry">
                <strong>{entry.outlet}</strong> — {entry.title}{' '}
                <span class="muted">
                  {dateText(entry.day)} · {t(`source_${entry.source}`)} · {t('wordCount', entry.words)}
                </span>
              </span>
              <button type="button" data-testid={TEST_IDS.openArticle} aria-label={t('openRowLabel', entry.title)} disabled={disabled} onClick={() => void openEntry(entry.docNo, entry.title)}>
                {t('openSideBySide')}
              </button>
              <button type="button" data-testid={TEST_IDS.deleteSaved} aria-label={t('deleteSavedLabel', entry.title)} disabled={disabled} onClick={() => void removeOne(entry.docNo, entry.title)}>
                {t('deleteSaved')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('savedNone')}</p>
      )}
      <div class="toolbar">
        <button type="button" data-testid={TEST_IDS.pagePrev} disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
          {t('pagePrev')}
        </button>
        <span data-testid={TEST_IDS.pageInfo}>{t('pageInfo', [first.toLocaleString(), last.toLocaleString(), page.total.toLocaleString()])}</span>
        <button type="button" data-testid={TEST_IDS.pageNext} disabled={last >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
          {t('pageNext')}
        </button>
      </div>

      <h2>{t('retentionHeading')}</h2>
      <p class="muted">{t('retentionNote')}</p>
      <div class="toolbar">
        <label>
          {t('retentionDays')} <input type="number" min="1" data-testid={TEST_IDS.retentionDays} value={retention.keepDays} onInput={(e) => setRetention({ ...retention, keepDays: e.currentTarget.value })} />
        </label>
        <label>
          {t('retentionMax')} <input type="number" min="1" data-testid={TEST_IDS.retentionMax} value={retention.maxArticles} onInput={(e) => setRetention({ ...retention, maxArticles: e.currentTarget.value })} />
        </label>
        <button
          type="button"
          data-testid={TEST_IDS.retentionSave}
          disabled={disabled}
          onClick={() => void run(async () => t('retentionApplied', (await store!.setRetention({ keepDays: whole(retention.keepDays), maxArticles: whole(retention.maxArticles) })).toLocaleString()))}
        >
          {t('retentionSave')}
        </button>
      </div>
      <div class="toolbar">
        <button
          type="button"
          data-testid={TEST_IDS.checkIndex}
          disabled={disabled}
          onClick={() =>
            void run(async () => {
              const result = await store!.check();
              setChecked(result);
              return result.problems.length ? t('checkProblems', result.problems.length) : t('checkOk', result.articles.toLocaleString());
            })
          }
        >
          {t('checkIndex')}
        </button>
        {checked?.problems.length ? (
          <button type="button" data-testid={TEST_IDS.rebuildIndex} disabled={disabled} onClick={() => void rebuild()}>
            {t('rebuildIndex')}
          </button>
        ) : null}
      </div>

      <h2>{t('bundledHeading')}</h2>
      <ul class="article-list">
        {deps.bundled.map((article) => (
          <li key={article.id} data-testid={TEST_IDS.bundledArticle} data-article-id={article.id}>
            <span>
              <strong>{article.outlet}</strong> — {article.title}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
