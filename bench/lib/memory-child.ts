/** The memory bench's server: the sandbox stack in its own process (256 MB heap), answering RSS over IPC. */
import { startBenchServer } from './server.js';

const server = await startBenchServer();
process.on('message', (message) => {
  if (message === 'rss') {
    globalThis.gc?.();
    process.send?.({ rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed });
  }
});
process.send?.({ origin: server.origin });
process.on('disconnect', () => void server.close().then(() => process.exit(0)));
