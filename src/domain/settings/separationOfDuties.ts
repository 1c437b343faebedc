// What a choice of role holders means for the policy's separation of duties: who could approve,
// sit on a panel or hear an appeal with these people in these roles. Worked out from the
// permission matrix's own tables, so the administration screen says what can() will then do,
// before anything is saved.

import { CASE_ROUTES, type CaseRoute } from '../model/case';
import type { UserId } from '../model/ids';
import { ROLE_LABELS, type Role, type RoleAssignments } from '../model/roles';
import { DEFAULT_APPROVER_ROLES, PANEL_ROLES_BY_ROUTE } from '../permissions/caseParticipation';
import { CASE_OFFICER_ROLES } from '../permissions/roleGroups';
import { ROUTE_NAMES } from './roleHolders';

/**
 * `blocked`: with these holders something the policy requires cannot happen at all.
 * `warning`: it can happen, but on some cases it will not (a conflict, an absence).
 */
export type ConsequenceSeverity = 'blocked' | 'warning';

export interface SeparationConsequence {
  severity: ConsequenceSeverity;
  /** The roles the consequence follows from: the screen shows it beside each of them. */
  roles: readonly Role[];
  /** The business rule that decides it. */
  rule: string;
  message: string;
}

function holders(assignments: RoleAssignments, roles: readonly Role[]): UserId[] {
  const found: UserId[] = [];
  for (const role of roles) for (const id of assignments[role] ?? []) if (found.indexOf(id) < 0) found.push(id);
  return found;
}

function labels(roles: readonly Role[]): string {
  const names = roles.map((role) => ROLE_LABELS[role]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function approvals(assignments: RoleAssignments, route: CaseRoute, approverRoles: readonly Role[]): SeparationConsequence[] {
  const approvers = holders(assignments, approverRoles);
  if (approvers.length === 0) {
    return [
      {
        severity: 'blocked',
        roles: approverRoles,
        rule: 'BR-01',
        message: `No sanction can be approved on ${ROUTE_NAMES[route]}: nobody holds ${labels(approverRoles)}.`
      }
    ];
  }
  const officers = holders(assignments, CASE_OFFICER_ROLES);
  if (approvers.length === 1 && officers.indexOf(approvers[0]) >= 0) {
    return [
      {
        severity: 'warning',
        roles: [...approverRoles, ...CASE_OFFICER_ROLES],
        rule: 'BR-01',
        message: `The only approver on ${ROUTE_NAMES[route]} is also a case officer: a sanction they propose cannot be approved by anyone.`
      }
    ];
  }
  return [];
}

/** Whether each seat can be given a different person (a matching: three seats, so tried exhaustively). */
function seatsDistinctPeople(seatHolders: readonly (readonly UserId[])[], taken: readonly UserId[] = []): boolean {
  if (seatHolders.length === 0) return true;
  const [first, ...rest] = seatHolders;
  return first.some((id) => taken.indexOf(id) < 0 && seatsDistinctPeople(rest, [...taken, id]));
}

function panel(assignments: RoleAssignments, route: CaseRoute): SeparationConsequence[] {
  const seats = PANEL_ROLES_BY_ROUTE[route];
  const found: SeparationConsequence[] = [];
  for (const seat of seats) {
    if (holders(assignments, seat).length === 0) {
      found.push({
        severity: 'blocked',
        roles: seat,
        rule: 'BR-02',
        message: `No invocation decision can be recorded on ${ROUTE_NAMES[route]}: nobody holds ${labels(seat)}.`
      });
    }
  }
  if (found.length === 0 && !seatsDistinctPeople(seats.map((seat) => holders(assignments, seat)))) {
    found.push({
      severity: 'warning',
      roles: seats.reduce<Role[]>((all, seat) => all.concat(seat), []),
      rule: 'BR-02',
      message: `The panel of ${ROUTE_NAMES[route]} cannot have a different person in each seat: one person is the only holder of two of its seats.`
    });
  }
  return found;
}

function appeals(assignments: RoleAssignments, route: CaseRoute, approverRoles: readonly Role[]): SeparationConsequence[] {
  const reviewers = holders(assignments, ['appealReviewer']);
  if (reviewers.length === 0) return [];
  const approvers = holders(assignments, approverRoles);
  const officers = holders(assignments, CASE_OFFICER_ROLES);
  const independent = reviewers.filter((id) => approvers.indexOf(id) < 0 && officers.indexOf(id) < 0);
  if (independent.length > 0) return [];
  // One reviewer who is also the one approver decided every sanction on this route.
  const certain = reviewers.length === 1 && approvers.length === 1 && approvers[0] === reviewers[0];
  return [
    {
      severity: certain ? 'blocked' : 'warning',
      roles: ['appealReviewer', ...approverRoles],
      rule: 'BR-11',
      message: certain
        ? `No appeal can be heard on ${ROUTE_NAMES[route]}: every reviewer approved the sanction, because the only reviewer is the only approver.`
        : `An appeal on ${ROUTE_NAMES[route]} may have nobody to hear it: every appeal reviewer also approves sanctions or manages cases there, and nobody involved in the decision may hear the appeal.`
    }
  ];
}

function single(
  assignments: RoleAssignments,
  role: Role,
  severity: ConsequenceSeverity,
  rule: string,
  message: string
): SeparationConsequence[] {
  return holders(assignments, [role]).length === 0 ? [{ severity, roles: [role], rule, message }] : [];
}

/**
 * Everything these role holders would stop, or put at risk, under the permission matrix
 * (BR-01, BR-02, BR-03, BR-11, BR-16, BR-17, BR-21). Empty when every duty has someone able to
 * do it independently.
 */
export function separationOfDuties(
  assignments: RoleAssignments,
  approverRoles: Readonly<Record<CaseRoute, readonly Role[]>> = DEFAULT_APPROVER_ROLES
): SeparationConsequence[] {
  const found: SeparationConsequence[] = [];
  for (const route of CASE_ROUTES) {
    found.push(...approvals(assignments, route, approverRoles[route]), ...panel(assignments, route));
  }
  found.push(
    ...single(assignments, 'appealReviewer', 'blocked', 'BR-11', 'No appeal can be heard: nobody is in the appeal reviewers’ pool.')
  );
  for (const route of CASE_ROUTES) found.push(...appeals(assignments, route, approverRoles[route]));

  const cro = holders(assignments, ['customerRelationsOfficer']);
  const alternates = holders(assignments, ['alternateOfficer']).filter((id) => cro.indexOf(id) < 0);
  if (cro.length > 0 && alternates.length === 0) {
    found.push({
      severity: 'warning',
      roles: ['customerRelationsOfficer', 'alternateOfficer'],
      rule: 'BR-03',
      message:
        'There is no alternate officer besides the Customer Relations Officer: a case where they declare earlier involvement has nobody to take it.'
    });
  }
  found.push(
    ...single(
      assignments,
      'monitoringOfficer',
      'blocked',
      'BR-26',
      'No case can be opened from a councillor’s referral: nobody is the Monitoring Officer.'
    ),
    ...single(
      assignments,
      'healthSafetyAdviser',
      'blocked',
      'BR-21',
      'No warning marker can be approved: nobody is the health and safety adviser.'
    ),
    ...single(assignments, 'foiOfficer', 'blocked', 'BR-16', 'Information requests from restricted people have nobody to assess them.')
  );
  if (holders(assignments, ['foiOfficer']).length === 1) {
    found.push({
      severity: 'warning',
      roles: ['foiOfficer'],
      rule: 'BR-17',
      message:
        'With one FOI officer, a refusal as vexatious needs a senior review recorded, because the decision-maker must not be the handler.'
    });
  }
  found.push(
    ...single(
      assignments,
      'safeguardingContact',
      'warning',
      'BR-14',
      'Nobody is named for safeguarding concerns found in correspondence that is filed without reply.'
    ),
    ...single(
      assignments,
      'dataProtectionOfficer',
      'warning',
      'BR-23',
      'Nobody is named as data protection officer for subject access requests.'
    )
  );
  return found;
}

/** The consequences to show beside one role. */
export function consequencesFor(role: Role, all: readonly SeparationConsequence[]): SeparationConsequence[] {
  return all.filter((consequence) => consequence.roles.indexOf(role) >= 0);
}
