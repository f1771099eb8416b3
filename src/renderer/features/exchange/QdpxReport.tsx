/**
 * Parts of the REFI-QDA import report: the sources with the reading of positions used for each
 * (and a choice where other readings were candidates), what cannot be carried over, and the
 * problems. The sentences are the command line's (`describeSource`, `describeNotCarried`).
 */
import { describeSource } from '../../../shared/qdpx/describe';
import type { SourceReport } from '../../../shared/qdpx/import';
import { describeNotCarried, type NotCarried } from '../../../shared/qdpx/not-carried';
import { describeReading, sameReading, type Reading } from '../../../shared/qdpx/readings';

/** Items a list shows before it says how many more there are. */
const SHOWN = 200;

/** The first items of a long list, and a line saying how many are not shown. */
function More({ count }: { count: number }) {
  return count > SHOWN ? <li>… and {(count - SHOWN).toLocaleString('en')} more.</li> : null;
}

/** Each source's sentence; where the report offers other readings, a choice among them. */
export function SourceList({ sources, busy, onChoose }: { sources: SourceReport[]; busy: boolean; onChoose(guid: string, reading: Reading): void }) {
  return (
    <section aria-label="Sources">
      <h3>Sources and how their positions were read</h3>
      <ul className="review-list source-list">
        {sources.slice(0, SHOWN).map((s) => {
          const current = s.reading;
          const index = current === null ? -1 : s.candidates.findIndex((c) => sameReading(c.reading, current));
          return (
            <li key={s.guid}>
              <span className={s.basis === 'undecided' || s.documentId === null ? 'problem' : undefined}>{describeSource(s)}</span>
              {s.candidates.length > 1 && s.basis !== 'agree' && (
                <label className="field">
                  <span>Reading of positions in “{s.name}”</span>
                  <select value={index} disabled={busy} onChange={(e) => onChoose(s.guid, s.candidates[Number(e.target.value)].reading)}>
                    {s.candidates.map((c, i) => (
                      <option key={i} value={i}>
                        {describeReading(c.reading, s)}
                        {i === 0 ? ' (fits best)' : ''}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </li>
          );
        })}
        <More count={sources.length} />
      </ul>
    </section>
  );
}

/** What the file holds that the workbench cannot carry over. */
export function NotCarriedList({ items }: { items: NotCarried[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-label="Not carried over">
      <h3>Not carried over</h3>
      <ul className="problems">
        {items.map((n) => (
          <li key={n.what}>{describeNotCarried(n)}</li>
        ))}
      </ul>
    </section>
  );
}

/** Sentences about items read differently or left out. */
export function ProblemList({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-label="Problems">
      <h3>Read with problems</h3>
      <ul className="problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>{p}</li>
        ))}
        <More count={problems.length} />
      </ul>
    </section>
  );
}
