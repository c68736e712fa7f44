import { benchBundle } from './bundle';
import { benchCompare } from './compare';
import { benchFeeds } from './feeds';
import { benchMatch } from './match';
import { benchPopup } from './popup';
import { benchPopupDuringRefresh } from './popup-during-refresh';
import { benchRefreshChromium } from './refresh-chromium';
import { benchStore } from './store';

/**
 * `npm run bench`: prints speed and size figures (no pass/fail: budgets are read by people and CI logs).
 * Each bench lives in its own file and is listed here.
 */
const benches: Array<[string, () => Promise<void>]> = [
  ['bundle', benchBundle],
  ['compare', benchCompare],
  ['feeds', benchFeeds],
  ['match', benchMatch],
  ['popup', benchPopup],
  ['popup-refresh', benchPopupDuringRefresh],
  ['refresh-chromium', benchRefreshChromium],
  ['store', benchStore],
];

// OD_BENCH_ONLY=bundle,compare runs those alone: CI keeps its run short with the engine, matching and size
// figures; the store, feed and browser benches are run by hand (README).
const only = process.env.OD_BENCH_ONLY?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !benches.some(([known]) => known === name)) ?? [];
if (unknown.length) {
  process.stderr.write(`outlet-diff bench: unknown bench ${unknown.join(', ')} (known: ${benches.map(([name]) => name).join(', ')})\n`);
  process.exit(1);
}
for (const [name, run] of benches.filter(([name]) => !only || only.includes(name))) {
  process.stdout.write(`\n== ${name}\n`);
  await run();
}
