import { describe, expect, it } from 'vitest';
import { contentHash } from '../../shared/text/hash';
import { addExclusion } from '../../shared/transcript/corrections';
import { detectStructure } from '../../shared/transcript/structure';
import { agreementTask, packLayer, type AgreementDocument } from './agreement-task';

const TEXT = ['Mara: We demand ferries.', 'Question: Why now?', 'Mara: Because the port is closed.'].join('\n');
const categories = [{ id: 'claim', label: 'claim', order: 0 }];
const turns = detectStructure(TEXT, contentHash(TEXT));
const layer = (id: string) => packLayer(id, id, [{ categoryId: 'claim', start: 0, end: 24 }], ['claim']);

function unitsUsed(document: AgreementDocument): number | undefined {
  const report = agreementTask({ documents: [document], categories, units: 'turn', level: 'nominal', weights: 'none', bootstrap: false }, () => undefined);
  if (!report.ok) throw new Error(report.error);
  return report.value.basis.units?.given;
}

describe('agreement on speaker turns in the worker', () => {
  it('counts the turns as reviewed: a turn marked as not speech is no unit', () => {
    const question = turns.turns[1];
    const reviewed = addExclusion(turns, TEXT, question.start, question.end, 'chrome');
    expect(unitsUsed({ text: TEXT, layers: [layer('a'), layer('b')] })).toBe(3);
    expect(unitsUsed({ text: TEXT, layers: [layer('a'), layer('b')], structure: reviewed })).toBe(2);
  });
});
