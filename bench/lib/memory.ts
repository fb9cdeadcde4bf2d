/**
 * Memory under attack (issue 11 #1): the endpoint in its own process with a 256 MB heap, then N distinct job
 * searches as the attack sent them (pageSize 100, punctuation variants and distinct words, If-None-Match so most
 * answers are 304s). Figures: the server's RSS before and after, and whether it stayed up. (Before issue 11 the
 * server died of "JavaScript heap out of memory" during this run; now it grows by about the cache's 32 MB.)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface MemoryResult {
  requests: number;
  heapLimitMb: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  growthMb: number;
  okResponses: number;
  alive: boolean;
}

const CHILD = fileURLToPath(new URL('./memory-child.ts', import.meta.url));
const PUNCTUATION = '!#$%&()*,-./:;<=>?@[]^_{|}~';
const mb = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;

function ask<T>(child: ChildProcess, message?: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (answer: unknown) => {
      child.off('exit', onExit);
      resolve(answer as T);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`the server exited (${code})`));
    };
    child.once('message', onMessage);
    child.once('exit', onExit);
    if (!message) return;
    if (!child.connected) return onExit(child.exitCode);
    child.send(message, (error) => error && onExit(child.exitCode));
  });
}

export async function measureMemoryUnderAttack(requests = 1500, heapLimitMb = 256): Promise<MemoryResult> {
  const child = fork(CHILD, [], {
    execArgv: ['--import', 'tsx', `--max-old-space-size=${heapLimitMb}`, '--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  // A server that dies of the attack must show up as "died" in the figures, not crash the bench.
  child.on('error', () => undefined);
  try {
    const { origin } = await ask<{ origin: string }>(child);
    const warm = await fetch(`${origin}/careerkit/jobs?pageSize=100`);
    await warm.arrayBuffer();
    const before = await ask<{ rss: number }>(child, 'rss');
    let ok = 0;
    let etag = '';
    for (let i = 0; i < requests; i += 1) {
      // Half punctuation variants of one word, half distinct words: both attack shapes from the issue.
      const suffix = PUNCTUATION[i % PUNCTUATION.length]! + PUNCTUATION[Math.floor(i / PUNCTUATION.length) % PUNCTUATION.length]!;
      const q = i % 2 === 0 ? `e${suffix}${i}` : `e${suffix}`;
      const res = await fetch(`${origin}/careerkit/jobs?pageSize=100&q=${encodeURIComponent(q)}`, {
        headers: etag ? { 'if-none-match': etag } : {},
      }).catch(() => undefined);
      if (!res) break;
      etag = res.headers.get('etag') ?? etag;
      await res.arrayBuffer();
      if (res.status === 200 || res.status === 304) ok += 1;
    }
    const after = await ask<{ rss: number }>(child, 'rss').catch(() => undefined);
    return {
      requests,
      heapLimitMb,
      rssBeforeMb: mb(before.rss),
      rssAfterMb: after ? mb(after.rss) : NaN,
      growthMb: after ? mb(after.rss - before.rss) : NaN,
      okResponses: ok,
      alive: after !== undefined,
    };
  } finally {
    child.kill();
  }
}
