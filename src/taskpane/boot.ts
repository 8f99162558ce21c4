/**
 * The pane's first script. taskpane.html loads it before the pane's bundle; it is small, so
 * it runs as soon as the page is parsed, while the browser is still downloading and compiling
 * React and the pane's components. It starts what needs none of them: waiting for Office,
 * running the Excel adapter's chunk (fetched beside office.js) and the first read of the
 * workbook. The bundle then renders with that read (index.tsx).
 */
import { langFromLocale } from '../core/i18n';
import { DeferredGateway, deferredGateway } from './deferredGateway';
import { markStart } from './timeline';

export interface PaneStart {
  gateway: DeferredGateway;
  /** Office is ready; whether the pane runs in Excel. */
  ready: Promise<{ inExcel: boolean }>;
}

function begin(): PaneStart {
  const gateway = deferredGateway(() =>
    import(/* webpackChunkName: "gateway" */ '../excel/gateway').then((m) =>
      m.createWorkbookGateway(Excel, Office),
    ),
  );
  // From a microtask, not from the script's top level: with developer tools open, Chromium
  // records the stack that asked for each script, and a stack reaching a script's top level
  // makes it re-read that whole script to name its lines.
  queueMicrotask(() => gateway.preload());
  const ready = Office.onReady().then((info) => {
    markStart('office');
    // The page speaks Office's language from here on, for screen readers too. (It also puts
    // the language files in this script, where both the pane and the adapter find them.)
    document.documentElement.lang = langFromLocale(Office.context?.displayLanguage);
    const inExcel = info.host === Office.HostType.Excel;
    if (inExcel) gateway.startFirstRead();
    return { inExcel };
  });
  return { gateway, ready };
}

/** Null when office.js did not load: the pane then says so (index.tsx). */
export const paneStart: PaneStart | null = typeof Office === 'undefined' ? null : begin();
