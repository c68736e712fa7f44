/**
 * The DOM contract between the extension's views and the real-browser tests (tests/browser): the
 * views put these values in `data-testid` (and the states in `data-state`), the tests query them.
 * Changing one is changing both.
 */
export const TEST_IDS = {
  /** Popup root; carries data-state (see PopupState). */
  popup: 'popup',
  /** This article: outlet, headline, word count. */
  thisArticle: 'this-article',
  /** One ranked other outlet; carries data-article-id and data-decision; clicking selects it. */
  match: 'match',
  /** Summary bar: added / omitted / reworded / same. */
  summary: 'summary',
  /** One comparison group in the article text; carries data-kind (same|reworded|partial|added|omitted|uncertain). */
  group: 'group',
  /** Inside a partly covered group: the disclosure with the other outlet's sentences that carry part of it. */
  counterpart: 'counterpart',
  /** Filter controls: one button per filter, carrying data-filter (all|changes|added|omitted|partial|reworded) and aria-pressed. */
  filter: 'filter',
  /** The hide-minor-changes checkbox. */
  hideMinor: 'hide-minor',
  /** Buttons. */
  saveArticle: 'save-article',
  openSideBySide: 'open-side-by-side',
  compareSelection: 'compare-selection',
  /** Quotes worded differently, number/name drift, consensus / omission report sections. */
  quotes: 'quotes',
  drift: 'drift',
  /** The note under the drift list that the reports were published days apart. */
  driftDaysApart: 'drift-days-apart',
  consensus: 'consensus',
  omissions: 'omissions',
  /** Side-by-side page. */
  sideBySide: 'side-by-side',
  columnA: 'column-a',
  columnB: 'column-b',
  /**
   * One row of a side-by-side column; carries data-kind and data-row. Each column has one row per group,
   * in the same order: row i of column-a sits beside row i of column-b (an empty one when that outlet lacks it).
   */
  row: 'row',
  pickA: 'pick-a',
  pickB: 'pick-b',
  compareTab: 'compare-tab',
  exportMarkdown: 'export-markdown',
  exportHtml: 'export-html',
  /** Options page. */
  options: 'options',
  /** One article of the corpus list; carries data-article-id and data-doc-no. */
  savedArticle: 'saved-article',
  bundledArticle: 'bundled-article',
  /** A list row's delete, select and open-side-by-side controls. */
  deleteSaved: 'delete-saved',
  selectArticle: 'select-article',
  openArticle: 'open-article',
  deleteSelected: 'delete-selected',
  exportPack: 'export-pack',
  exportJsonl: 'export-jsonl',
  importPack: 'import-pack',
  /** The options page's one-line status (import results, deletions, checks). */
  importStatus: 'import-status',
  /** role=progressbar while an import runs, with its Cancel button. */
  importProgress: 'import-progress',
  importCancel: 'import-cancel',
  /** Count and storage used; carries data-count. */
  storeSummary: 'store-summary',
  /** A problem with the store itself (newer database, damaged index, full storage), role=alert. */
  storeProblem: 'store-problem',
  exportReadable: 'export-readable',
  searchBox: 'search-box',
  sourceFilter: 'source-filter',
  outletFilter: 'outlet-filter',
  dateFrom: 'date-from',
  dateTo: 'date-to',
  sortOrder: 'sort-order',
  pagePrev: 'page-prev',
  pageNext: 'page-next',
  pageInfo: 'page-info',
  deleteSource: 'delete-source',
  olderDays: 'older-days',
  deleteOlder: 'delete-older',
  retentionDays: 'retention-days',
  retentionMax: 'retention-max',
  retentionSave: 'retention-save',
  checkIndex: 'check-index',
  rebuildIndex: 'rebuild-index',
  /** Added with the extension views: */
  /** The popup's (and side-by-side page's) one-sentence status line, aria-live. */
  status: 'status',
  /** The legend of marks (popup and side-by-side). */
  legend: 'legend',
  /** A group's consensus mark ("3 of 4 outlets", "only this outlet"), inside a group. */
  consensusMark: 'consensus-mark',
  /** "Only the first N words are compared" on huge pages. */
  capNotice: 'cap-notice',
  /** Open the options page (the reader's corpus) from the popup. */
  openOptions: 'open-options',
  /** One open tab offered by "compare with another open tab"; carries data-tab-id. */
  tabChoice: 'tab-choice',
  /** Compare with a link: the popup's paste field and its button. */
  linkInput: 'link-input',
  linkCompare: 'link-compare',
  /** The popup's one-line answer to a pasted link that is not a web address. */
  linkNote: 'link-note',
  /** Side-by-side: the linked page being read; carries data-state (checking|ask|reading|done|failed|denied). */
  linkPanel: 'link-panel',
  linkStatus: 'link-status',
  /** "Allow access to <site>" (the permission request, in the reader's click). */
  linkAllow: 'link-allow',
  /** Popup, no coverage: the sources offered instead of unrelated articles, one button each (data-offer: feeds|link|tab). */
  sourceOffer: 'source-offer',
  /** Beside a match from the reader's store: where it came from ("From the feed …, published …"); carries data-source. */
  matchOrigin: 'match-origin',
  /** Options page, sources: the link-menu and remember-what-I-read switches, the excluded sites and the section's status line. */
  linkMenuToggle: 'link-menu-toggle',
  rememberToggle: 'remember-toggle',
  excludedSites: 'excluded-sites',
  excludedSave: 'excluded-save',
  sourcesStatus: 'sources-status',
  /** Options page, feeds: the catalogue's subscribe buttons (data-outlet: the catalogue id), the address field and its button, the feeds a site page links (subscribe buttons), OPML import and export, the subscribed feeds (rows carry data-feed-url, with their status and Unsubscribe), Refresh now, the run's progress and the section's status line. */
  catalogueSubscribe: 'catalogue-subscribe',
  feedAddress: 'feed-address',
  feedAdd: 'feed-add',
  discoveredSubscribe: 'discovered-subscribe',
  articlesAllow: 'articles-allow',
  opmlImport: 'opml-import',
  opmlSubscribe: 'opml-subscribe',
  opmlExport: 'opml-export',
  feedRow: 'feed-row',
  feedStatus: 'feed-status',
  feedUnsubscribe: 'feed-unsubscribe',
  feedsRefresh: 'feeds-refresh',
  feedsProgress: 'feeds-progress',
  feedsCancel: 'feeds-cancel',
  deferred: 'deferred',
  feedsCancelled: 'feeds-cancelled',
  feedsStatus: 'feeds-status',
} as const;

/** Every state the popup can be in (DESIGN.md "UX states"), as the popup root's data-state. */
export type PopupState = 'reading' | 'restricted' | 'not-article' | 'no-coverage' | 'this-article' | 'ready' | 'error';
