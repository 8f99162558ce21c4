/**
 * The task pane's entry point. taskpane.html loads office.js from Microsoft's CDN first; the
 * pane renders once Office is ready, and says so plainly when it is not in Excel or when
 * office.js did not load.
 */
import { deferredGateway } from './deferredGateway';
import { mountPane } from './mount';
import { markStart } from './timeline';
import { unavailableGateway } from './unavailableGateway';

const root = document.getElementById('root');
markStart('script');

/**
 * How long the pane waits for the first read before it renders without it. A read within
 * this time shows the workbook in the first render; a slower one (Excel busy, a very large
 * workbook) gets the tabs and a reading spinner while it goes on.
 */
const FIRST_VIEW_WAIT_MS = 1500;

if (root) {
  if (typeof Office === 'undefined') {
    mountPane(root, undefined, () => unavailableGateway('pane.error.officeMissing'));
  } else {
    // Fetch the Excel adapter's chunk now, while Office initialises and React renders.
    const gateway = deferredGateway(() =>
      import(/* webpackChunkName: "gateway" */ '../excel/gateway').then((m) =>
        m.createWorkbookGateway(Excel, Office),
      ),
    );
    gateway.preload();
    void Office.onReady(async (info) => {
      markStart('office');
      const inExcel = info.host === Office.HostType.Excel;
      // The first read starts before React renders, and the pane renders with its result:
      // one render, on the part the workbook opens on.
      if (inExcel) gateway.startFirstRead();
      const view = inExcel ? await gateway.firstView(FIRST_VIEW_WAIT_MS) : null;
      markStart('read');
      mountPane(
        root,
        Office,
        () => (inExcel ? gateway : unavailableGateway('pane.error.notExcel')),
        view,
      );
    });
  }
}
