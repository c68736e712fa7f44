import { benchBundle } from './bundle';
import { benchCompare } from './compare';
import { benchFeeds } from './feeds';
import { benchMatch } from './match';
import { benchPopup } from './popup';
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
  ['store', benchStore],
];

for (const [name, run] of benches) {
  process.stdout.write(`\n== ${name}\n`);
  await run();
}
