/** Web Worker that fetches and checks one page of the team's server off the interface thread. */
import { serveTask, workerScope } from './serve-task';
import { syncPullTask } from './sync-pull-task';

serveTask(workerScope(), syncPullTask);
