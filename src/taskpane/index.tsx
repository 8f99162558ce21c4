/**
 * The task pane's entry point. taskpane.html loads office.js from Microsoft's CDN first; the
 * pane renders once Office is ready, and says so plainly when it is not in Excel or when
 * office.js did not load.
 */
import { deferredGateway } from './deferredGateway';
import { mountPane } from './mount';
import { unavailableGateway } from './unavailableGateway';

const root = document.getElementById('root');

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
    void Office.onReady((info) => {
      const inExcel = info.host === Office.HostType.Excel;
      // The first read starts before React renders; the pane picks it up as its first load.
      if (inExcel) gateway.startFirstRead();
      mountPane(root, Office, () =>
        inExcel ? gateway : unavailableGateway('pane.error.notExcel'),
      );
    });
  }
}
