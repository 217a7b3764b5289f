import { parentPort } from 'node:worker_threads';
import { type RunTask, runTask } from './runner.ts';

/** A simulation worker: receives tasks, answers with their figures (records are written here, not shipped back). */
parentPort?.on('message', async (m: { id: number; task: RunTask }) => {
  try {
    parentPort?.postMessage({ id: m.id, result: await runTask(m.task) });
  } catch (e) {
    parentPort?.postMessage({ id: m.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
  }
});
