import type { Category } from '../../../shared/model';
import type { KwicRow } from '../../../shared/search/kwic';
import { rowKey, type CodedBy } from './concordance-model';

interface Props {
  rows: readonly KwicRow[];
  /** Lines passing the filters (the table shows the first `rows.length` of them). */
  total: number;
  titles: ReadonlyMap<string, string>;
  coded: ReadonlyMap<string, readonly CodedBy[]>;
  categories: ReadonlyMap<string, Category>;
  selected: ReadonlySet<string>;
  onSelect(keys: string[], on: boolean): void;
  onShow(row: KwicRow): void;
}

/** Context as one line: a line break shows as ¶. */
const flat = (s: string) => s.replace(/\n/g, ' ¶ ');

/**
 * The keyword-in-context lines: left context (cut at the left), the hit, right context, and
 * where it is (document, speaker and turn, how it is coded already), each selectable for
 * tagging and with a button that shows it in the text.
 */
export function ConcordanceTable({ rows, total, titles, coded, categories, selected, onSelect, onShow }: Props) {
  const keys = rows.map(rowKey);
  const all = keys.length > 0 && keys.every((k) => selected.has(k));
  return (
    <table className="kwic">
      <caption className="visually-hidden">Concordance: {total} lines</caption>
      <thead>
        <tr>
          <th scope="col" className="kwic-check">
            <input type="checkbox" checked={all} onChange={(e) => onSelect(keys, e.target.checked)} aria-label="Select every line shown" />
          </th>
          <th scope="col" className="kwic-left">
            Left context
          </th>
          <th scope="col" className="kwic-hit">
            Hit
          </th>
          <th scope="col" className="kwic-right">
            Right context
          </th>
          <th scope="col" className="kwic-where">
            Where, coded as
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const key = keys[i];
          const codes = coded.get(key) ?? [];
          const title = titles.get(r.documentId) ?? 'unknown document';
          return (
            <tr key={key} className={selected.has(key) ? 'selected' : undefined}>
              <td className="kwic-check">
                <input type="checkbox" checked={selected.has(key)} onChange={(e) => onSelect([key], e.target.checked)} aria-label={`Select line ${i + 1}: ${r.match} in ${title}`} />
              </td>
              <td className="kwic-left">
                <span dir="ltr">{flat(r.left)}</span>
              </td>
              <td className="kwic-hit">
                <button type="button" onClick={() => onShow(r)} title="Show in the text" aria-label={`Show “${r.match}” in ${title}`}>
                  {flat(r.match)}
                </button>
              </td>
              <td className="kwic-right">{flat(r.right)}</td>
              <td className="kwic-where">
                <span className="kwic-doc">{title}</span>
                {r.speaker !== null && (
                  <span>
                    {' '}
                    · {r.speaker}, turn {r.turn}
                  </span>
                )}
                {r.excluded && <span className="badge">not speech</span>}
                {codes.length > 0 && (
                  <span className="kwic-codes">
                    {codes.map((c, j) => (
                      <span key={j} className="badge">
                        <span className="swatch" style={{ background: categories.get(c.categoryId)?.colour ?? '#777' }} aria-hidden="true" />
                        {categories.get(c.categoryId)?.label ?? c.categoryId} ({c.coder || 'unknown coder'})
                      </span>
                    ))}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
