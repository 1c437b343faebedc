// The people the local host page can act as. Logins match the emulator's seeded users.
export interface LocalHostUser {
  key: string;
  login: string;
  displayName: string;
  email: string;
}

function user(key: string, displayName: string): LocalHostUser {
  const email = `${key}@ccm.local`;
  return { key, login: `i:0#.f|membership|${email}`, displayName, email };
}

export const LOCAL_HOST_USERS: readonly LocalHostUser[] = [
  user('sam.staff', 'Sam Staff'),
  user('cara.cro', 'Cara Okafor (Customer Relations Officer)'),
  user('lena.manager', 'Lena Marsh (line manager)'),
  user('ed.director', 'Ed Dunmore (Executive Director)'),
  user('mo.monitor', 'Mo Patel (monitoring)'),
  user('cllr.khan', 'Councillor Khan (Member)')
];

export function findLocalUser(key: string | undefined): LocalHostUser | undefined {
  return LOCAL_HOST_USERS.find((candidate) => candidate.key === key);
}
