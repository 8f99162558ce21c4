/**
 * The task pane's bundle. taskpane.html loads office.js from Microsoft's CDN first, then
 * boot.ts, which has already asked Office to get ready and started the first read. The pane
 * renders once Office is ready, and says so plainly when it is not in Excel or when office.js
 * did not load.
 */
import { paneStart } from './boot';
import { mountPane } from './mount';
import { markStart } from './timeline';
import { unavailableGateway } from './unavailableGateway';

const root = document.getElementById('root');

/**
 * How long the pane waits for the first read before it renders without it. A read within
 * this time shows the workbook in the first render; a slower one (Excel busy, a very large
 * workbook) gets the tabs and a reading spinner while it goes on.
 */
const FIRST_VIEW_WAIT_MS = 1500;

markStart('script');

if (root) {
  if (!paneStart) {
    mountPane(root, undefined, () => unavailableGateway('pane.error.officeMissing'));
  } else {
    const { gateway, ready } = paneStart;
    void ready.then(async ({ inExcel }) => {
      // The pane renders with the first read's result: one render, on the part the workbook
      // opens on.
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
