import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../shared/codebook';
import type { Annotation } from '../../../shared/model';
import { DocumentSession } from '../workspace/document-session';
import { AnnotationPanel } from './AnnotationPanel';
import { reactRoot } from '../../test-react';

// React's act() needs this flag outside a test renderer.
function ann(i: number): Annotation {
  return {
    id: `a${String(i).padStart(4, '0')}`,
    documentId: 'd1',
    categoryId: DEFAULT_CATEGORIES[i % 4].id,
    start: i * 10,
    end: i * 10 + 5,
    exact: `quote ${i}`,
    prefix: '',
    suffix: '',
    memo: '',
    coderId: 'ana-id',
    coder: 'Ana',
    editorId: 'ana-id',
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    status: 'placed',
  };
}

const view = reactRoot();

const noop = () => undefined;
function render(session: DocumentSession, focusedId: string | null = null, settled?: () => Promise<unknown>) {
  act(() =>
    view.root.render(
      <AnnotationPanel
        session={session}
        categories={[...DEFAULT_CATEGORIES]}
        focusedId={focusedId}
        settled={settled}
        onGo={noop}
        onCategory={noop}
        onMemo={noop}
        onBounds={noop}
        onConfirmPlacement={noop}
        onDraft={noop}
        onDelete={noop}
        onAdopt={noop}
        registerFlush={() => noop}
      />,
    ),
  );
}
const items = () => [...view.host.querySelectorAll('li')];
const positions = () => items().map((li) => Number(li.getAttribute('aria-posinset')));

describe('AnnotationPanel with many annotations', () => {
  it('draws a window of the list, each item telling its place in the whole list', () => {
    const session = new DocumentSession('d1', Array.from({ length: 5000 }, (_, i) => ann(i)));
    render(session);
    expect(view.host.querySelector('h2')?.textContent).toContain('(5000)');
    expect(items().length).toBeGreaterThan(0);
    expect(items().length).toBeLessThan(100);
    expect(positions()[0]).toBe(1);
    expect(items()[0].getAttribute('aria-setsize')).toBe('5000');
    const list = view.host.querySelector('ol') as HTMLOListElement;
    expect(parseFloat(list.style.paddingBottom)).toBeGreaterThan(100_000); // room for the rest
  });

  it('scrolls to a focused annotation far down the list and draws it', async () => {
    const session = new DocumentSession('d1', Array.from({ length: 5000 }, (_, i) => ann(i)));
    render(session);
    render(session, 'a4200');
    // The jump sets the panel's scroll position; the next frame draws the window there.
    const panel = view.host.querySelector('section') as HTMLElement;
    expect(panel.scrollTop).toBeGreaterThan(0);
    await act(async () => {
      panel.dispatchEvent(new Event('scroll'));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    });
    expect(positions()).toContain(4201);
    expect(view.host.querySelector('li[aria-current="true"]')?.getAttribute('data-annotation-id')).toBe('a4200');
    expect(positions()).not.toContain(1);
  });

  it('follows a tag: the new annotation appears in the list and the count goes up', () => {
    const session = new DocumentSession('d1', Array.from({ length: 50 }, (_, i) => ann(i)));
    render(session);
    const added = { ...ann(9999), start: 3, end: 4, id: 'new' };
    act(() => session.apply({ label: 'Tag', annotations: [{ before: null, after: added }], categories: [] }));
    expect(view.host.querySelector('h2')?.textContent).toContain('(51)');
    expect(items()[1].getAttribute('data-annotation-id')).toBe('new'); // reading order: start 3 after start 0
  });

  it('follows an edit once it is written (settled), not before', async () => {
    const session = new DocumentSession('d1', Array.from({ length: 50 }, (_, i) => ann(i)));
    let written!: () => void;
    const write = new Promise<void>((resolve) => (written = resolve));
    render(session, null, () => write);
    const added = { ...ann(9999), start: 3, end: 4, id: 'new' };
    act(() => session.apply({ label: 'Tag', annotations: [{ before: null, after: added }], categories: [] }));
    // Not yet written: the list is still the old one.
    expect(view.host.querySelector('h2')?.textContent).toContain('(50)');
    expect(items().some((li) => li.getAttribute('data-annotation-id') === 'new')).toBe(false);
    await act(async () => {
      written();
      await write;
    });
    expect(view.host.querySelector('h2')?.textContent).toContain('(51)');
    expect(items()[1].getAttribute('data-annotation-id')).toBe('new');
  });
});
