/**
 * Fluent's styles, as jsdom needs them. Griffel puts some 600 one-declaration rules into the
 * document, and jsdom's getComputedStyle matches every rule against an element and, to resolve
 * `visibility`, against each of its ancestors. A role query calls it for each element it
 * considers and for each part of an accessible name, so one query took seconds. jsdom paints
 * nothing and lays nothing out, so a style matters here only where a script reads it: Testing
 * Library and accessible names read `display` and `visibility`, Tabster `position` as well,
 * scroll containers are found by `overflow`, and pointer events are checked by
 * `pointer-events`. This renderer inserts only the rules that set one of those, so the tests
 * see the same pane, and a role query takes a fifth of the time.
 *
 * Use it as Testing Library's wrapper: `render(<App … />, { wrapper: Styles })`.
 */
import { ReactNode } from 'react';
import { RendererProvider, createDOMRenderer } from '@fluentui/react-components';

const SCRIPT_READ =
  /[{;]\s*(display|visibility|position|overflow|overflow-x|overflow-y|pointer-events)\s*:/;
const renderer = createDOMRenderer(document, {
  unstable_filterCSSRule: (rule) => SCRIPT_READ.test(rule),
});

export function Styles({ children }: { children: ReactNode }) {
  return (
    <RendererProvider renderer={renderer} targetDocument={document}>
      {children}
    </RendererProvider>
  );
}
