// Puts the demo personas into their CCM groups on a site (the emulator or a test site). Apart
// from personas.ts so that the host page, which only needs to know who the personas are, never
// bundles PnPjs's site-group API or the list schema for them.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import { GROUPS } from '../../src/data/schema';
import { PERSONAS, type Persona } from './personas';

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
