/** Web Worker that reads annotation and workspace files off the interface thread. */
import { parseTask } from './parse-task';
import { serveTask, workerScope } from './serve-task';

serveTask(workerScope(), parseTask);
