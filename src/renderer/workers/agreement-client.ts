/** Inter-coder agreement off the interface thread (`agreement.worker.ts`), with progress, cancel and a time budget. */
import type { AgreementReport } from '../../shared/agreement/report';
import { AGREEMENT_LIMITS } from '../../shared/limits';
import type { Result } from '../../shared/result';
import { agreementTask, type AgreementTaskRequest } from './agreement-task';
import { inProcessWorker } from './in-process-worker';
import type { WorkerLike } from './run-in-worker';
import { runTask, type TaskControl } from './task-client';

/** Starts the agreement worker; without Web Workers (jsdom) the task runs in-process behind the same protocol. */
export function createAgreementWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return inProcessWorker(agreementTask).create();
  return new Worker(new URL('./agreement.worker.ts', import.meta.url), { type: 'module', name: 'agreement' });
}

/** `agreementTask(request)` in a worker (the layers' typed arrays are moved there: send a request once). */
export function agreementOffThread(request: AgreementTaskRequest, control: TaskControl = {}): Promise<Result<AgreementReport>> {
  const transfer = request.documents.flatMap((d) => d.layers.flatMap((l) => [l.starts.buffer, l.ends.buffer, l.categories.buffer]));
  return runTask<Result<AgreementReport>>('Computing agreement', createAgreementWorker, request, AGREEMENT_LIMITS.workerMs, { ...control, transfer });
}
