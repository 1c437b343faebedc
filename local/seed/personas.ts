import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import type { EmulatorUser } from '../emulator';
import type { Role } from '../../src/domain/model';
import { GROUPS } from '../../src/data/schema';
import type { GroupKey } from '../../src/data/schema';

/** A demo user of the local environment: who they are, which CCM groups and roles they hold. */
export interface Persona extends EmulatorUser {
  key: string;
  groups: readonly GroupKey[];
  roles: readonly Role[];
}

function login(name: string): string {
  return `i:0#.f|membership|${name}@ccm.local`;
}

function persona(key: string, title: string, groups: GroupKey[], roles: Role[], extra: Partial<EmulatorUser> = {}): Persona {
  return { key, login: login(key), title, email: `${key}@ccm.local`, entraObjectId: undefined, groups, roles, ...extra };
}

export const PERSONAS: readonly Persona[] = [
  persona('sam.staff', 'Sam Staff (Housing)', ['staff'], ['staff']),
  persona('cara.cro', 'Cara Rhodes (Customer Relations Officer)', ['staff', 'caseTeam'], ['customerRelationsOfficer']),
  persona('alex.alternate', 'Alex Okafor (alternate officer)', ['staff', 'caseTeam'], ['alternateOfficer']),
  persona('lena.manager', 'Lena Morgan (line manager, Housing)', ['staff', 'managers'], ['lineManager']),
  persona('hugh.head', 'Hugh Davies (head of service, Housing)', ['staff', 'managers'], ['headOfService']),
  persona('ed.director', 'Edwina Director (Executive Director, Resources and Support Services)', ['staff', 'managers'], ['executiveDirector', 'appealReviewer']),
  persona('bea.business', 'Bea Singh (Customer and ICT Services Business Manager)', ['staff', 'managers'], ['customerIctBusinessManager']),
  persona('mo.monitor', 'Mo Patel (monitoring)', ['staff', 'monitoring'], ['monitoring']),
  persona('mona.officer', 'Mona Hughes (Monitoring Officer)', ['staff', 'caseTeam', 'managers'], ['monitoringOfficer']),
  persona('cllr.khan', 'Cllr Aisha Khan', ['members'], ['councillor']),
  persona('cllr.leader', 'Cllr Gareth Jones (group leader)', ['members'], ['groupLeader']),
  persona('fay.foi', 'Fay Ellis (FOI officer)', ['staff', 'foiOfficers'], ['foiOfficer']),
  persona('aud.auditor', 'Aude Laurent (auditor / DPO)', ['auditors'], ['auditor']),
  persona('svc.ccm', 'CCM case service', ['serviceAccounts'], [], { isSiteAdmin: true })
];

export function personaByKey(key: string): Persona {
  const found = PERSONAS.find((candidate) => candidate.key === key);
  if (!found) {
    throw new RangeError(`No persona ${key}`);
  }
  return found;
}

/** Adds each persona to its CCM groups (idempotent: existing members are skipped). */
export async function addPersonasToGroups(sp: SPFI, personas: readonly Persona[] = PERSONAS): Promise<number> {
  let added = 0;
  for (const group of GROUPS) {
    const handle = sp.web.siteGroups.getByName(group.title);
    const members: { LoginName: string }[] = await handle.users.select('LoginName')();
    const present = new Set(members.map((member) => member.LoginName.toLowerCase()));
    for (const person of personas.filter((candidate) => candidate.groups.indexOf(group.key) >= 0)) {
      if (!present.has(person.login.toLowerCase())) {
        await handle.users.add(person.login);
        added += 1;
      }
    }
  }
  return added;
}
