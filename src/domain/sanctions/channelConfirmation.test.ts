import { isoDate } from '../model/dates';
import type { ReasonableAdjustment } from '../model/person';
import type { RestrictionItem } from '../model/sanction';
import { channelConfirmationFor, OTHER_COMMUNICATION_NEED } from './channelConfirmation';

const spoc = { name: 'Cara Okafor', channel: 'phone' as const };
const r01: RestrictionItem = { type: 'R01', contact: { kind: 'officer', userId: 'u1', name: 'Cara Okafor' } };

function need(kind: ReasonableAdjustment['kind'], communicationNeed: boolean, description: string): ReasonableAdjustment {
  return { kind, description, communicationNeed, recordedOn: isoDate('2026-01-05') };
}

describe('channelConfirmationFor (BR-31 widened)', () => {
  test('nothing is asked with no communication need and no third-party route', () => {
    expect(channelConfirmationFor({ spoc, restrictions: [r01] }, { reasonableAdjustments: [] })).toBeUndefined();
    expect(
      channelConfirmationFor({ spoc, restrictions: [r01] }, { reasonableAdjustments: [need('mentalHealthCondition', false, 'Anxiety')] })
    ).toBeUndefined();
  });

  test('communication needs appear as fixed instructions, never the recorded words', () => {
    const confirmation = channelConfirmationFor(
      { spoc, restrictions: [r01] },
      {
        reasonableAdjustments: [
          need('needsInterpreter', true, 'Speaks Tigrinya after a stroke'),
          need('noInternetAccess', true, 'No broadband')
        ]
      }
    );
    expect(confirmation).toEqual({
      channel: 'By telephone with Cara Okafor',
      needs: ['Use an interpreter.', 'Do not rely on email or online forms: they have no internet access.']
    });
    expect(JSON.stringify(confirmation)).not.toMatch(/Tigrinya|stroke|broadband/);
  });

  test('a communication need with no fixed instruction still asks, pointing to the case', () => {
    expect(
      channelConfirmationFor({ spoc, restrictions: [r01] }, { reasonableAdjustments: [need('other', true, 'Private words')] })
    ).toEqual({
      channel: 'By telephone with Cara Okafor',
      needs: [OTHER_COMMUNICATION_NEED]
    });
  });

  test('a third party named as the contact route (R11) asks, and says so', () => {
    const r11: RestrictionItem = { type: 'R11', representativeName: 'Dee Advocate', agreementRecordedOn: isoDate('2026-04-10') };
    expect(channelConfirmationFor({ spoc: { ...spoc, channel: 'post' }, restrictions: [r01, r11] }, { reasonableAdjustments: [] })).toEqual(
      {
        channel: 'By post with Cara Okafor, through the third party named as the contact route (R11)',
        needs: []
      }
    );
  });
});
