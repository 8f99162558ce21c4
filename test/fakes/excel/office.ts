/**
 * A minimal `Office` global: onReady, context (language, requirement sets, the document's
 * settings as loaded when the add-in started), actions, addin.
 */
import { parseSetting } from './model/settings';
import { RequirementSets } from './requirements';

export type ActionHandler = (event: { completed: () => void; source: { id: string } }) => unknown;

export interface FakeOffice {
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  onReady(
    callback?: (info: { host: string; platform: string }) => void,
  ): Promise<{ host: string; platform: string }>;
  initialize?: (reason?: unknown) => void;
  context: {
    displayLanguage: string;
    contentLanguage: string;
    host: string;
    platform: string;
    diagnostics: { host: string; platform: string; version: string };
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    /**
     * Office.Settings: the add-in's settings, loaded with the document when the add-in starts
     * (no round trip); `get` answers from that copy, null for a missing name.
     */
    document: { settings: { get(name: string): unknown } };
  };
  actions: { associate(name: string, handler: ActionHandler): void };
  addin: {
    showAsTaskpane(): Promise<void>;
    hide(): Promise<void>;
  };
}

export interface OfficeRecorder {
  associations: Map<string, ActionHandler>;
  addinCalls: string[];
}

export function createOffice(
  displayLanguage: string,
  reqs: RequirementSets,
  platform: string,
  /** The settings as the add-in's runtime loaded them. */
  loadedSettings: () => ReadonlyMap<string, string>,
): { office: FakeOffice; recorder: OfficeRecorder } {
  const recorder: OfficeRecorder = { associations: new Map(), addinCalls: [] };
  const info = { host: 'Excel', platform };
  const office: FakeOffice = {
    HostType: {
      Word: 'Word',
      Excel: 'Excel',
      PowerPoint: 'PowerPoint',
      Outlook: 'Outlook',
      OneNote: 'OneNote',
      Project: 'Project',
      Access: 'Access',
    },
    PlatformType: {
      PC: 'PC',
      OfficeOnline: 'OfficeOnline',
      Mac: 'Mac',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    onReady(callback) {
      return Promise.resolve().then(() => {
        callback?.({ ...info });
        return { ...info };
      });
    },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      host: 'Excel',
      platform,
      diagnostics: { host: 'Excel', platform, version: '16.0.0.0' },
      requirements: { isSetSupported: (name, minVersion) => reqs.isSetSupported(name, minVersion) },
      document: {
        settings: {
          get(name: string): unknown {
            const text = loadedSettings().get(name);
            return text === undefined ? null : parseSetting(text);
          },
        },
      },
    },
    actions: {
      associate(name, handler) {
        recorder.associations.set(name, handler);
      },
    },
    addin: {
      showAsTaskpane() {
        recorder.addinCalls.push('showAsTaskpane');
        return Promise.resolve();
      },
      hide() {
        recorder.addinCalls.push('hide');
        return Promise.resolve();
      },
    },
  };
  return { office, recorder };
}
