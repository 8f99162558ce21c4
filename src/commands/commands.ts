import { createStatusRefresher } from '../excel/statusCommand';
import { refreshStatusCommand } from './refreshStatus';

/** The function file: no React, and of the adapter only what a refresh needs. */
Office.onReady(() => {
  const refresh = createStatusRefresher(Excel, Office);
  Office.actions.associate('refreshStatus', (event: Office.AddinCommands.Event) =>
    refreshStatusCommand(refresh, event),
  );
});
