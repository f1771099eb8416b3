/**
 * The agreement task run in `agreement.worker.ts`: builds the units (sentences, paragraphs or
 * speaker turns: the one turn adapter, `turnUnits`) and computes `agreementReport`. Several
 * documents are joined into one text (with a blank line between them, which no unit and no
 * span covers), so the figures of a library are computed on all of its units and characters.
 */
import type { CategoryRef, CoderAnnotation } from '../../shared/agreement/layers';
import { agreementReport, type AgreementReport } from '../../shared/agreement/report';
import { turnUnits } from '../../shared/agreement/turn-units';
import type { TranscriptStructure } from '../../shared/transcript/structure';
import { turnUnitsOf } from '../../shared/transcript/turn-units';
import type { KappaWeights, Level } from '../../shared/agreement/types';
import { paragraphUnits, sentenceUnits, type UnitRange } from '../../shared/agreement/unit-ranges';
import { fail, ok, type Result } from '../../shared/result';
import type { Progress } from './protocol';

/** The units agreement is computed on: characters (unitizing alpha) or predefined units. */
export type AgreementUnits = 'char' | 'sentence' | 'paragraph' | 'turn';

/**
 * One coder's placed annotations on a document, packed (UTF-16 offsets of its text; categories
 * as indices into the request's `categories`): typed arrays are moved into the worker, where
 * 100,000 annotation objects would be copied on the interface thread.
 */
export interface PackedLayer {
  id: string;
  coder: string;
  starts: Int32Array;
  ends: Int32Array;
  categories: Uint16Array;
}

/** One document with each compared coder's layer. */
export interface AgreementDocument {
  text: string;
  layers: PackedLayer[];
  /** Its transcript structure as reviewed (merged speakers, turns not speech left out); absent: detected. */
  structure?: TranscriptStructure;
}

/** What the agreement worker receives. */
export interface AgreementTaskRequest {
  documents: AgreementDocument[];
  categories: CategoryRef[];
  units: AgreementUnits;
  level: Level;
  weights: KappaWeights;
  /** Compute the bootstrap interval of alpha on units (the slow part: asked for after the figures). */
  bootstrap: boolean;
  /** Only the figures on units (the interval's run): no unitizing alpha. */
  unitsOnly?: boolean;
}

/** Packs a coder's annotations for the request; `categoryIds` must hold their categories. */
export function packLayer(id: string, coder: string, annotations: readonly CoderAnnotation[], categoryIds: readonly string[]): PackedLayer {
  const index = new Map(categoryIds.map((c, i) => [c, i]));
  const layer = { id, coder, starts: new Int32Array(annotations.length), ends: new Int32Array(annotations.length), categories: new Uint16Array(annotations.length) };
  annotations.forEach((a, i) => {
    layer.starts[i] = a.start;
    layer.ends[i] = a.end;
    layer.categories[i] = index.get(a.categoryId)!;
  });
  return layer;
}

/** Between two joined documents. */
const SEPARATOR = '\n\n';

function unitsOf(kind: Exclude<AgreementUnits, 'char'>, d: AgreementDocument): UnitRange[] {
  if (kind === 'sentence') return sentenceUnits(d.text);
  if (kind === 'paragraph') return paragraphUnits(d.text);
  return d.structure ? turnUnitsOf(d.structure) : turnUnits(d.text);
}

/** Computes the report (a refusal, such as too many coders, comes back as its sentence). */
export function agreementTask(request: AgreementTaskRequest, progress: Progress): Result<AgreementReport> {
  progress(0, 2);
  let text = '';
  const ranges: UnitRange[] = [];
  const layers = new Map<string, { id: string; coder: string; annotations: CoderAnnotation[] }>();
  request.documents.forEach((d, i) => {
    const offset = text.length + (i > 0 ? SEPARATOR.length : 0);
    text = i > 0 ? `${text}${SEPARATOR}${d.text}` : d.text;
    if (request.units !== 'char') {
      for (const r of unitsOf(request.units, d)) ranges.push({ start: r.start + offset, end: r.end + offset, name: request.documents.length > 1 ? `${r.name} of document ${i + 1}` : r.name });
    }
    for (const l of d.layers) {
      let layer = layers.get(l.id);
      if (!layer) layers.set(l.id, (layer = { id: l.id, coder: l.coder, annotations: [] }));
      for (let k = 0; k < l.starts.length; k++) layer.annotations.push({ categoryId: request.categories[l.categories[k]].id, start: l.starts[k] + offset, end: l.ends[k] + offset });
    }
  });
  progress(1, 2);
  const report = agreementReport({
    text,
    layers: [...layers.values()],
    categories: request.categories,
    units: request.units === 'char' ? null : { kind: request.units, ranges },
    spans: request.units === 'char' && !request.unitsOnly,
    level: request.level,
    weights: request.weights,
    bootstrap: request.bootstrap ? undefined : null,
  });
  progress(2, 2);
  return report.ok ? ok(report.value) : fail(report.error);
}
