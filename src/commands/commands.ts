import { createWorkbookGateway } from '../excel/gateway';
import { refreshStatusCommand } from './refreshStatus';

/** The function file: no React here, only the gateway the pane uses too. */
Office.onReady(() => {
  const gateway = createWorkbookGateway(Excel, Office);
  Office.actions.associate('refreshStatus', (event: Office.AddinCommands.Event) =>
    refreshStatusCommand(gateway, event),
  );
});
