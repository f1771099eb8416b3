/** Web Worker that compares coders' layers off the interface thread. */
import { compareTask } from './compare-task';
import { serveTask, workerScope } from './serve-task';

serveTask(workerScope(), compareTask);
