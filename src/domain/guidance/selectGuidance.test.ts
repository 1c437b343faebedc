import { isoDate, IsoDate } from '../model/dates';
import type { GuidanceSection } from './guidanceSection';
import { guidanceScore, selectGuidance, sectionsInForce } from './selectGuidance';

const d = (value: string): IsoDate => isoDate(value);
const today = d('2026-11-28');

function section(id: string, contextKeys: string[], overrides: Partial<GuidanceSection> = {}): GuidanceSection {
  return {
    id,
    audience: 'staff',
    contextKeys,
    title: id,
    bodyMarkdown: `Body of ${id}`,
    version: 1,
    effectiveFrom: d('2026-01-01'),
    sourceRefs: ['TEST'],
    ...overrides
  };
}

const formLevel = section('form', ['form:incident']);
const stepLevel = section('step', ['step:incident.immediateAction']);
const fieldLevel = section('field', ['field:incident.narrative']);
const otherForm = section('other', ['form:appeal']);
const managersOnly = section('managers', ['form:incident', 'role:lineManager']);
const all = [formLevel, stepLevel, fieldLevel, otherForm, managersOnly];

describe('selectGuidance', () => {
  test('ranks an exact field match above a step match above a form match', () => {
    const chosen = selectGuidance([formLevel, stepLevel, fieldLevel, otherForm], {
      audience: 'staff',
      form: 'incident',
      step: 'immediateAction',
      field: 'narrative',
      today
    });
    expect(chosen.map((s) => s.id)).toEqual(['field', 'step', 'form']);
  });

  test('a section listing field, step and form keys ranks by its most specific match', () => {
    const multi = section('multi', ['form:incident', 'field:incident.narrative']);
    const chosen = selectGuidance([formLevel, multi, stepLevel], {
      audience: 'staff',
      form: 'incident',
      field: 'narrative',
      step: 'immediateAction',
      today
    });
    expect(chosen.map((s) => s.id)).toEqual(['multi', 'step', 'form']);
  });

  test('only shows the form-level passage when no step or field is given', () => {
    const chosen = selectGuidance(all, { audience: 'staff', form: 'incident', today });
    expect(chosen.map((s) => s.id)).toEqual(['form']);
  });

  test('role-specific passages show only to that role, ahead of general ones', () => {
    const chosen = selectGuidance(all, { audience: 'staff', form: 'incident', role: 'lineManager', today });
    expect(chosen.map((s) => s.id)).toEqual(['managers', 'form']);
    expect(guidanceScore(managersOnly, { audience: 'staff', form: 'incident', role: 'staff', today })).toBe(0);
  });

  test('filters by audience', () => {
    const forMembers = section('member', ['form:incident'], { audience: 'member' });
    expect(selectGuidance([formLevel, forMembers], { audience: 'member', form: 'incident', today }).map((s) => s.id)).toEqual(['member']);
  });

  test('ignores passages not yet in force and shows the latest version in force', () => {
    const v1 = section('policy', ['form:review'], { version: 1, title: 'v1' });
    const v2 = section('policy', ['form:review'], { version: 2, title: 'v2', effectiveFrom: d('2026-11-01') });
    const v3 = section('policy', ['form:review'], { version: 3, title: 'v3', effectiveFrom: d('2027-01-01') });
    expect(selectGuidance([v3, v1, v2], { audience: 'staff', form: 'review', today }).map((s) => s.title)).toEqual(['v2']);
    expect(selectGuidance([v3, v1, v2], { audience: 'staff', form: 'review', today: d('2027-01-01') }).map((s) => s.title)).toEqual(['v3']);
    expect(selectGuidance([v3], { audience: 'staff', form: 'review', today })).toEqual([]);
    expect(sectionsInForce([v2, v1], today).map((s) => s.version)).toEqual([2]);
  });

  test('works on any sections passed in, such as council-edited text', () => {
    const edited = section('council-text', ['form:letterComposer'], { bodyMarkdown: 'Our own words.' });
    expect(selectGuidance([edited], { audience: 'staff', form: 'letterComposer', today })).toEqual([edited]);
    expect(selectGuidance([], { audience: 'staff', form: 'letterComposer', today })).toEqual([]);
  });
});
