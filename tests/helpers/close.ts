import type http from 'node:http';

/** Wakes every waiter, then closes an HTTP server and its open connections (long polls included). */
export async function closeServer(server: http.Server | null, waiters: Set<() => void>): Promise<void> {
  for (const w of waiters) w();
  waiters.clear();
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
