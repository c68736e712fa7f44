import { collectFeeds } from '../../../lib/feeds/collect-feeds';
import { NETWORK_RULES } from '../../../lib/feeds/network-rules';
import { parseOpml } from '../../../lib/feeds/parse-opml';
import type { CollectEvent, FeedStatus, FetchLike } from '../../../lib/feeds/types';
import { wait } from '../../../lib/feeds/wait';
import { parseArgs } from '../args';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { openJsonlSink } from '../jsonl-sink';
import { parseHtml } from '../parse-html';
import { parseSeconds, parseSince } from '../parse-since';
import { readTextFile } from '../read-input';

const USAGE = 'usage: collect --opml FEEDS.opml --out corpus.jsonl [--since 2d] [--delay SECONDS] [--timeout SECONDS]';

/** Node's fetch under the same rules as the extension's: it gives real 3xx answers under redirect: 'manual'. */
const nodeFetch: FetchLike = (url, init) => fetch(url, init);

function summary(statuses: FeedStatus[]): string {
  const width = Math.min(40, Math.max(...statuses.map((s) => s.outlet.length), 6));
  const lines = statuses.map((s) => `${s.outlet.slice(0, width).padEnd(width)}  ${s.message}  (${s.feedUrl})`);
  const added = statuses.reduce((n, s) => n + s.newItems, 0);
  const failed = statuses.filter((s) => s.error).length;
  return `${lines.join('\n')}\n\n${added} new article${added === 1 ? '' : 's'} from ${statuses.length} feed${statuses.length === 1 ? '' : 's'}${failed ? `; ${failed} feed${failed === 1 ? '' : 's'} could not be read` : ''}.\n`;
}

/**
 * `collect --opml FEEDS.opml --out corpus.jsonl [--since 2d] [--delay SECONDS] [--timeout SECONDS]`:
 * collects the OPML's feeds with the extension's own pipeline and network rules, appending one article
 * per line to a JSON Lines corpus (deduped against the lines already there). Progress on stderr, a
 * per-feed summary on stdout. It may contact only the origins of the OPML's feeds, and those of the
 * article links the feeds carry (granted as each feed is read); a redirect anywhere else is not followed.
 * @example collect.run(['--opml', 'feeds.opml', '--out', 'corpus.jsonl', '--since', '2d'], io)
 */
export const collect: Command = {
  summary: 'collect the articles of an OPML list of feeds into a JSON Lines corpus',
  async run(argv, io) {
    const { positional, options } = parseArgs(argv, ['opml', 'out', 'since', 'delay', 'timeout']);
    if (positional.length) throw new CliError(`collect takes no positional arguments (${USAGE})`);
    if (!options.opml || !options.out) throw new CliError(USAGE);
    const now = Date.now();
    const since = options.since !== undefined ? parseSince(options.since, now) : undefined;
    const hostDelayMs = options.delay !== undefined ? parseSeconds('--delay', options.delay, 0, 60) : NETWORK_RULES.hostDelayMs;
    const timeoutMs = options.timeout !== undefined ? parseSeconds('--timeout', options.timeout, 1, 120) : NETWORK_RULES.timeoutMs;
    const opml = parseOpml(readTextFile(options.opml));
    if (!opml.ok) throw new CliError(`${options.opml}: ${opml.message.replace(/\.$/, '')}`);
    const sink = openJsonlSink(options.out);

    // The researcher asked for these feeds: their origins, and the origins of the links they carry.
    const granted = new Set(opml.subscriptions.map((s) => new URL(s.feedUrl).origin));
    const stderr = process.stderr;
    stderr.write(`collect: ${opml.subscriptions.length} feeds; ${sink.existing} articles already in ${options.out}${sink.broken ? ` (${sink.broken} broken lines ignored)` : ''}${sink.repaired ? `; removed a cut last line (${sink.repaired} bytes) that an interrupted run left` : ''}\n`);
    let done = 0;
    const onProgress = (event: CollectEvent) => {
      if (event.type === 'feed-parsed') for (const link of event.links) granted.add(new URL(link).origin);
      if (event.type === 'feed-done') stderr.write(`collect: [${++done}/${opml.subscriptions.length}] ${event.status.outlet}: ${event.status.message}\n`);
    };
    const controller = new AbortController();
    const onSignal = () => controller.abort();
    process.once('SIGINT', onSignal);
    try {
      const statuses = await collectFeeds(opml.subscriptions, {
        fetch: nodeFetch,
        isGranted: (origin) => granted.has(origin),
        parseHtml,
        sink,
        now: Date.now,
        sleep: wait,
        since,
        rules: { hostDelayMs, timeoutMs },
        onProgress,
        signal: controller.signal,
      });
      io.stdout.write(summary(statuses));
    } finally {
      process.off('SIGINT', onSignal);
      sink.close();
    }
  },
};
