import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocument, SECTION_SIZE } from './position-map';
import { watchSections } from './section-window';

type Rect = { top: number; bottom: number };
type Entry = { target: Element; isIntersecting: boolean; rootBounds: Rect; boundingClientRect: Rect };

/** A stand-in for the browser's observer: the test says which targets intersect. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly targets: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: Entry[]) => void,
    readonly options: { root: Element | null; rootMargin: string },
  ) {
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** Reports sections `[index, intersecting]` as the browser would after a frame; the screen shows section `at`. */
  report(changes: [number, boolean][], at = 0) {
    const rootBounds = { top: 0, bottom: 100 };
    this.callback(
      changes.map(([i, isIntersecting]) => ({
        target: this.targets[i],
        isIntersecting,
        rootBounds,
        boundingClientRect: { top: (i - at) * 100, bottom: (i - at + 1) * 100 },
      })),
    );
  }
}

const idleQueue: (() => void)[] = [];
/** Runs idle callbacks, one idle period after another, until none is left; returns how many periods. */
const runIdle = () => {
  let periods = 0;
  for (; idleQueue.length && periods < 100; periods++) idleQueue.splice(0).forEach((fn) => fn());
  return periods;
};
const saved = { io: window.IntersectionObserver, ric: window.requestIdleCallback, cic: window.cancelIdleCallback };

beforeEach(() => {
  window.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
  window.requestIdleCallback = (fn) => idleQueue.push(() => fn({ didTimeout: false, timeRemaining: () => 10 }));
  window.cancelIdleCallback = () => idleQueue.splice(0);
});
afterEach(() => {
  Object.assign(window, { IntersectionObserver: saved.io, requestIdleCallback: saved.ric, cancelIdleCallback: saved.cic });
  idleQueue.splice(0);
});

function setup(initial: number[]) {
  const text = Array.from({ length: SECTION_SIZE * 6 }, (_, i) => `line ${i}`).join('\n');
  const mount = document.createElement('div');
  document.body.append(mount);
  const view = new EditorView(mount, { state: EditorState.create({ doc: buildDocument(text) }) });
  const reports: number[][] = [];
  const watcher = watchSections(view, mount, initial, (s) => reports.push(s))!;
  return { view, mount, reports, watcher, observer: FakeObserver.last! };
}

describe('watchSections', () => {
  it('observes every section from the scroll container, with a margin of screens', () => {
    const { view, mount, observer } = setup([0]);
    expect(observer.targets).toHaveLength(6);
    expect(observer.targets.every((t) => t.classList.contains('pm-section') && view.dom.contains(t))).toBe(true);
    expect(observer.options.root).toBe(mount);
    expect(observer.options.rootMargin).toMatch(/^\d+% 0px$/);
  });

  it.each<[string, [number, boolean][][], number[][], number[][]]>([
    ['the first report confirms what was drawn: nothing to do', [[[0, true], [1, false], [2, false]]], [], []],
    ['a section comes near: drawn at once', [[[1, true]]], [[0, 1]], [[0, 1]]],
    ['sections leave: dropped when idle', [[[0, false], [3, true]]], [[0, 3]], [[0, 3], [3]]],
    ['one left and came back before idle: nothing dropped', [[[0, false], [2, true]], [[0, true]]], [[0, 2]], [[0, 2]]],
  ])('%s', (_name, frames, beforeIdle, afterIdle) => {
    const { reports, observer } = setup([0]);
    for (const changes of frames) observer.report(changes);
    expect(reports).toEqual(beforeIdle);
    runIdle();
    expect(reports).toEqual(afterIdle);
  });

  it('after a scroll draws the nearest section at once and the others one per idle period', () => {
    const { reports, observer } = setup([0]);
    observer.report([[0, false], [2, true], [3, true], [4, true], [5, true]], 4);
    expect(reports).toEqual([[0, 4]]);
    expect(runIdle()).toBe(4); // draw 3 (before 5: equally far, reported first), 5, 2; drop 0
    expect(reports).toEqual([[0, 4], [0, 3, 4], [0, 3, 4, 5], [0, 2, 3, 4, 5], [2, 3, 4, 5]]);
  });

  it('draws a section asked for at once (a jump) and stops watching when destroyed', () => {
    const { reports, watcher, observer } = setup([0]);
    watcher.ensure(5);
    expect(reports).toEqual([[0, 5]]);
    watcher.destroy();
    expect(observer.disconnected).toBe(true);
  });
});
