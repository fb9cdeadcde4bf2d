/**
 * A bench server in its own process, so autocannon (in the parent) and the server do not share one event loop.
 * Endpoint overrides come as JSON in BENCH_ENDPOINT; the origin goes back over IPC.
 */
import { startBenchServer } from './server.js';

const overrides = JSON.parse(process.env.BENCH_ENDPOINT ?? '{}') as Record<string, unknown>;
const server = await startBenchServer(overrides);
process.send?.({ origin: server.origin });
process.on('disconnect', () => void server.close().then(() => process.exit(0)));
