import { describe, expect, it } from 'vitest';
import type { Annotation, DocumentRecord } from '../../../shared/model';
import { DocumentSession } from '../workspace/document-session';
import type { Workspace } from '../workspace/workspace';
import { annotationsOfDocuments, safeFileName } from './exports';

const doc = (id: string): DocumentRecord => ({ id, title: id, text: 'Text.', hash: `h-${id}`, sourceName: '', importedAt: '', lastOpenedAt: '' });
const ann = (id: string, documentId: string, memo = ''): Annotation => ({
  id,
  documentId,
  categoryId: 'claim',
  start: 0,
  end: 4,
  exact: 'Text',
  prefix: '',
  suffix: '.',
  memo,
  coder: '',
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
  status: 'placed',
});

describe('annotationsOfDocuments', () => {
  it('takes the open document from its session (as drawn) and reads the others', async () => {
    const read: string[] = [];
    const stored: Record<string, Annotation[]> = { d1: [ann('a1', 'd1', 'stored')], d2: [ann('b1', 'd2')] };
    const workspace = {
      session: new DocumentSession('d1', [ann('a1', 'd1', 'in memory'), ann('a2', 'd1')]),
      read: {
        allAnnotationsOf: async (id: string) => {
          read.push(id);
          return stored[id] ?? [];
        },
      },
    } as unknown as Workspace;
    const all = await annotationsOfDocuments(workspace, [doc('d1'), doc('d2')]);
    expect(all.map((a) => `${a.id}:${a.memo}`)).toEqual(['a1:in memory', 'a2:', 'b1:']);
    expect(read).toEqual(['d2']);
  });
});

describe('safeFileName', () => {
  it.each([
    ['Interview: 3/4 *draft*', 'Interview_ 3_4 _draft_'],
    ['  spaced   out  ', 'spaced out'],
    ['tab\there', 'tab_here'],
    ['', 'export'],
  ])('%j → %j', (title, expected) => expect(safeFileName(title)).toBe(expected));
});
