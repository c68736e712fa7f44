/**
 * What a running browser session offers the tests whichever browser it is: the fixture site (page
 * server, fixture pages, request record), the extension's origin, the console errors the launcher
 * collected, and the verdicts over them. The Chromium launcher (harness.ts) and the Firefox launcher
 * (firefox-harness.ts) extend it with how their browser opens tabs and the toolbar popup.
 */
import { findPage, type PageInfo } from './fixture-pages';
import { isLocalRequest, type RecordedRequest } from './request-recorder';
import type { TestSite } from './test-site';
import { writeArtifact } from './artifacts';

export interface ConsoleError {
  url: string;
  text: string;
}

export abstract class BrowserSession {
  /** Console errors and uncaught exceptions, of every page and worker the launcher watches. */
  readonly consoleErrors: ConsoleError[] = [];
  private counter = 0;

  protected constructor(
    protected readonly site: TestSite,
    /** e.g. chrome-extension://<id> or moz-extension://<uuid> (no trailing slash). */
    readonly extensionOrigin: string,
  ) {}

  get server() {
    return this.site.server;
  }

  get pages(): PageInfo[] {
    return this.site.pages;
  }

  get requests(): RecordedRequest[] {
    return this.site.requests;
  }

  /** The fixture page of a kind (the first one, or the one carrying a corpus id). */
  page(kind: string, corpusId?: string): PageInfo {
    return findPage(this.pages, kind, corpusId);
  }

  /** A fixture URL made unique with a query, so each tab can be told apart by URL. */
  url(path: string): string {
    return `${this.server.origin}${path}?visit=${++this.counter}`;
  }

  extensionUrl(path: string): string {
    return `${this.extensionOrigin}/${path.replace(/^\//, '')}`;
  }

  /** Requests that left 127.0.0.1, the browser's own service traffic apart (should always be empty). */
  offHostRequests(): RecordedRequest[] {
    return this.requests.filter((r) => (r.via === 'proxy' ? !this.isBrowserService(r) : !r.unsent && !isLocalRequest(r.url)));
  }

  /** Whether a request the proxy saw is the browser's own service call (none, unless a launcher says so). */
  protected isBrowserService(_request: RecordedRequest): boolean {
    return false;
  }

  /** Console errors and uncaught exceptions of the extension's own pages. */
  extensionErrors(): ConsoleError[] {
    return this.consoleErrors.filter((e) => e.url.startsWith(`${this.extensionOrigin}/`));
  }

  /** Writes a file under .output/e2e (downloads, logs) and returns its path. */
  artifact(name: string, content: string | Buffer): string {
    return writeArtifact(name, content);
  }

  abstract close(): Promise<void>;
}
