import { DEFAULT_GUIDANCE } from '../guidance/defaultGuidance';
import type { GuidanceSection } from '../guidance/guidanceSection';
import type { IsoDate } from '../model/dates';
import { checkGuidanceEdit, guidanceInForce, guidancePassages, guidanceVersions, isSameGuidance } from './guidanceEdit';

const today = '2026-11-28' as IsoDate;
const NARRATIVE = DEFAULT_GUIDANCE.find((section) => section.id === 'staff-incident-narrative') as GuidanceSection;

function edit(overrides: Partial<Record<string, unknown>> = {}): Parameters<typeof checkGuidanceEdit>[0] {
  return {
    audience: 'staff',
    id: NARRATIVE.id,
    title: 'Writing the account',
    bodyMarkdown: 'Write what happened, in the words used.',
    sourceRefs: ['BR-23', ' '],
    effectiveFrom: '2026-12-01',
    ...overrides
  };
}

describe('guidance edited on the administration screen (spec 5.7, issue 18)', () => {
  test('an edit is the next version of the passage, from its day, beside the same forms', () => {
    const checked = checkGuidanceEdit(edit(), [NARRATIVE], today);
    expect(checked).toEqual({
      ok: true,
      value: {
        ...NARRATIVE,
        title: 'Writing the account',
        bodyMarkdown: 'Write what happened, in the words used.',
        sourceRefs: ['BR-23'],
        version: 2,
        effectiveFrom: '2026-12-01'
      }
    });
  });

  test('a blank heading or text, a day that has passed and an unknown passage are refused by field', () => {
    const checked = checkGuidanceEdit(edit({ title: ' ', bodyMarkdown: '', effectiveFrom: '2026-11-01', id: 'nope' }), [NARRATIVE], today);
    expect(!checked.ok && checked.error.map((e) => e.field)).toEqual(['id', 'title', 'bodyMarkdown', 'effectiveFrom']);
    expect(checkGuidanceEdit(edit({ effectiveFrom: 'soon' }), [NARRATIVE], today).ok).toBe(false);
    expect(checkGuidanceEdit(edit(), [], today).ok).toBe(false);
    expect(checkGuidanceEdit(edit({ bodyMarkdown: 'Bell\u0007' }), [NARRATIVE], today).ok).toBe(false);
  });

  test('versions, passages and the version in force on a day', () => {
    const v2 = { ...NARRATIVE, version: 2, title: 'New', effectiveFrom: '2026-12-01' as IsoDate };
    const sections = [v2, NARRATIVE, ...DEFAULT_GUIDANCE.filter((section) => section.id !== NARRATIVE.id)];
    expect(guidanceVersions(sections, 'staff', NARRATIVE.id).map((s) => s.version)).toEqual([1, 2]);
    expect(guidancePassages(sections, 'staff').find((s) => s.id === NARRATIVE.id)?.version).toBe(2);
    expect(guidancePassages(sections, 'member').every((s) => s.audience === 'member')).toBe(true);
    expect(guidanceInForce(sections, 'staff', NARRATIVE.id, today)?.version).toBe(1);
    expect(guidanceInForce(sections, 'staff', NARRATIVE.id, '2026-12-01' as IsoDate)?.version).toBe(2);
    expect(isSameGuidance(v2, { ...v2 })).toBe(true);
    expect(isSameGuidance(v2, { ...v2, bodyMarkdown: 'Other' })).toBe(false);
  });
});
