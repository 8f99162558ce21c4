/**
 * Runs before each of the pane's React tests (jest.config.js, project "pane").
 */
import { configure } from '@testing-library/react';

/**
 * A wait here (waitFor, findBy*) ends as soon as the state it waits for is on screen, so its
 * limit costs nothing on an idle machine. On a busy one a single role query over the pane can
 * take over a second in jsdom, and Testing Library's default limit of 1 s would fail a test
 * whose pane was only slow. jest's testTimeout (60 s) stays well above this, so a wait that
 * really fails reports itself, with the DOM, rather than as a bare test timeout.
 */
configure({ asyncUtilTimeout: 20_000 });

/** jsdom has no ResizeObserver; every webview Office runs add-ins in has one. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(window, { ResizeObserver: window.ResizeObserver ?? NoResizeObserver });

/*
 * The two pieces of layout that Tabster, Fluent's focus manager, asks about. jsdom lays nothing
 * out: `offsetParent` is null on every element and the body measures 0 × 0, and Tabster reads
 * either as "not visible". So in jsdom it found nothing in an open dialog that could take focus,
 * Fluent focused the dialog's surface instead, Tabster never made the dialog the active modal,
 * and 250 ms later it hid the dialog itself with aria-hidden, for good. A test that looked into
 * the dialog passed only if it looked within those 250 ms, which a busy machine does not. In a
 * browser none of this happens (the browser tests find the dialog by its role); with these two
 * answers jsdom behaves the same: focus goes to the dialog's first focusable element, and it is
 * the rest of the pane that is hidden while the dialog is open.
 */

/**
 * As a browser answers for an element: null when it or an ancestor is `display: none`, or it is
 * not in the document, or it is the body; otherwise its parent, which stands in for the nearest
 * positioned ancestor (Tabster only asks whether there is one).
 */
Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement): Element | null {
    if (!this.isConnected || this === document.body || this === document.documentElement) {
      return null;
    }
    const parent = this.parentElement;
    if (getComputedStyle(this).display === 'none') return null;
    for (let element = parent; element; element = element.parentElement) {
      if (getComputedStyle(element).display === 'none') return null;
    }
    return parent;
  },
});

/** The body fills the window (jsdom's is 1024 × 768). */
document.body.getBoundingClientRect = () => {
  const [width, height] = [window.innerWidth, window.innerHeight];
  return { x: 0, y: 0, left: 0, top: 0, right: width, bottom: height, width, height } as DOMRect;
};
