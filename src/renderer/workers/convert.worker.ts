/** Web Worker that converts one imported document file off the interface thread. */
import { convertTask } from './convert-task';
import { serveTask, workerScope } from './serve-task';

serveTask(workerScope(), convertTask);
