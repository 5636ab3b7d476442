/**
 * A local stand-in for the Hugging Face hub: serves model folders in the hub's
 * URL layout `/<owner>/<name>/resolve/main/<path>` over real HTTP on 127.0.0.1,
 * and records every request.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface HubRequest {
  method: string;
  /** The file path inside the repository (e.g. "onnx/model.onnx"), or the raw URL if it is not in the hub layout. */
  file: string;
  repo: string | null;
  /** Whether the request asked for a byte range. */
  range: boolean;
  /** The status the stand-in answered with. */
  status: number;
}

export interface HubOptions {
  /** Repository id ("owner/name") -> local folder holding its files. */
  repos?: Record<string, string>;
  /** Answer every request with this status instead (e.g. 404, 500). */
  status?: number;
  /** Answer requests for these files (path inside the repository) with these statuses. */
  failFiles?: Record<string, number>;
  /**
   * Go silent on whole-file GETs of these files: 'before-headers' never answers; 'mid-body' sends the
   * headers and half the bytes, then nothing more (the connection stays open until close()).
   */
  stallFiles?: Record<string, 'before-headers' | 'mid-body'>;
  /** Send each whole file in this many pieces, this far apart (a slow but steady connection). */
  trickle?: { pieces: number; gapMs: number };
}

export interface Hub {
  /** Base URL with a trailing slash, for EmbeddingOptions.remoteHost. */
  readonly url: string;
  readonly requests: HubRequest[];
  /** Files requested so far (paths inside the repository), in order. */
  files(): string[];
  /** Files sent whole (GET answered 200), in order. */
  served(): string[];
  close(): Promise<void>;
}

const LAYOUT = /^\/([\w.-]+\/[\w.-]+)\/resolve\/main\/(.+)$/u;

function fileSize(file: string): number | null {
  try {
    const info = statSync(file);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

function trickle(res: http.ServerResponse, bytes: Buffer, { pieces, gapMs }: { pieces: number; gapMs: number }): void {
  const size = Math.ceil(bytes.length / pieces);
  let sent = 0;
  const next = (): void => {
    if (res.destroyed) return;
    res.write(bytes.subarray(sent, sent + size));
    sent += size;
    if (sent >= bytes.length) res.end();
    else setTimeout(next, gapMs);
  };
  next();
}

export async function startHub(options: HubOptions = {}): Promise<Hub> {
  const requests: HubRequest[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://hub.invalid');
    const m = LAYOUT.exec(url.pathname);
    const repo = m ? m[1]! : null;
    const file = m ? decodeURIComponent(m[2]!) : url.pathname;
    const record: HubRequest = { method: req.method ?? '', file, repo, range: req.headers.range !== undefined, status: 0 };
    requests.push(record);
    const writeHead = res.writeHead.bind(res) as (status: number, headers?: http.OutgoingHttpHeaders) => http.ServerResponse;
    res.writeHead = ((status: number, headers?: http.OutgoingHttpHeaders) => {
      record.status = status;
      return writeHead(status, headers);
    }) as typeof res.writeHead;

    if (options.status !== undefined) return void res.writeHead(options.status, { 'content-type': 'text/plain' }).end(`status ${options.status}\n`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    const failure = options.failFiles?.[file];
    if (failure !== undefined) return void res.writeHead(failure, { 'content-type': 'text/plain' }).end(`status ${failure}\n`);

    const root = repo ? options.repos?.[repo] : undefined;
    const full = root ? path.resolve(root, file) : null;
    const size = full && full.startsWith(path.resolve(root!) + path.sep) ? fileSize(full) : null;
    if (full === null || size === null) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Entry not found\n');

    // Single byte ranges, as transformers.js uses ("bytes=0-0") to read a file's size.
    const range = /^bytes=(\d+)-(\d*)$/u.exec(req.headers.range ?? '');
    if (range) {
      const start = Number(range[1]);
      const end = Math.min(range[2] ? Number(range[2]) : size - 1, size - 1);
      if (start >= size || end < start) return void res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      res.writeHead(206, { 'content-type': 'application/octet-stream', 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${size}` });
      if (req.method === 'HEAD') return void res.end();
      return void createReadStream(full, { start, end }).pipe(res);
    }
    const stall = req.method === 'GET' ? options.stallFiles?.[file] : undefined;
    if (stall === 'before-headers') return;
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
    if (req.method === 'HEAD') return void res.end();
    if (stall === 'mid-body') return void res.write(readFileSync(full).subarray(0, Math.floor(size / 2)));
    if (options.trickle) return void trickle(res, readFileSync(full), options.trickle);
    createReadStream(full).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    files: () => requests.map((r) => r.file),
    served: () => requests.filter((r) => r.method === 'GET' && !r.range && r.status === 200).map((r) => r.file),
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // fetch keeps connections alive: drop them so close() completes.
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
