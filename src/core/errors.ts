import { MessageKey, MessageParams, t } from './i18n';

/**
 * A failure the user can act on, carried as an i18n key so each host shows it in the
 * user's language. Adapters wrap their own failures into this; nobody shows a stack trace.
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(t('en', key, params));
    this.name = 'UserError';
  }
}
