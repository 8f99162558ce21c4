import { Lang, MessageKey, t } from './i18n';

/**
 * The FBS–ØiR template: the competencies the seed task lists, split where a person must
 * cover each part separately. Texts live in the language files; this file holds the facts.
 */

export const TASK_ID = 23;

/** The seed's own phase, from which every template area is needed. */
export const TEMPLATE_NEEDED_PHASE: MessageKey = 'phase.2';

export const DEFAULT_MIN_PEOPLE = 2;

/** The seed's bullet each area comes from, quoted in Danish in both languages. */
const SEED_LINES = {
  collection:
    'Kompetencer omkring inddrivelse og opkrævning på biblioteksområdet samt generelt i kommunen.',
  debtorRules: 'Kompetencer omkring opsætning af debitorsystemets regler.',
  libraryPayments:
    'Viden om nuværende betalingsmuligheder på bibliotekerne og kendskab til opsætningen af de 3. parts løsninger, der i dag anvendes (bibliotekets hjemmeside, Biblioteks app’en, selvbetjeningsautomater).',
  citizenService:
    'Hvis man derfor fx har en separat betalingsenhed eller en betalingsfunktion i sin borgerservice, kan det give værdi at inddrage dem i overvejelserne omkring fremtidige betalingsmuligheder.',
  municipalPayments:
    'Viden om betalingsmuligheder generelt i kommunen for krav, der ligger i debitorsystemet, fx p-bøder, daginstitutionsbetaling mv.',
  psrm: 'Viden om den planlagte inddrivelsesindsats på biblioteksområdet (PSRM)',
  communication: 'Kommunikationskompetencer',
  sysadmin:
    'Systemadministrative kompetencer til opsætning i både FBS, debitorsystem og Serviceplatformen',
} as const;

export interface TemplateArea {
  id: string;
  bothParties: boolean;
  source: string;
}

export const TEMPLATE_AREAS: readonly TemplateArea[] = [
  { id: 'INDR_BIB', bothParties: true, source: SEED_LINES.collection },
  { id: 'INDR_KOM', bothParties: true, source: SEED_LINES.collection },
  { id: 'DEB_REGLER', bothParties: true, source: SEED_LINES.debtorRules },
  { id: 'BET_WEB', bothParties: true, source: SEED_LINES.libraryPayments },
  { id: 'BET_APP', bothParties: true, source: SEED_LINES.libraryPayments },
  { id: 'BET_AUT', bothParties: true, source: SEED_LINES.libraryPayments },
  { id: 'BET_BS', bothParties: true, source: SEED_LINES.citizenService },
  { id: 'BET_KOM', bothParties: true, source: SEED_LINES.municipalPayments },
  { id: 'PSRM', bothParties: true, source: SEED_LINES.psrm },
  { id: 'KOMM', bothParties: true, source: SEED_LINES.communication },
  { id: 'ADM_FBS', bothParties: false, source: SEED_LINES.sysadmin },
  { id: 'ADM_DEB', bothParties: false, source: SEED_LINES.sysadmin },
  { id: 'ADM_SP', bothParties: false, source: SEED_LINES.sysadmin },
];

export type PartyKey = 'library' | 'finance';

export interface TemplateLevel {
  code: string;
  covers: boolean;
  lead: boolean;
}

export const TEMPLATE_LEVELS: readonly TemplateLevel[] = [
  { code: 'A', covers: true, lead: true },
  { code: 'D', covers: true, lead: false },
  { code: 'I', covers: false, lead: false },
];

export const TEMPLATE_PHASES: readonly MessageKey[] = [
  'phase.1',
  'phase.2',
  'phase.3',
  'phase.4',
  'phase.5',
];

export interface TemplateRole {
  key: MessageKey;
  required: boolean;
  party: PartyKey | null;
}

/** Required roles are the seed's "Involverede parter"; the rest are useful optional ones. */
export const TEMPLATE_ROLES: readonly TemplateRole[] = [
  { key: 'role.owner', required: true, party: null },
  { key: 'role.leader', required: true, party: null },
  { key: 'role.oirCoordinator', required: true, party: 'finance' },
  { key: 'role.libraryStaff', required: true, party: 'library' },
  { key: 'role.financeStaff', required: true, party: 'finance' },
  { key: 'role.citizenService', required: false, party: 'finance' },
  { key: 'role.itAdmin', required: false, party: null },
  { key: 'role.communication', required: false, party: null },
];

export const CHECKLIST_STEPS: readonly MessageKey[] = [
  'checklist.1',
  'checklist.2',
  'checklist.3',
  'checklist.4',
];

export function areaName(lang: Lang, id: string): string {
  return t(lang, `area.${id}.name` as MessageKey);
}

export function areaDescription(lang: Lang, id: string): string {
  return t(lang, `area.${id}.description` as MessageKey);
}

export function partyWord(lang: Lang, party: PartyKey | null): string {
  return party === null ? '' : t(lang, party === 'library' ? 'party.library' : 'party.finance');
}
