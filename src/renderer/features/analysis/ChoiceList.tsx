interface Props {
  legend: string;
  /** Value and label of each choice. */
  choices: readonly { value: string; label: string }[];
  chosen: ReadonlySet<string>;
  onChange(chosen: Set<string>): void;
}

/**
 * A fold-out list of checkboxes ("Categories: all", "Documents: 2 of 5"): nothing chosen means
 * all, as the retrieval queries read it.
 */
export function ChoiceList({ legend, choices, chosen, onChange }: Props) {
  const picked = choices.filter((c) => chosen.has(c.value));
  const summary = picked.length === 0 || picked.length === choices.length ? 'all' : picked.length === 1 ? picked[0].label : `${picked.length} of ${choices.length}`;
  return (
    <details className="choice-list">
      <summary>
        {legend}: {summary}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {choices.map((c) => (
          <label key={c.value} className="check">
            <input
              type="checkbox"
              checked={chosen.has(c.value)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(c.value);
                else next.delete(c.value);
                onChange(next);
              }}
            />{' '}
            {c.label}
          </label>
        ))}
        {chosen.size > 0 && (
          <button type="button" onClick={() => onChange(new Set())}>
            All
          </button>
        )}
      </fieldset>
    </details>
  );
}
