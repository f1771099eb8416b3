/** Web Worker that re-anchors an import's annotations off the interface thread. */
import { placeTask } from './place-task';
import { serveTask, workerScope } from './serve-task';

serveTask(workerScope(), placeTask);
