import { useState } from 'react';
import { DATASET_TARGETS, type DatasetTarget } from '../../../shared/dataset/targets';
import { Dialog } from '../status/Dialog';

interface Props {
  hasDocument: boolean;
  onExport(scope: 'document' | 'library', target: DatasetTarget, format: 'csv' | 'tsv'): void;
  onClose(): void;
}

/** Options of a dataset export: which documents, and for whom (statistics tools or Excel). */
export function DatasetDialog({ hasDocument, onExport, onClose }: Props) {
  const [scope, setScope] = useState<'document' | 'library'>(hasDocument ? 'document' : 'library');
  const [target, setTarget] = useState<DatasetTarget>('statistics');
  const [format, setFormat] = useState<'csv' | 'tsv'>('csv');
  return (
    <Dialog
      title="Export dataset"
      onClose={onClose}
      actions={
        <button type="button" onClick={() => onExport(scope, target, format)}>
          Export tables
        </button>
      }
    >
      <p>
        The tables — segments (one row per annotation), documents × categories, the codebook, speaker turns and speakers ×
        categories — with a README that documents every column. Offsets are Unicode code points.
      </p>
      <label className="field">
        <span>Documents</span>
        <select value={scope} onChange={(e) => setScope(e.target.value as 'document' | 'library')}>
          {hasDocument && <option value="document">the open document</option>}
          <option value="library">the whole library</option>
        </select>
      </label>
      <fieldset className="choice">
        <legend>Written for</legend>
        {DATASET_TARGETS.map((t) => (
          <label key={t.id} className="check">
            <input type="radio" name="dataset-target" checked={target === t.id} onChange={() => setTarget(t.id)} /> {t.label}
            <span className="hint"> — {t.description}</span>
          </label>
        ))}
      </fieldset>
      {target === 'statistics' && (
        <label className="field">
          <span>Format</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as 'csv' | 'tsv')}>
            <option value="csv">CSV (RFC 4180)</option>
            <option value="tsv">TSV</option>
          </select>
        </label>
      )}
    </Dialog>
  );
}
