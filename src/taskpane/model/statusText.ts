import { AreaStatus } from '../../core/coverage';
import { MessageKey } from '../../core/i18n';

/** Each area status's name, as the Status sheet and the CLI call it. */
export const STATUS_TEXT: Record<AreaStatus, MessageKey> = {
  not_covered: 'status.not_covered',
  no_lead: 'status.no_lead',
  late: 'status.late',
  one_sided: 'status.one_sided',
  fragile: 'status.fragile',
  covered: 'status.covered',
};
