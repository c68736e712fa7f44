import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { readHandoff, storeHandoff } from '../../../components/services/handoff';
import { FLOODS } from '../fixtures';

beforeEach(() => fakeBrowser.reset());

describe('handoff from the popup to the side-by-side page', () => {
  it('stores in session storage and reads back by id', async () => {
    const handoff = { articles: [FLOODS], a: 'floods', b: 'floods' };
    const id = await storeHandoff(handoff);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await readHandoff(id)).toEqual(handoff);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it.each(['', 'unknown-id'])('an unknown id (%j) gives nothing', async (id) => {
    expect(await readHandoff(id)).toBeUndefined();
  });
});

describe('handoff of a link to read', () => {
  it.each([
    ['a link with the page it was found on', { articles: [FLOODS], a: 'floods', link: 'https://example.com/a' }, true],
    ['a link from a page that is not an article (no article yet)', { articles: [], a: '', link: 'https://example.com/a' }, true],
    ['no article and no link', { articles: [], a: '', b: '' }, false],
  ])('%s', async (_case, handoff, kept) => {
    const id = await storeHandoff(handoff);
    expect(await readHandoff(id)).toEqual(kept ? handoff : undefined);
  });
});
