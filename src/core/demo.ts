import { Lang, MessageKey, t } from './i18n';
import { PersonInput } from './planMatrix';

/**
 * Eight example people, chosen so that the demo shows every status: covered, fragile,
 * one-sided, late, no lead and not covered, plus one invalid code and a gatherer who
 * makes an area two-sided.
 */
interface DemoPerson {
  name: string;
  role: MessageKey;
  department: string;
  email: string;
  phase: MessageKey;
  codes: Record<string, string>;
}

const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    name: 'Mette Sørensen',
    role: 'role.leader',
    department: 'Kultur og Fritid',
    email: 'mette.soerensen@kommune.dk',
    phase: 'phase.1',
    codes: { KOMM: 'A' },
  },
  {
    name: 'Lars Holm',
    role: 'role.owner',
    department: 'Kultur og Fritid',
    email: 'lars.holm@kommune.dk',
    phase: 'phase.1',
    codes: { KOMM: 'I', PSRM: 'x' },
  },
  {
    name: 'Hanne Kjær',
    role: 'role.oirCoordinator',
    department: 'Økonomi',
    email: 'hanne.kjaer@kommune.dk',
    phase: 'phase.1',
    codes: { INDR_KOM: 'A', DEB_REGLER: 'D', PSRM: 'A' },
  },
  {
    name: 'Peter Nielsen',
    role: 'role.libraryStaff',
    department: 'Hovedbiblioteket',
    email: 'peter.nielsen@kommune.dk',
    phase: 'phase.2',
    codes: {
      INDR_BIB: 'A',
      INDR_KOM: 'D',
      DEB_REGLER: 'I',
      BET_WEB: 'D',
      BET_APP: 'D',
      BET_AUT: 'I',
      KOMM: 'D',
    },
  },
  {
    name: 'Sofie Jensen',
    role: 'role.financeStaff',
    department: 'Debitor',
    email: 'sofie.jensen@kommune.dk',
    phase: 'phase.2',
    codes: { INDR_BIB: 'D', INDR_KOM: 'D', DEB_REGLER: 'A', BET_KOM: 'A', KOMM: 'D', ADM_DEB: 'D' },
  },
  {
    name: 'Jonas Berg',
    role: 'role.itAdmin',
    department: 'IT',
    email: 'jonas.berg@kommune.dk',
    phase: 'phase.2',
    codes: { ADM_FBS: 'A', ADM_DEB: 'A', ADM_SP: 'A' },
  },
  {
    name: 'Anne Lund',
    role: 'role.citizenService',
    department: 'Borgerservice',
    email: 'anne.lund@kommune.dk',
    phase: 'phase.3',
    codes: { BET_BS: 'A' },
  },
  {
    name: 'Karim Ahmed',
    role: 'role.libraryStaff',
    department: 'Filial Nord',
    email: 'karim.ahmed@kommune.dk',
    phase: 'phase.1',
    codes: { INDR_BIB: 'D', BET_WEB: 'A', BET_APP: 'D', BET_KOM: 'I', PSRM: 'D', ADM_FBS: 'D' },
  },
];

export function demoPeople(lang: Lang): PersonInput[] {
  return DEMO_PEOPLE.map((person) => ({
    name: person.name,
    role: t(lang, person.role),
    department: person.department,
    email: person.email,
    fromPhase: t(lang, person.phase),
    codes: person.codes,
  }));
}
