/**
 * For component tests under jsdom: a React root in a fresh element of the page for each test,
 * unmounted and removed after it (`act` is on, as React's test environment wants).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Call at the top of a test file; `view.host` and `view.root` are the current test's. */
export function reactRoot(): { readonly host: HTMLDivElement; readonly root: Root } {
  const view = {} as { host: HTMLDivElement; root: Root };
  beforeEach(() => {
    view.host = document.createElement('div');
    document.body.append(view.host);
    view.root = createRoot(view.host);
  });
  afterEach(() => {
    act(() => view.root.unmount());
    view.host.remove();
  });
  return view;
}
