/** The waiting half of a long-polled getUpdates, shared by the Bot API stand-ins (tests and soak). */

/**
 * Waits until `ready()` is true, the deadline passes or `open()` turns false,
 * waking early when a function in `waiters` is called (new updates, shutdown).
 */
export async function waitForUpdates(ready: () => boolean, open: () => boolean, waiters: Set<() => void>, deadline: number): Promise<void> {
  while (!ready() && Date.now() < deadline && open()) {
    await new Promise<void>((resolve) => {
      const wake = (): void => {
        waiters.delete(wake);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(wake, Math.max(1, Math.min(250, deadline - Date.now())));
      waiters.add(wake);
    });
  }
}
