import { setTimeout as sleep } from 'node:timers/promises';
import { MailDeliveryError } from './mail-delivery-error.js';

/**
 * Deliveries that run after the caller has answered: tried again after each delay of `retryDelaysMs`
 * while the relay's refusal is temporary; handed to `onGivenUp` when it is permanent, when the delays
 * are spent, or when the server shuts down meanwhile (the mail's row keeps the last error either way).
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
        const temporary = error instanceof MailDeliveryError && !error.permanent;
        if (!temporary || delay === undefined || closing.signal.aborted) return options.onGivenUp(error);
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
