import { useState } from 'react';
import type { Delimited } from '../../../shared/dataset/csv';
import { Dialog } from '../status/Dialog';

interface Props {
  hasDocument: boolean;
  onExport(scope: 'document' | 'library', options: Delimited): void;
  onClose(): void;
}

/** Options of a dataset export: scope, CSV or TSV, line endings, BOM for Excel. */
export function DatasetDialog({ hasDocument, onExport, onClose }: Props) {
  const [scope, setScope] = useState<'document' | 'library'>(hasDocument ? 'document' : 'library');
  const [format, setFormat] = useState<'csv' | 'tsv'>('csv');
  const [crlf, setCrlf] = useState(false);
  const [bom, setBom] = useState(false);
  return (
    <Dialog
      title="Export dataset"
      onClose={onClose}
      actions={
        <button type="button" onClick={() => onExport(scope, { format, lineEnding: crlf ? '\r\n' : '\n', bom })}>
          Export tables
        </button>
      }
    >
      <p>Three tables: segments (one row per annotation), documents × categories counts, and the codebook. Offsets are Unicode code points.</p>
      <label className="field">
        <span>Documents</span>
        <select value={scope} onChange={(e) => setScope(e.target.value as 'document' | 'library')}>
          {hasDocument && <option value="document">the open document</option>}
          <option value="library">the whole library</option>
        </select>
      </label>
      <label className="field">
        <span>Format</span>
        <select value={format} onChange={(e) => setFormat(e.target.value as 'csv' | 'tsv')}>
          <option value="csv">CSV (RFC 4180)</option>
          <option value="tsv">TSV</option>
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={crlf} onChange={(e) => setCrlf(e.target.checked)} /> Windows line endings (CRLF)
      </label>
      <label className="check">
        <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> Byte-order mark, so Excel reads non-Latin text correctly
      </label>
    </Dialog>
  );
}
