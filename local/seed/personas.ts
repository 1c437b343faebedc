import type { EmulatorUser } from '../emulator';
import type { Role, RoleAssignments } from '../../src/domain/model';
import type { GroupKey } from '../../src/data/schema';

/** A demo user of the local environment: who they are, which CCM groups and roles they hold. */
export interface Persona extends EmulatorUser {
  key: string;
  /** Entra object id: the domain's user id for this person (see personaObjectId). */
  entraObjectId: string;
  groups: readonly GroupKey[];
  roles: readonly Role[];
}

function login(name: string): string {
  return `i:0#.f|membership|${name}@ccm.local`;
}

/**
 * A fixed, deterministic Entra object id per persona (`00000000-0000-4000-8000-0000000000NN`).
 * The object id is the domain's user id everywhere: the bot sees `activity.from.aadObjectId`,
 * the tab's token carries `oid`, SPFx exposes `pageContext.aadInfo.userId`.
 */
export function personaObjectId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function persona(n: number, key: string, title: string, groups: GroupKey[], roles: Role[], extra: Partial<EmulatorUser> = {}): Persona {
  return { key, login: login(key), title, email: `${key}@ccm.local`, entraObjectId: personaObjectId(n), groups, roles, ...extra };
}

export const PERSONAS: readonly Persona[] = [
  persona(1, 'sam.staff', 'Sam Staff (Housing)', ['staff'], ['staff']),
  persona(2, 'cara.cro', 'Cara Rhodes (Customer Relations Officer)', ['staff', 'caseTeam'], ['customerRelationsOfficer']),
  persona(3, 'alex.alternate', 'Alex Okafor (alternate officer)', ['staff', 'caseTeam'], ['alternateOfficer']),
  persona(4, 'lena.manager', 'Lena Morgan (line manager, Housing)', ['staff', 'managers'], ['lineManager']),
  persona(5, 'hugh.head', 'Hugh Davies (head of service, Housing)', ['staff', 'managers'], ['headOfService']),
  persona(
    6,
    'ed.director',
    'Edwina Director (Executive Director, Resources and Support Services)',
    ['staff', 'managers'],
    ['executiveDirector', 'appealReviewer']
  ),
  persona(
    7,
    'bea.business',
    'Bea Singh (Customer and ICT Services Business Manager)',
    ['staff', 'managers'],
    ['customerIctBusinessManager']
  ),
  persona(8, 'mo.monitor', 'Mo Patel (monitoring)', ['staff', 'monitoring'], ['monitoring']),
  persona(9, 'mona.officer', 'Mona Hughes (Monitoring Officer)', ['staff', 'caseTeam', 'managers'], ['monitoringOfficer']),
  persona(10, 'cllr.khan', 'Cllr Aisha Khan', ['members'], ['councillor']),
  persona(11, 'cllr.leader', 'Cllr Gareth Jones (group leader)', ['members'], ['groupLeader']),
  persona(12, 'fay.foi', 'Fay Ellis (FOI officer)', ['staff', 'foiOfficers'], ['foiOfficer']),
  persona(13, 'aud.auditor', 'Aude Laurent (auditor)', ['auditors'], ['auditor']),
  persona(14, 'svc.ccm', 'CCM case service', ['serviceAccounts'], [], { isSiteAdmin: true }),
  // An appeal is heard by someone not involved in the decision (BR-11); the Executive Director
  // usually approves, so the council designates a second, independent reviewer.
  persona(15, 'dee.deputy', 'Deepa Rao (Deputy Chief Executive, appeal reviewer)', ['staff', 'managers'], ['appealReviewer']),
  // The site's owner (issue 18): in CCM Administrators, which writes Settings and Guidance, and a
  // site collection administrator, as a site's owner is, so the upgrade run from the
  // administration screen works with her own permissions. She holds no policy role, so no
  // screen offers her a case, an incident or a customer.
  persona(16, 'ada.admin', 'Ada Adams (CCM Administrators)', ['administrators'], [], { isSiteAdmin: true }),
  // Issue 17: the warning-marker register's keeper, who approves markers (never her own proposals).
  persona(17, 'hana.safety', 'Hana Shah (health and safety adviser)', ['staff', 'healthSafety'], ['healthSafetyAdviser']),
  // Subject access requests (BR-23): the data protection officer alone, in CCM Data Protection,
  // which reads everything held about a person (Incidents included) and writes only the audit log.
  persona(18, 'dana.dpo', 'Dana Price (data protection officer)', ['dataProtection'], ['dataProtectionOfficer'])
];

export function personaByKey(key: string): Persona {
  const found = PERSONAS.find((candidate) => candidate.key === key);
  if (!found) {
    throw new RangeError(`No persona ${key}`);
  }
  return found;
}

/** The persona with this Entra object id (the id the bot, the tab's token and SPFx give). */
export function personaByObjectId(objectId: string): Persona {
  const wanted = objectId.toLowerCase();
  const found = PERSONAS.find((candidate) => candidate.entraObjectId === wanted);
  if (!found) {
    throw new RangeError(`No persona with object id ${objectId}`);
  }
  return found;
}

/** The Entra object id of a persona, by key (e.g. `oid('ed.director')`). */
export function oid(key: string): string {
  return personaByKey(key).entraObjectId;
}

/** The case service's directory for local mode: display names by Entra object id. */
export function personaDirectory(personas: readonly Persona[] = PERSONAS): { id: string; displayName: string; login: string }[] {
  return personas.map((person) => ({ id: person.entraObjectId, displayName: person.title.replace(/ \(.*\)$/, ''), login: person.login }));
}

/**
 * Who holds which domain role, by Entra object id: the demo value of the Settings list
 * key `roleAssignments` (the service and the UI read it from there).
 */
export function demoRoleAssignments(personas: readonly Persona[] = PERSONAS): RoleAssignments {
  const assignments: Partial<Record<Role, string[]>> = {};
  for (const person of personas) {
    for (const role of person.roles) {
      (assignments[role] ??= []).push(person.entraObjectId);
    }
  }
  return assignments as RoleAssignments;
}
