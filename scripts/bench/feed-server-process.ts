/**
 * Local feed servers (tests/feeds/feed-server.ts) in a process of their own, for the feeds bench: the
 * bench process then measures the collector alone. Starts as many servers as its argument says (each its
 * own port: its own host to the collector), prints their origins as one JSON line, and serves until its
 * parent closes stdin.
 */
import { startFeedServer } from '../../tests/feeds/feed-server';

const servers = await Promise.all(Array.from({ length: Number(process.argv[2] ?? 1) }, () => startFeedServer()));
process.stdout.write(`${JSON.stringify({ origins: servers.map((s) => s.origin) })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void Promise.all(servers.map((s) => s.close())).then(() => process.exit(0)));
