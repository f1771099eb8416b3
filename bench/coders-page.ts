/**
 * The in-page part of the several-coders figures (issue 13), bundled into the bench page by
 * `page.ts`: a copy of the 2 MB transcript with five coders' layers of 20,000 annotations each
 * (`coderLayers` in corpus.mjs), opened with every layer shown, tagged, compared (the comparison
 * view's list) and measured for agreement in the app's own worker (the agreement panel).
 */
import type { Repository } from '../src/renderer/db/repository';
import { quoteAt } from '../src/shared/anchoring/anchor';
import type { Annotation, DocumentRecord } from '../src/shared/model';
import { BENCH_CODERS, coderLayers } from './corpus.mjs';

/** The title of the five coders' document (the big transcript's text under another id). */
export const CODERS_TITLE = 'Bench transcript, five coders (2 MB)';

/** What the page's own helpers give this module. */
export interface PageTools {
  repo(): Promise<Repository>;
  until(test: () => boolean, timeoutMs?: number): Promise<void>;
  nextPaint(): Promise<number>;
  measure(name: string, start: number, end?: number): number;
  docButton(title: string): Promise<HTMLButtonElement>;
  openTitle(): string | null | undefined;
}

/** Sets a React-controlled select's value as a person choosing an option does. */
function choose(select: HTMLSelectElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const buttonNamed = (name: string, root: ParentNode = document): HTMLButtonElement | undefined =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);

/** The several-coders figures. */
export function codersBench(tools: PageTools) {
  const { until, nextPaint, measure } = tools;

  /** Adds the five coders' document and layers to the seeded database (before the reload). */
  async function seedCoders(big: DocumentRecord): Promise<{ annotations: number }> {
    const r = await tools.repo();
    const doc: DocumentRecord = { ...big, id: 'bench-coders', title: CODERS_TITLE, sourceName: 'bench-coders.txt' };
    const created = '2024-06-07T10:00:00.000Z';
    const annotations: Annotation[] = [];
    coderLayers(doc.text).forEach((layer, c) => {
      const coder = BENCH_CODERS[c];
      layer.forEach((s, i) => {
        annotations.push({
          id: `c0de${c}000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          documentId: doc.id,
          categoryId: s.categoryId,
          start: s.start,
          end: s.end,
          ...quoteAt(doc.text, s.start, s.end),
          memo: '',
          coderId: coder.id,
          coder: coder.name,
          editorId: coder.id,
          created,
          modified: created,
          status: 'placed',
        });
      });
    });
    await r.db.transaction('rw', [r.db.documents, r.db.coders], async () => {
      await r.db.documents.put(doc);
      await r.db.coders.bulkPut(BENCH_CODERS);
    });
    await r.putAll(annotations, []);
    return { annotations: annotations.length };
  }

  /** Click on the five coders' document → its reader shows every layer's bands and the frame is painted. */
  async function openCoders(): Promise<{ ms: number; toDom: number; layered: number; layers: string }> {
    const button = await tools.docButton(CODERS_TITLE);
    const start = performance.now();
    button.click();
    await until(() => tools.openTitle() === CODERS_TITLE && document.querySelector('.reader-text .hl-layers') !== null);
    const dom = performance.now();
    const end = await nextPaint();
    const layers = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Layers:'))?.textContent ?? '';
    return { ms: measure('bench:open-coders', start, end), toDom: dom - start, layered: document.querySelectorAll('.reader-text .hl-layers').length, layers };
  }

  /** "Compare coders" → the list of places where they differ is drawn (worker included); then back to the panel. */
  async function compareList(): Promise<{ ms: number; status: string; items: number }> {
    const button = buttonNamed('Compare coders');
    if (!button) throw new Error('bench: no Compare coders button');
    const status = () => document.querySelector('section[aria-label="Compare coders"] [role="status"]')?.textContent ?? '';
    const start = performance.now();
    button.click();
    await until(() => /places differ/.test(status()) && document.querySelector('li.difference') !== null, 60_000);
    const end = await nextPaint();
    const result = { ms: measure('bench:compare-list', start, end), status: status(), items: document.querySelectorAll('li.difference').length };
    buttonNamed('Back to annotations')?.click();
    await until(() => document.querySelector('section[aria-label="Annotations"]') !== null);
    await nextPaint();
    return result;
  }

  /**
   * The agreement panel computes on `units` (characters: unitizing alpha per category; turns:
   * alpha and the kappas) for the five coders in its worker: from Compute to the figures drawn,
   * with the longest task on the page meanwhile (the interface never waits on the computation).
   */
  async function agreementInApp(units: 'char' | 'turn'): Promise<{ ms: number; intervalMs: number | null; longestTask: number; figure: string }> {
    buttonNamed('View')?.click();
    await until(() => [...document.querySelectorAll('[role="menuitem"]')].some((m) => m.textContent?.includes('Inter-coder agreement')));
    ([...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((m) => m.textContent?.includes('Inter-coder agreement')))!.click();
    const dialog = () => [...document.querySelectorAll('dialog')].find((d) => d.textContent?.includes('Inter-coder agreement'));
    await until(() => dialog() !== undefined);
    const selects = () => [...dialog()!.querySelectorAll('select')];
    const unitsSelect = selects().find((s) => [...s.options].some((o) => o.value === 'turn'))!;
    choose(unitsSelect, units);
    const compute = () => buttonNamed('Compute', dialog()!);
    await until(() => compute() !== undefined && !compute()!.disabled, 30_000);
    const tasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const table = units === 'char' ? 'Unitizing alpha' : 'Agreement on units';
    const start = performance.now();
    compute()!.click();
    await until(() => dialog()!.querySelector(`table[aria-label="${table}"]`) !== null, 60_000);
    const end = await nextPaint();
    // On units, alpha's bootstrap interval follows in a second run of the worker.
    let intervalMs: number | null = null;
    if (units === 'turn') {
      await until(() => /resamples, \d/.test(dialog()!.querySelector(`table[aria-label="${table}"] tbody tr`)?.textContent ?? ''), 60_000);
      intervalMs = (await nextPaint()) - start;
    }
    tasks.push(...observer.takeRecords());
    observer.disconnect();
    const row = dialog()!.querySelector(`table[aria-label="${table}"] tbody tr`)?.textContent ?? '';
    buttonNamed('Close', dialog()!)?.click();
    await until(() => dialog() === undefined);
    return { ms: measure(`bench:agreement-${units}`, start, end), intervalMs, longestTask: Math.max(0, ...tasks.map((t) => t.duration)), figure: row };
  }

  return { seedCoders, openCoders, compareList, agreementInApp };
}
