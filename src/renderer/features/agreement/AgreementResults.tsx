import { DEFAULT_BOOTSTRAP } from '../../../shared/agreement/bootstrap';
import type { AgreementReport } from '../../../shared/agreement/report';
import type { ConfusionMatrix } from '../../../shared/agreement/confusion';
import { coefficient, count, decimal, figureText, plural } from './format';

const UNIT_NAMES = { sentence: 'sentences', paragraph: 'paragraphs', turn: 'speaker turns', custom: 'units' } as const;

/** A confusion matrix as a table with row and column headers. */
function Confusion({ m, caption }: { m: ConfusionMatrix; caption: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="figures confusion">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.kind === 'coder-pair' ? `${m.coders[0]} ↓ / ${m.coders[1]} →` : 'value ↓ / value →'}</th>
            {m.labels.map((l) => (
              <th key={l} scope="col">
                {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.labels.map((row, i) => (
            <tr key={row}>
              <th scope="row">{row}</th>
              {m.counts[i].map((c, j) => (
                <td key={m.labels[j]} className={i === j ? 'diagonal' : undefined}>
                  {count(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Every figure of an agreement report with what it was computed on: the basis (units and their
 * number, coders, level, what was left out and why) and the rule behind each figure next to it.
 */
export function AgreementResults({ report, scope, interval }: { report: AgreementReport; scope: string; interval: 'computing' | 'done' | 'failed' }) {
  const { basis, spans, units } = report;
  const coders = basis.coders.map((c) => `${c.name} (${count(c.annotations)} annotations)`).join(', ');
  return (
    <section className="agreement-results" aria-label="Agreement figures">
      <h3>Basis</h3>
      <ul className="basis">
        <li>
          {basis.units
            ? `${count(basis.units.used)} ${UNIT_NAMES[basis.units.kind]} used of ${count(basis.units.given)} in ${scope}`
            : `Every character of ${scope}: ${count(basis.text.codePoints)} code points`}
          ; {basis.coders.length} coders: {coders}.
        </li>
        {basis.units && <li>Level of measurement: {basis.level}.</li>}
        {basis.excluded.length > 0 ? (
          basis.excluded.map((e) => (
            <li key={`${e.what}:${e.reason}`}>
              Left out: {count(e.count)} {e.what}, {e.reason}.
            </li>
          ))
        ) : (
          <li>Nothing was left out.</li>
        )}
      </ul>
      {units && (
        <>
          <h3>On {basis.units ? UNIT_NAMES[basis.units.kind] : 'units'}</h3>
          <p className="rule-text">
            <strong>Unit rule:</strong> {basis.rules.units}
            {basis.rules.none ? ` ${basis.rules.none}` : ''}
          </p>
          <table className="figures" aria-label="Agreement on units">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Value</th>
                <th scope="col">Computed on</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Krippendorff's α ({units.alpha.level})</th>
                <td>{figureText(units.alpha)}</td>
                <td>
                  {count(units.alpha.units)} pairable units, {count(units.alpha.pairableValues)} values; D_o {decimal(units.alpha.observedDisagreement)}, D_e {decimal(units.alpha.expectedDisagreement)}
                  {interval === 'computing' && `; ${Math.round(DEFAULT_BOOTSTRAP.confidence * 100)} % interval: computing (bootstrap, ${count(DEFAULT_BOOTSTRAP.resamples)} resamples)…`}
                  {interval === 'failed' && '; the interval could not be computed (cancelled or stopped).'}
                  {units.interval &&
                    (units.interval.lower !== null && units.interval.upper !== null
                      ? `; ${Math.round(units.interval.confidence * 100)} % interval ${units.interval.lower.toFixed(3)} to ${units.interval.upper.toFixed(3)} (bootstrap, ${count(units.interval.resamples)} resamples, ${count(units.interval.defined)} defined, seed ${units.interval.seed})`
                      : `; no interval: ${units.interval.reason ?? 'undefined'}`)}
                </td>
              </tr>
              <tr>
                <th scope="row">Cohen's κ ({units.cohen.weights === 'none' ? 'unweighted' : `${units.cohen.weights} weights`})</th>
                <td>{figureText(units.cohen)}</td>
                <td>{units.cohen.value === null ? '' : `${count(units.cohen.units)} units; p_o ${coefficient(units.cohen.observedAgreement)}, p_e ${coefficient(units.cohen.expectedAgreement)}`}</td>
              </tr>
              <tr>
                <th scope="row">Fleiss' κ</th>
                <td>{figureText(units.fleiss)}</td>
                <td>{units.fleiss.value === null ? '' : `${count(units.fleiss.units)} units, ${units.fleiss.ratingsPerUnit} ratings each; P̄ ${coefficient(units.fleiss.observedAgreement)}, P̄_e ${coefficient(units.fleiss.expectedAgreement)}`}</td>
              </tr>
              <tr>
                <th scope="row">Percent agreement</th>
                <td>{units.percent.value === null ? figureText(units.percent) : `${units.percent.value.toFixed(1)}\u00a0%`}</td>
                <td>{count(units.percent.units)} units, mean share of agreeing pairs of coders</td>
              </tr>
            </tbody>
          </table>
          <table className="figures" aria-label="Agreement per category">
            <caption>Per category</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Values</th>
                <th scope="col">Specific agreement</th>
                <th scope="col">α (category vs rest)</th>
                <th scope="col">Fleiss' κ_j</th>
              </tr>
            </thead>
            <tbody>
              {units.categories.map((c) => (
                <tr key={c.label}>
                  <th scope="row">{c.label}</th>
                  <td>{count(c.values)}</td>
                  <td>{figureText(c.specificAgreement)}</td>
                  <td>{figureText(c.alpha)}</td>
                  <td>{c.fleissKappa ? figureText(c.fleissKappa) : 'not applicable'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Confusion m={units.confusion} caption={`Confusion matrix (${units.confusion.counting})`} />
        </>
      )}
      {spans && (
        <>
          <h3>On spans (unitizing α)</h3>
          <p className="rule-text">
            <strong>Span rule:</strong> {basis.rules.spans}
          </p>
          <table className="figures" aria-label="Unitizing alpha">
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">α_U</th>
                <th scope="col">Computed on</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">all categories</th>
                <td>{figureText(spans.overall)}</td>
                <td>D_o {decimal(spans.overall.observedDisagreement)}, D_e {decimal(spans.overall.expectedDisagreement)}</td>
              </tr>
              {spans.byCategory.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.label}</th>
                  <td>{figureText(c)}</td>
                  <td>{plural(c.units, 'unit')} after merging overlaps</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Confusion m={spans.confusion} caption={`Confusion matrix (${spans.confusion.counting})`} />
        </>
      )}
      <p className="rule-text">
        <strong>Where a figure has no value:</strong> {basis.rules.degenerate}
      </p>
    </section>
  );
}
