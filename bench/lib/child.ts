/** A benchmark child process (a server or an endpoint instance) that reports its address once over IPC. */
import { fork, type ChildProcess } from 'node:child_process';
import { REPO_ROOT } from './paths.js';

export interface ForkedChild<M> {
  /** The child's first IPC message (e.g. its origin). */
  message: M;
  /** Disconnects and waits for the child to exit (SIGKILL after 5 s). */
  stop(): Promise<void>;
}

export async function forkChild<M>(
  file: string,
  options: { execArgv: string[]; env: NodeJS.ProcessEnv; what: string; startMs: number },
): Promise<ForkedChild<M>> {
  const child: ChildProcess = fork(file, [], {
    cwd: REPO_ROOT,
    execArgv: options.execArgv,
    env: options.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const message = await new Promise<M>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.what} did not start within ${options.startMs / 1000} s`)), options.startMs);
    child.once('message', (m: M) => {
      clearTimeout(timer);
      resolve(m);
    });
    child.once('exit', (code) => reject(new Error(`${options.what} exited with ${code}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.disconnect();
    });
  return { message, stop };
}
