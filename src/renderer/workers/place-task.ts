/**
 * The placement task run in `place.worker.ts`: re-anchoring an import's annotations on a
 * document (`placeAnnotations` with the work-bounded `Anchorer`), with progress.
 */
import { Anchorer } from '../../shared/anchoring/anchor';
import type { Category, DocumentRecord } from '../../shared/model';
import type { ImportedAnnotation } from '../../shared/w3c/import-types';
import { placeAnnotations, type PlaceOptions, type Placement } from '../../shared/w3c/place';
import type { Progress } from './protocol';

/** What the placement worker receives: the inputs of `placeAnnotations` but the anchorer. */
export interface PlaceRequest {
  imported: ImportedAnnotation[];
  document: DocumentRecord;
  categories: Category[];
  options: PlaceOptions;
}

/** Places the annotations, reporting progress as hints are placed. */
export function placeTask(request: PlaceRequest, progress: Progress): Placement {
  const anchorer = new Anchorer(request.document.text);
  return placeAnnotations(
    request.imported,
    request.document,
    request.categories,
    { anchorAll: (hints) => anchorer.anchorAll(hints, { onProgress: progress }) },
    request.options,
  );
}
