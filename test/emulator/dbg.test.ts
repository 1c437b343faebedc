import { ADMIN, pnpFor, startTestEmulator } from './harness';
it('dbg', async () => {
  const e = await startTestEmulator();
  const sp = pnpFor(e, ADMIN);
  const staff = await sp.web.siteGroups.add({ Title: 'CCM Staff', Description: 'All staff' });
  console.log(JSON.stringify(staff));
  await sp.web.lists.add('Incidents');
  await sp.web.lists.getByTitle('Incidents').breakRoleInheritance(true, false);
  sp.web.lists.getByTitle('Incidents').roleAssignments.add(staff.Id, 1073741827).catch((x) => console.log(String(x)));
  await new Promise((r) => setTimeout(r, 300));
  await e.close();
});
