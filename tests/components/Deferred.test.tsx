// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Deferred } from '../../components/Deferred';
import { TEST_IDS } from '../../components/test-ids';
import { installFakeI18n } from './fake-i18n';
import { byTestId, mount, unmountAll, waitFor } from './mount';

beforeEach(installFakeI18n);
afterEach(unmountAll);

const Part = () => <p data-testid="part">the feeds</p>;

describe('Deferred', () => {
  it.each<[string, () => Promise<() => preact.JSX.Element>, string | undefined, string]>([
    ['loaded: the part replaces the notice', async () => Part, 'the feeds', ''],
    ['the import fails (an old chunk after an update): one line, as an alert', async () => Promise.reject(new Error('Failed to fetch dynamically imported module')), undefined, 'This part of the page could not be loaded: Failed to fetch dynamically imported module'],
  ])('%s', async (_name, load, part, notice) => {
    const root = mount(<Deferred load={load} />);
    await waitFor(() => byTestId(root, 'part').length || byTestId(root, TEST_IDS.deferred)[0]?.getAttribute('role') === 'alert');
    expect(byTestId(root, 'part').map((e) => e.textContent)).toEqual(part ? [part] : []);
    expect(byTestId(root, TEST_IDS.deferred).map((e) => e.textContent)).toEqual(notice ? [notice] : []);
  });

  it('says it is loading (busy) until the code arrives', async () => {
    let arrive = (_view: () => preact.JSX.Element) => {};
    const root = mount(<Deferred load={() => new Promise((resolve) => (arrive = resolve))} />);
    const notice = byTestId(root, TEST_IDS.deferred)[0];
    expect([notice?.textContent, notice?.getAttribute('aria-busy')]).toEqual(['Working…', 'true']);
    arrive(Part);
    await waitFor(() => byTestId(root, 'part').length);
    expect(byTestId(root, TEST_IDS.deferred)).toHaveLength(0);
  });
});
