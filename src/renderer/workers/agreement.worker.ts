/** Web Worker that computes inter-coder agreement off the interface thread. */
import { agreementTask } from './agreement-task';
import { serveTask, workerScope } from './serve-task';

serveTask(workerScope(), agreementTask);
