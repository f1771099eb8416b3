import type { CodebookComparison, ComparedField } from '../../../shared/codebook-diff';
import type { Annotation } from '../../../shared/model';
import { shorten } from '../reading/tagging';
import type { PlacedItem } from './annotation-import';

/** What a placement kind means to the person reviewing it. */
const KIND_HEADINGS = {
  fuzzy: 'Placed by an approximate match: check each (marked “check placement” in the panel)',
  moved: 'Found elsewhere in the text (the text before them changed)',
  orphan: 'Not found in this text (kept, shown in the panel to place by hand or delete)',
} as const;

/**
 * The placements worth a look — approximate, moved and orphaned — each with its quote and, for
 * placed ones, the text it now covers. `onShow` (after the import) jumps to one in the reader.
 */
export function PlacementReview({ items, text, onShow }: { items: PlacedItem[]; text: string; onShow?(annotation: Annotation): void }) {
  return (
    <>
      {(['fuzzy', 'moved', 'orphan'] as const).map((kind) => {
        const list = items.filter((i) => i.kind === kind && i.effect !== 'unchanged');
        if (list.length === 0) return null;
        return (
          <section key={kind} aria-label={`${kind} placements`}>
            <h3>
              {KIND_HEADINGS[kind]} ({list.length})
            </h3>
            <ul className="review-list">
              {list.slice(0, 500).map(({ annotation: a, quoted }) => (
                <li key={a.id}>
                  <span>
                    {kind === 'fuzzy' ? (
                      <>
                        “{shorten(quoted, 100)}” → placed on “{shorten(text.slice(a.start, a.end), 100)}”
                      </>
                    ) : (
                      <>“{shorten(a.exact, 80)}”</>
                    )}
                  </span>
                  {onShow && a.status === 'placed' && (
                    <button type="button" onClick={() => onShow(a)} aria-label={`Show “${shorten(a.exact, 40)}” in the text`}>
                      Show
                    </button>
                  )}
                </li>
              ))}
              {list.length > 500 && <li>… and {list.length - 500} more (filter the panel by “check placement” or “orphans”).</li>}
            </ul>
          </section>
        );
      })}
    </>
  );
}

const FIELD_NAMES: Record<ComparedField, string> = { label: 'label', colour: 'colour', definition: 'definition', retired: 'retired' };

function describe(value: string | boolean): string {
  return typeof value === 'boolean' ? (value ? 'retired' : 'in use') : value === '' ? '(empty)' : `“${value}”`;
}

/** The ids of codebook choices taken from the file, with `id` taken or not (for `CodebookChoices`' `onChange`). */
export function toggleChoice(taken: ReadonlySet<string>, id: string, take: boolean): Set<string> {
  const next = new Set(taken);
  if (take) next.add(id);
  else next.delete(id);
  return next;
}

/**
 * The differences between the file's codebook and the library's, each with a choice: keep
 * mine or take theirs. New categories that no imported annotation uses can be added or left out.
 */
export function CodebookChoices({ comparison, taken, onChange }: { comparison: CodebookComparison; taken: ReadonlySet<string>; onChange(id: string, take: boolean): void }) {
  if (comparison.changed.length === 0 && comparison.added.length === 0) return null;
  return (
    <section aria-label="Codebook differences">
      <h3>The file's codebook differs from yours</h3>
      <ul className="review-list">
        {comparison.changed.map((d) => (
          <li key={d.id}>
            <fieldset className="choice">
              <legend>
                {d.mine.label}: {d.fields.map((f) => `${FIELD_NAMES[f]} ${describe(d.theirs[f])} in the file, ${describe(d.mine[f])} here`).join('; ')}
              </legend>
              <label>
                <input type="radio" name={`choice-${d.id}`} checked={!taken.has(d.id)} onChange={() => onChange(d.id, false)} /> Keep mine
              </label>
              <label>
                <input type="radio" name={`choice-${d.id}`} checked={taken.has(d.id)} onChange={() => onChange(d.id, true)} /> Take theirs
              </label>
            </fieldset>
          </li>
        ))}
        {comparison.added.map((c) => (
          <li key={c.id}>
            <fieldset className="choice">
              <legend>
                New category “{c.label}”{c.definition ? `: ${c.definition}` : ''} (no imported annotation uses it)
              </legend>
              <label>
                <input type="radio" name={`choice-${c.id}`} checked={!taken.has(c.id)} onChange={() => onChange(c.id, false)} /> Leave it out
              </label>
              <label>
                <input type="radio" name={`choice-${c.id}`} checked={taken.has(c.id)} onChange={() => onChange(c.id, true)} /> Add it
              </label>
            </fieldset>
          </li>
        ))}
      </ul>
    </section>
  );
}
