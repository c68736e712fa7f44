import { useEffect, useState } from 'preact/hooks';
import type { MergeResult } from '../lib/corpus/merge-saved-articles';
import type { CorpusPack } from '../lib/corpus/types';
import { MAX_PACK_BYTES, validateCorpusPack } from '../lib/corpus/validate-corpus-pack';
import type { Article } from '../lib/types';
import { t } from './i18n';
import { TEST_IDS } from './test-ids';

/** Everything the options page needs from the browser, passed in so the view is testable without one. */
export interface OptionsDeps {
  bundled: readonly Article[];
  loadSaved: () => Promise<Article[]>;
  addSaved: (articles: Article[]) => Promise<MergeResult>;
  deleteSaved: (id: string) => Promise<Article[]>;
  download: (fileName: string, mime: string, text: string) => void;
}

/** Reads the chosen file as text (File.text where the browser has it). */
const readFile = (file: File): Promise<string> => file.text();

/** The reader's corpus: bundled and saved articles, delete, export and import of corpus packs. */
export function Options({ deps }: { deps: OptionsDeps }) {
  const [saved, setSaved] = useState<Article[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    deps.loadSaved().then(setSaved, () => setStatus(t('loadFailed')));
  }, [deps]);

  const remove = async (article: Article) => {
    try {
      setSaved(await deps.deleteSaved(article.id));
      setStatus(t('deleted', article.title));
    } catch {
      setStatus(t('loadFailed'));
    }
  };

  const exportPack = () => {
    const pack: CorpusPack = { format: 'outlet-diff-corpus', version: 1, articles: [...deps.bundled, ...saved] };
    deps.download('outlet-diff-corpus.json', 'application/json', JSON.stringify(pack, null, 2));
  };

  // Nothing is written unless the whole file is a valid pack; then one write adds every new article.
  const importPack = async (file: File | undefined) => {
    if (!file) return;
    const mb = (bytes: number) => String(Math.ceil(bytes / 1048576));
    if (file.size > MAX_PACK_BYTES) return setStatus(t('importTooLarge', [mb(file.size), mb(MAX_PACK_BYTES)]));
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file));
    } catch {
      return setStatus(t('importUnreadable'));
    }
    const pack = validateCorpusPack(json);
    if (!pack.ok) return setStatus(t('importInvalid', pack.error));
    try {
      const result = await deps.addSaved(pack.articles);
      setSaved(result.articles);
      const skipped = result.duplicates.map((d) => t('importDuplicate', [d.title || d.id, t(d.reason === 'id' ? 'reason_id' : 'reason_text')]));
      setStatus([t('importDone', [result.added.length, result.duplicates.length]), ...skipped].join(' '));
    } catch {
      setStatus(t('loadFailed'));
    }
  };

  return (
    <main class="options" data-testid={TEST_IDS.options}>
      <h1>{t('optionsTitle')}</h1>
      <div class="toolbar">
        <button type="button" data-testid={TEST_IDS.exportPack} onClick={exportPack}>
          {t('exportPack')}
        </button>
        <label>
          {t('importPack')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid={TEST_IDS.importPack}
            onChange={(e) => {
              const input = e.currentTarget;
              void importPack(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      <p role="status" aria-live="polite" class="status" data-testid={TEST_IDS.importStatus}>
        {status}
      </p>
      <h2>{t('savedHeading')}</h2>
      {saved.length ? (
        <ul class="article-list">
          {saved.map((article) => (
            <li key={article.id} data-testid={TEST_IDS.savedArticle} data-article-id={article.id}>
              <span>
                <strong>{article.outlet}</strong> — {article.title}
              </span>
              <button type="button" data-testid={TEST_IDS.deleteSaved} aria-label={t('deleteSavedLabel', article.title)} onClick={() => remove(article)}>
                {t('deleteSaved')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('savedNone')}</p>
      )}
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
