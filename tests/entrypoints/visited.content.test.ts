// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import script from '../../entrypoints/visited.content';
import { VISITED_MESSAGE } from '../../lib/sources/visited-message';

/** Builds a page element by element (no HTML strings anywhere, tests included). */
function buildPage(kind: 'article' | 'links'): void {
  const root = document.createElement(kind === 'article' ? 'article' : 'nav');
  for (let i = 0; i < 10; i++) {
    const element = document.createElement(kind === 'article' ? 'p' : 'a');
    element.textContent =
      kind === 'article' ? `Paragraph ${i}: heavy rain flooded several valley towns in southern Bavaria overnight, officials said on Sunday, and rescuers evacuated residents by boat from the lower streets.` : `Headline ${i}`;
    root.append(element);
  }
  document.title = 'Floods | Valley Post';
  document.body.replaceChildren(root);
}

const extension = fakeBrowser.extension as { inIncognitoContext?: boolean };
let send: ReturnType<typeof vi.fn>;

beforeEach(() => {
  send = vi.fn(async () => 'kept');
  fakeBrowser.runtime.sendMessage = send as never;
  extension.inIncognitoContext = false;
});
afterEach(() => fakeBrowser.reset());

describe('the visit script (remember the articles I read)', () => {
  it('is registered at runtime only, with no match patterns in the manifest', () => {
    expect(script.registration).toBe('runtime');
    expect(script.matches).toBeUndefined();
  });

  it.each<[string, 'article' | 'links', boolean, boolean]>([
    ['an article page: its article sent to the background', 'article', false, true],
    ['a page of links: nothing read beyond the readability check, nothing sent', 'links', false, false],
    ['an article in a private window: nothing sent', 'article', true, false],
  ])('%s', (_case, kind, incognito, sent) => {
    buildPage(kind);
    extension.inIncognitoContext = incognito;
    const before = document.body.textContent;
    script.main({} as never);
    expect(send).toHaveBeenCalledTimes(sent ? 1 : 0);
    if (sent) expect(send.mock.calls[0]![0]).toMatchObject({ type: VISITED_MESSAGE, article: { text: expect.stringContaining('Paragraph 3') } });
    expect(document.body.textContent).toBe(before);
  });
});
