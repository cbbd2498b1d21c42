import { setTimeout as sleep } from 'node:timers/promises';
import { MailDeliveryError } from './mail-delivery-error.js';

/**
 * Sent again only when the relay surely did not take the mail: a 4xx reply (a temporary refusal), or no
 * connection at all. A connection lost once the data was on its way may have delivered it already, and a
 * second sign-in link is worse than none (the sender can ask again).
 */
function worthRetrying(error: unknown): boolean {
  if (!(error instanceof MailDeliveryError) || error.permanent) return false;
  const reply = error.responseCode;
  return reply === undefined ? error.command === 'CONN' : reply >= 400 && reply < 500;
}

/**
 * Deliveries that run after the caller has answered: tried again after each delay of `retryDelaysMs`
 * while worth it (above); handed to `onGivenUp` otherwise, when the delays are spent, or when the
 * server shuts down meanwhile (the mail's row keeps the last error either way).
 */
export function createBackgroundDelivery(options: {
  retryDelaysMs: readonly number[];
  onGivenUp: (error: unknown) => void;
}) {
  const running = new Set<Promise<void>>();
  const closing = new AbortController();

  async function deliverWithRetries(deliver: () => Promise<void>): Promise<void> {
    for (const delay of [...options.retryDelaysMs, undefined]) {
      try {
        await deliver();
        return;
      } catch (error) {
        if (!worthRetrying(error) || delay === undefined || closing.signal.aborted) {
          return options.onGivenUp(error);
        }
        try {
          await sleep(delay, undefined, { signal: closing.signal });
        } catch {
          return options.onGivenUp(error); // shutting down: no more waiting
        }
      }
    }
  }

  return {
    start(deliver: () => Promise<void>): void {
      const delivery = deliverWithRetries(deliver).finally(() => running.delete(delivery));
      running.add(delivery);
    },
    /** Stops the waiting between attempts and waits for the attempts under way (shutdown). */
    async drain(): Promise<void> {
      closing.abort();
      await Promise.all(running);
    },
  };
}
