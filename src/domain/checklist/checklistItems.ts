import type { ChecklistItemId } from '../model/checklist';

export interface ChecklistItemDefinition {
  id: ChecklistItemId;
  question: string;
  sources: readonly string[];
}

/** Consider-before-restricting checklist (spec §2.3). Every item must be answered (BR-04). */
export const CHECKLIST_ITEMS: readonly ChecklistItemDefinition[] = [
  {
    id: 'C01',
    question: 'Is, or was, the complaint or enquiry being handled properly, and was the decision appropriate?',
    sources: ['C1 §3.3', 'L1']
  },
  { id: 'C02', question: 'Have our communications with the person been adequate?', sources: ['C1 §3.3'] },
  { id: 'C03', question: 'Is the person giving significant new information that might change our view?', sources: ['C1 §3.3'] },
  {
    id: 'C04',
    question: 'Is there a more specific route, such as a statutory appeal or the formal complaints procedure?',
    sources: ['C1 §3.3']
  },
  {
    id: 'C05',
    question:
      'Could the behaviour stem from a specific circumstance or difficulty, such as disability, mental health, an unmet communication need or distress? Is a reasonable adjustment needed?',
    sources: ['N4', 'L2 Parts 3–5', 'C1 §3.4', 'C2 p.3']
  },
  { id: 'C06', question: 'Has the person been asked what adjustments they need?', sources: ['L2 Part 4'] },
  {
    id: 'C07',
    question: 'Should other teams or bodies, such as mental health services or social work, be consulted?',
    sources: ['L2 Part 4', 'C3']
  },
  { id: 'C08', question: 'Have we offered to meet or speak with the person, or offered mediation?', sources: ['L2 Part 5'] },
  { id: 'C09', question: 'Has an informal warning been given?', sources: ['L2 Part 5'] },
  {
    id: 'C10',
    question: 'Is the response tailored and proportionate, the minimum needed, and limited to the affected service?',
    sources: ['L2 Part 6', 'S1', 'C1 §3.5']
  },
  { id: 'C11', question: "Does the person's correspondence raise safeguarding or vulnerability concerns?", sources: ['L2 Part 6'] },
  {
    id: 'C12',
    question: 'Does this withdraw a mandatory or statutory service? If so, flag it for Legal sign-off.',
    sources: ['L2 Part 6']
  },
  { id: 'C13', question: 'Is the decision-maker independent of the incident?', sources: ['N6', 'I1'] }
];
