import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders a view into a fresh container in the happy-dom document; returns the container. */
export function mount(view: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(view, container));
  return container;
}

/** Unmounts every mounted view (call in afterEach). */
export function unmountAll(): void {
  for (const container of [...document.body.children]) {
    render(null, container);
    container.remove();
  }
}

/** Polls until `check` returns a truthy value (effects and promises settle), or fails after `ms`. */
export async function waitFor<T>(check: () => T, ms = 5000): Promise<NonNullable<T>> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (Date.now() - started > ms) throw new Error('waitFor: timed out');
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

/** Clicks an element inside act, so the view has re-rendered when this returns. */
export function click(element: Element | null | undefined): void {
  if (!element) throw new Error('click: no element');
  act(() => (element as HTMLElement).click());
}

/** `[data-testid="…"]` elements inside a container. */
export const byTestId = (root: ParentNode, id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
