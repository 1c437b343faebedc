/** @jest-environment jsdom */
// Issue 13: events on the same UK day are shown in the order they happened (by their instant,
// then a stable sequence), grouped by the day in Europe/London, around midnight BST included.
import '@testing-library/jest-dom';
import * as React from 'react';
import { screen, within } from '@testing-library/react';
import type { Case, ContactLogEntry, IsoDate, IsoInstant } from '../../src/domain';
import CaseViewScreen from '../../src/ui/screens/caseView/CaseViewScreen';
import { caseTimeline } from '../../src/ui/screens/caseView/caseTimeline';
import { renderCaseScreen } from './fakes/caseScreens';
import { activeSanction, kase, person, USERS } from '../../local/seed/demoRecords';
import { createMemoryStore } from '../../src/data/memory/memoryStore';

function contact(id: string, receivedAt: string, breach = false): ContactLogEntry {
  return {
    id,
    receivedAt: receivedAt as IsoInstant,
    channel: 'phone',
    viaSpoc: true,
    summary: `Call ${id}`,
    newIssue: false,
    safeguardingConcern: false,
    breachOfRestriction: breach,
    loggedBy: USERS.caseOfficer.id
  };
}

/**
 * 1 June 2026 in London (BST, UTC+1) runs from 31 May 23:00 UTC to 1 June 23:00 UTC. Its events
 * are given out of order and in mixed notation; two more sit either side of its midnights.
 */
function midsummerCase(): Case {
  return kase({
    id: 'case-bst',
    status: 'SanctionActive',
    // 31 May 23:30 BST: the day before.
    createdAt: '2026-05-31T22:30:00.000Z' as IsoInstant,
    // 2 June 09:00 BST.
    updatedAt: '2026-06-02T08:00:00.000Z' as IsoInstant,
    sanctions: [
      activeSanction({
        caseId: 'case-bst',
        // 1 June 08:59:59.5 BST: before the approval, though its text sorts after it.
        proposedAt: '2026-06-01T07:59:59.500Z' as IsoInstant,
        approvals: [
          {
            id: 'approval-bst',
            approverId: USERS.director.id,
            approverRole: 'executiveDirector',
            outcome: 'Approve',
            reasons: 'Proportionate.',
            decidedAt: '2026-06-01T08:00:00Z' as IsoInstant
          }
        ]
      })
    ],
    // Sent that day, recorded without a time: after the approval that allowed it.
    letters: [
      {
        id: 'letter-bst',
        type: 'RestrictionDecision',
        templateVersion: '1',
        channel: 'letter',
        fields: {},
        sentOn: '2026-06-01' as IsoDate
      }
    ],
    contactLog: [
      // 2 June 00:30 BST: stored on 1 June in UTC, but the next day in the UK.
      contact('after-midnight', '2026-06-01T23:30:00.000Z'),
      // 1 June 23:59 BST.
      contact('late', '2026-06-01T22:59:00.000Z', true),
      // 1 June 00:15 BST: stored on 31 May in UTC.
      contact('first', '2026-05-31T23:15:00.000Z'),
      // Two logged at the same instant keep the order they were logged in.
      contact('same-a', '2026-06-01T12:00:00.000Z'),
      contact('same-b', '2026-06-01T12:00:00Z')
    ]
  });
}

describe('case timeline order (Europe/London days, then instants)', () => {
  test('same-day events are ordered by their instant, then their sequence; days are UK days across midnight BST', () => {
    const lines = caseTimeline(midsummerCase(), () => 'Ed Director').map((entry) => `${entry.date} ${entry.at ?? '--'} ${entry.text}`);
    expect(lines).toEqual([
      '2026-05-31 2026-05-31T22:30:00.000Z Case opened',
      '2026-06-01 2026-05-31T23:15:00.000Z Contact logged',
      '2026-06-01 2026-06-01T07:59:59.500Z Sanction proposed by Ed Director (R01): active',
      '2026-06-01 2026-06-01T08:00:00Z Sanction approved by Ed Director',
      '2026-06-01 2026-06-01T12:00:00.000Z Contact logged',
      '2026-06-01 2026-06-01T12:00:00Z Contact logged',
      '2026-06-01 2026-06-01T22:59:00.000Z Contact logged (breach)',
      '2026-06-01 -- Restriction decision letter sent',
      '2026-06-02 2026-06-01T23:30:00.000Z Contact logged',
      '2026-06-02 2026-06-02T08:00:00.000Z Now: Sanction in force'
    ]);
  });

  test('the two contacts at one instant stay in the order they were logged, whatever order the rest arrive in', () => {
    const base = midsummerCase();
    const reversed = { ...base, contactLog: [...base.contactLog].reverse() };
    const sameInstant = (c: Case): string[] =>
      caseTimeline(c)
        .filter((e) => e.at !== undefined && Date.parse(e.at) === Date.parse('2026-06-01T12:00:00Z'))
        .map((e) => e.at as string);
    expect(sameInstant(base)).toEqual(['2026-06-01T12:00:00.000Z', '2026-06-01T12:00:00Z']);
    expect(sameInstant(reversed)).toEqual(['2026-06-01T12:00:00Z', '2026-06-01T12:00:00.000Z']);
  });

  test('a review outcome letter follows the review it was recorded with; a review still to come follows where the case stands', () => {
    const reviewed = kase({
      status: 'SanctionActive',
      updatedAt: '2026-11-30T14:00:00.000Z' as IsoInstant,
      reviews: [
        {
          id: 'review-1',
          kind: 'Scheduled',
          sanctionId: 'sanction-1',
          dueDate: '2026-11-30' as IsoDate,
          reviewers: [USERS.caseOfficer.id],
          heldOn: '2026-11-30' as IsoDate,
          outcome: 'Continue',
          reasons: 'Still needed.',
          nextReviewDate: '2027-02-28' as IsoDate,
          letterId: 'letter-review',
          answeredAt: '2026-11-30T14:00:00.000Z' as IsoInstant
        },
        { id: 'review-2', kind: 'Scheduled', sanctionId: 'sanction-1', dueDate: '2027-02-28' as IsoDate, reviewers: [] }
      ],
      letters: [
        { id: 'letter-review', type: 'ReviewOutcome', templateVersion: '1', channel: 'letter', fields: {}, sentOn: '2026-11-30' as IsoDate }
      ]
    });
    expect(caseTimeline(reviewed).map((entry) => entry.text)).toEqual([
      'Case opened',
      'Review: continue',
      'Review outcome letter sent',
      'Now: Sanction in force',
      'Review due'
    ]);
  });

  test('the case officer sees the timeline in that order, each event under its UK day', async () => {
    const store = createMemoryStore();
    store.tables.persons.seed(person());
    store.tables.cases.seed(midsummerCase());
    renderCaseScreen(<CaseViewScreen params={{ caseId: 'case-bst' }} />, { user: USERS.caseOfficer, store });
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual([
      '31 May 2026: Case opened',
      '1 June 2026: Contact logged',
      expect.stringMatching(/^1 June 2026: Sanction proposed by .* \(R01\): active$/),
      expect.stringMatching(/^1 June 2026: Sanction approved by /),
      '1 June 2026: Contact logged',
      '1 June 2026: Contact logged',
      '1 June 2026: Contact logged (breach)',
      '1 June 2026: Restriction decision letter sent',
      '2 June 2026: Contact logged',
      '2 June 2026: Now: Sanction in force'
    ]);
  });
});
