// The bundle as a person reads it: headed sections, one block per record, each field as a
// label and a value in plain English, dates like "28 November 2026" (times on a London clock),
// and every third party's name marked with its flag so the DPO can see what to consider
// redacting. The Word document is drawn from this; the JSON is the bundle itself.

import { formatLongDate, isIsoDate, isIsoInstant, londonDateTimeOf } from '../model/dates';
import {
  SUBJECT_ACCESS_SECTIONS,
  SUBJECT_ACCESS_SECTION_TITLES,
  THIRD_PARTY_KIND_LABELS,
  type SubjectAccessBundle,
  type ThirdPartyFlag
} from './bundle';

/** A run of text; `thirdPartyRef` set where the run names a third party flagged for redaction. */
export interface ReadableRun {
  text: string;
  thirdPartyRef?: string;
}

export interface ReadableLine {
  label: string;
  value: ReadableRun[];
}

export interface ReadableRecord {
  heading: string;
  lines: ReadableLine[];
}

export interface ReadableSection {
  heading: string;
  /** Said when the section holds nothing, or could not be gathered (never left blank). */
  note?: string;
  records: ReadableRecord[];
}

export interface ReadableBundle {
  title: string;
  summary: ReadableLine[];
  sections: ReadableSection[];
  thirdParties: { heading: string; lines: ReadableLine[] };
}

/** "occurredAt" → "Occurred at"; "witnesses[0].name" → "Witnesses 1, name". */
export function fieldLabel(path: string): string {
  const words = path
    .replace(/\[(\d+)\]/g, (_, index: string) => ` ${Number(index) + 1}`)
    .split('.')
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase())
    .join(', ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function plainValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return '';
  if (isIsoDate(value)) return formatLongDate(value);
  if (isIsoInstant(value)) {
    const { date, time } = londonDateTimeOf(value);
    return `${formatLongDate(date)} at ${time}`;
  }
  return value;
}

/** Splits a text so that each third party's name is its own marked run. */
export function markThirdParties(text: string, flags: readonly ThirdPartyFlag[]): ReadableRun[] {
  const byIdentifier = flags.find((flag) => flag.identifier !== undefined && flag.identifier === text);
  if (byIdentifier) return [{ text: byIdentifier.name ?? text, thirdPartyRef: byIdentifier.ref }];
  // Longest names first, so "Jo Bloggs-Smith" is marked whole rather than as "Jo Bloggs".
  const named = flags
    .filter((flag) => flag.name !== undefined && flag.name.trim().length >= 3)
    .map((flag) => ({ ref: flag.ref, name: (flag.name as string).trim().toLowerCase() }))
    .sort((a, b) => b.name.length - a.name.length);
  const lower = text.toLowerCase();
  const runs: ReadableRun[] = [];
  let plainFrom = 0;
  let at = 0;
  while (at < text.length) {
    const found = named.find((flag) => lower.startsWith(flag.name, at));
    if (!found) {
      at += 1;
      continue;
    }
    if (at > plainFrom) runs.push({ text: text.slice(plainFrom, at) });
    runs.push({ text: text.slice(at, at + found.name.length), thirdPartyRef: found.ref });
    at += found.name.length;
    plainFrom = at;
  }
  if (plainFrom < text.length || runs.length === 0) runs.push({ text: text.slice(plainFrom) });
  return runs;
}

/** Every leaf of a record as a line; empty values and empty lists are left out. */
function linesOf(data: unknown, flags: readonly ThirdPartyFlag[], path: string = ''): ReadableLine[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => linesOf(item, flags, `${path}[${index}]`));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => linesOf(value, flags, path === '' ? key : `${path}.${key}`));
  }
  const text = plainValue(data);
  if (text === '') return [];
  return [{ label: fieldLabel(path), value: markThirdParties(text, flags) }];
}

function flagLine(flag: ThirdPartyFlag): ReadableLine {
  const places = flag.appearsIn.map((seen) =>
    seen.section === 'subject' ? 'the person’s record' : SUBJECT_ACCESS_SECTION_TITLES[seen.section]
  );
  const unique = places.filter((place, index) => places.indexOf(place) === index);
  return {
    label: `${flag.ref}: ${THIRD_PARTY_KIND_LABELS[flag.kind]}`,
    value: [
      { text: flag.name ?? flag.identifier ?? 'Not named', thirdPartyRef: flag.ref },
      { text: ` (appears in ${unique.join('; ')}; ${flag.appearsIn.length} place${flag.appearsIn.length === 1 ? '' : 's'})` }
    ]
  };
}

/** The bundle as headed sections for a reader. */
export function readableBundle(bundle: SubjectAccessBundle, nameOf: (userId: string) => string | undefined): ReadableBundle {
  const flags = bundle.thirdParties;
  const subjectName = `${bundle.subject.names.given} ${bundle.subject.names.family}`;
  const request = bundle.request;
  const exported = londonDateTimeOf(bundle.exportedAt);
  const summary: ReadableLine[] = [
    { label: 'Person', value: [{ text: subjectName }] },
    { label: 'Request received', value: [{ text: formatLongDate(request.receivedOn) }] },
    { label: 'Answer due by', value: [{ text: formatLongDate(request.dueOn) }] },
    ...(request.extendedDueOn
      ? [{ label: 'Extended (complex request) to', value: [{ text: formatLongDate(request.extendedDueOn) }] }]
      : []),
    ...(request.extensionReason ? [{ label: 'Why it was extended', value: markThirdParties(request.extensionReason, flags) }] : []),
    {
      label: 'Exported',
      value: [{ text: `${formatLongDate(exported.date)} at ${exported.time} by ${nameOf(bundle.exportedBy) ?? bundle.exportedBy}` }]
    },
    {
      label: 'Third parties',
      value: [
        {
          text:
            flags.length === 0
              ? 'No one else is identified in these records.'
              : `${flags.length} other people are identified and marked [TPn] for the data protection officer to consider redacting before disclosure. Nothing has been removed.`
        }
      ]
    }
  ];
  const personSection: ReadableSection = {
    heading: 'What is recorded about the person',
    records: [{ heading: subjectName, lines: linesOf(bundle.subject, flags).filter((line) => line.label !== 'Id') }]
  };
  const sections: ReadableSection[] = [personSection];
  for (const key of SUBJECT_ACCESS_SECTIONS) {
    const gap = bundle.gaps.find((candidate) => candidate.section === key);
    const records = bundle.sections[key].map((item, index) => ({
      heading: `${SUBJECT_ACCESS_SECTION_TITLES[key]}: record ${index + 1}${item.thirdPartyRefs.length > 0 ? ` (third parties ${item.thirdPartyRefs.join(', ')})` : ''}`,
      lines: linesOf(item.data, flags)
    }));
    sections.push({
      heading: SUBJECT_ACCESS_SECTION_TITLES[key],
      ...(gap ? { note: `Not gathered: ${gap.reason}` } : records.length === 0 ? { note: 'Nothing is held in this part.' } : {}),
      records
    });
  }
  return {
    title: `Subject access request: ${subjectName}`,
    summary,
    sections,
    thirdParties: { heading: 'Third parties flagged for redaction', lines: flags.map(flagLine) }
  };
}
