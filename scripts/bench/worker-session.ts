/**
 * A DevTools protocol session on one worker target (the extension's service worker), reached through the
 * browser's own session: Playwright opens sessions on pages and frames only. The worker is attached
 * without flattening, so its commands and answers travel inside Target.sendMessageToTarget and
 * Target.receivedMessageFromTarget of the browser session.
 */
import type { CDPSession } from 'playwright-core';

export interface WorkerSession {
  /** Sends one protocol command to the worker and resolves with its result. */
  send<T = unknown>(method: string, params?: object): Promise<T>;
  detach(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * Attaches to the first target of `type` whose URL starts with `urlPrefix`; throws if there is none.
 * @example const worker = await attachToWorker(session.cdp, `chrome-extension://${id}/`); await worker.send('Runtime.getHeapUsage') // -> { usedSize, totalSize, … }
 */
export async function attachToWorker(browser: CDPSession, urlPrefix: string, type = 'service_worker'): Promise<WorkerSession> {
  const { targetInfos } = (await browser.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  const target = targetInfos.find((t) => t.type === type && t.url.startsWith(urlPrefix));
  if (!target) throw new Error(`no ${type} target at ${urlPrefix} (targets: ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')})`);
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 1;
  const onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id!);
    if (reply.error) waiting.reject(new Error(reply.error.message));
    else waiting.resolve(reply.result);
  };
  browser.on('Target.receivedMessageFromTarget', onMessage);
  return {
    send<T>(method: string, params: object = {}) {
      const id = next++;
      const answer = new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
      void browser.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((error: Error) => {
        pending.get(id)?.reject(error);
        pending.delete(id);
      });
      return answer;
    },
    async detach() {
      browser.off('Target.receivedMessageFromTarget', onMessage);
      await browser.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}
