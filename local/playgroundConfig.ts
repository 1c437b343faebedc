// Local only: the Microsoft 365 Agents Playground's context file, so that it plays Teams for
// a demo persona (used by `npm start`, which writes it under .local-data/, and by the
// Playground e2e test).
import { PERSONAS, personaByKey } from './seed/personas';

/**
 * The Playground's context file (`M365_AGENTS_PLAYGROUND_CONFIG_PATH`): its schema wants
 * the current user, exactly five other users, a personal chat, a group chat and a team.
 * The current user (by default Edwina Director, an approver of the demo's pending sanction)
 * carries that persona's Entra object id, which the service reads from `activity.from.aadObjectId`.
 *
 * Each user's Playground id is also their Entra object id. The service opens a 1:1 chat
 * for a proactive card with `POST /v3/conversations` and `members: [{ id: <object id> }]`,
 * which Teams resolves to the user. The Playground's connector matches that member id only
 * against its own user ids (and returns the existing personal chat for a match), so with
 * any other id the card would land in a new, hidden chat.
 */
export function playgroundConfig(currentUserKey: string = 'ed.director'): string {
  const current = personaByKey(currentUserKey);
  const user = (p: (typeof PERSONAS)[number], indent: string): string => {
    const name = p.title.replace(/ \(.*\)$/, '');
    const [given, ...rest] = name.split(' ');
    return [
      `id: ${p.entraObjectId}`,
      `name: ${name}`,
      `userPrincipleName: ${p.key}@ccm.local`,
      `aadObjectId: ${p.entraObjectId}`,
      `givenName: ${given}`,
      `surname: ${rest.join(' ') || given}`,
      `email: ${p.key}@ccm.local`
    ]
      .map((line, i) => (i === 0 ? line : `${indent}${line}`))
      .join('\n');
  };
  // Exactly five. For Edwina Director: sam.staff, cara.cro (the proposer, told of the
  // decision), alex.alternate, lena.manager and hugh.head (the other approver).
  const others = PERSONAS.filter((p) => p.key !== current.key && p.key !== 'svc.ccm').slice(0, 5);
  return [
    'version: "0.1.1"',
    'tenantId: local-tenant',
    'bot:',
    '  id: ccm-local-bot',
    '  name: Customer Case Management',
    'currentUser:',
    `  ${user(current, '  ')}`,
    'users:',
    ...others.map((p) => `  - ${user(p, '    ')}`),
    'personalChat:',
    '  id: personal-chat-ccm',
    'groupChat:',
    '  id: group-chat-ccm',
    '  name: Group Chat',
    'team:',
    '  id: team-ccm',
    '  name: Council',
    '  aadGroupId: 00000000-0000-4000-8000-000000000031',
    '  channels:',
    '    - id: channel-general-ccm',
    '      name: General',
    ''
  ].join('\n');
}
