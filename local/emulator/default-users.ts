import { EmulatorUser } from './index';

/** Personas used when the CLI is started without --users (one per role in the local host page). */
export const DEFAULT_USERS: EmulatorUser[] = [
  { login: 'admin@ccm.local', title: 'Site Admin', email: 'admin@ccm.local', isSiteAdmin: true },
  { login: 'staff@ccm.local', title: 'Sam Staff', email: 'staff@ccm.local' },
  { login: 'officer@ccm.local', title: 'Olu Case Officer', email: 'officer@ccm.local' },
  { login: 'manager@ccm.local', title: 'Maya Manager', email: 'manager@ccm.local' },
  { login: 'monitoring@ccm.local', title: 'Mo Monitoring', email: 'monitoring@ccm.local' },
  { login: 'member@ccm.local', title: 'Cllr Morgan Member', email: 'member@ccm.local' }
];
