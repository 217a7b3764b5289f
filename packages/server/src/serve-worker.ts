/** The entry of a process forked by `politburo serve --workers N` (serve-workers.ts). */
import { runWorker } from './serve-workers.ts';

await runWorker();
