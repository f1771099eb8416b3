/**
 * Placing imported annotations off the interface thread: the same inputs and output as
 * `placeAnnotations`, run in a Web Worker with progress, cancel and a time budget
 * (`TIME_LIMITS.placeMs`), so a hostile file can make its own import slow but never freeze
 * the page.
 */
import { TIME_LIMITS } from '../../shared/limits';
import type { Category, DocumentRecord } from '../../shared/model';
import type { ImportedAnnotation } from '../../shared/w3c/import-types';
import type { PlaceOptions, Placement } from '../../shared/w3c/place';
import { inProcessWorker } from './in-process-worker';
import { placeTask, type PlaceRequest } from './place-task';
import { runInWorker, type WorkerLike } from './run-in-worker';

/**
 * Starts the placement worker (Vite bundles it as a file of its own). Where there are no Web
 * Workers (the unit tests' jsdom) the same task runs in-process behind the same protocol.
 */
export function createPlaceWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return inProcessWorker(placeTask).create();
  return new Worker(new URL('./place.worker.ts', import.meta.url), { type: 'module', name: 'place annotations' });
}

/** Progress, cancel and the worker to use (tests pass an in-process one). */
export interface PlaceControl {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  createWorker?: () => WorkerLike;
  timeoutMs?: number;
}

/** Thrown when the user cancelled the placement. */
export class PlacementCancelled extends Error {
  constructor() {
    super('Placing the annotations was cancelled.');
    this.name = 'PlacementCancelled';
  }
}

/**
 * `placeAnnotations(imported, document, categories, new Anchorer(document.text), options)`,
 * computed in a worker. Rejects with PlacementCancelled when cancelled, and with an Error whose
 * message a researcher can read when the time budget runs out or the worker fails.
 */
export async function placeOffThread(
  imported: ImportedAnnotation[],
  document: DocumentRecord,
  categories: Category[],
  options: PlaceOptions = {},
  control: PlaceControl = {},
): Promise<Placement> {
  const request: PlaceRequest = { imported, document, categories, options };
  const timeoutMs = control.timeoutMs ?? TIME_LIMITS.placeMs;
  const outcome = await runInWorker<Placement>(control.createWorker ?? createPlaceWorker, request, {
    timeoutMs,
    onProgress: control.onProgress,
    signal: control.signal,
  });
  if (outcome.ok) return outcome.value;
  if (outcome.reason === 'cancelled') throw new PlacementCancelled();
  if (outcome.reason === 'timeout') {
    throw new Error(
      `Placing ${imported.length.toLocaleString('en')} annotations on “${document.title}” took longer than ${Math.round(timeoutMs / 1000)} s and was stopped; nothing was changed. The file may hold annotations made on a very different text.`,
    );
  }
  throw new Error(`Placing the annotations on “${document.title}” failed (${outcome.error}); nothing was changed.`);
}
