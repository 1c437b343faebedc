import { instantFromLondonTime } from '../../../domain/model/dates';
import { distinctFileNames, safeFileName } from '../../../domain/validation/fileNames';
import { type IsoDate, type IsoInstant, type ValidationError, validateIncidentReportInput } from '../../../domain';
import type { IncidentDraft } from './incidentDraft';

export interface IncidentDraftCheck {
  /** Every problem to show, in the order the summary lists them. */
  problems: ValidationError[];
  result: ReturnType<typeof validateIncidentReportInput>;
  /** The attachments' names as they will be stored, one per file, in the draft's order. */
  storedNames: string[];
}

function customerErrors(draft: IncidentDraft): ValidationError[] {
  if (draft.person) return [];
  if (!draft.newCustomer) return [{ field: 'personId', code: 'required', message: 'Find the customer, or add them as a new customer.' }];
  const problems: ValidationError[] = [];
  if (draft.newCustomer.given.trim() === '')
    problems.push({ field: 'newCustomer.given', code: 'required', message: "Enter the customer's first name." });
  if (draft.newCustomer.family.trim() === '')
    problems.push({ field: 'newCustomer.family', code: 'required', message: "Enter the customer's last name." });
  return problems;
}

/** The report as the domain validator sees it, plus the customer, UK clock time and file name checks around it. */
export function checkIncidentDraft(draft: IncidentDraft, reporterId: string, today: IsoDate): IncidentDraftCheck {
  // The form's date and time are UK clock time; what is stored is the instant, in UTC.
  const when = draft.date && draft.time ? instantFromLondonTime(draft.date, draft.time) : undefined;
  const occurredAt = when?.ok ? when.instant : when?.reason === 'invalid' ? (`${draft.date}T${draft.time}` as IsoInstant) : undefined;
  const input = {
    personId: draft.person?.id ?? (draft.newCustomer ? 'new' : undefined),
    reporterId,
    occurredAt,
    channel: draft.channel || undefined,
    service: draft.service || undefined,
    narrative: draft.narrative,
    categories: draft.categories,
    immediateAction: draft.immediateAction || undefined,
    immediateActionDetail: draft.immediateActionDetail.trim() || undefined,
    witnesses: draft.witnesses,
    policeReference: draft.policeReference.trim() || undefined,
    attachments: [],
    healthAndSafetyFlag: draft.healthAndSafetyFlag
  };
  const result = validateIncidentReportInput(input, today);
  const problems = [
    ...customerErrors(draft),
    ...(result.ok ? [] : result.error.filter((e) => !(e.field === 'personId' && draft.newCustomer)))
  ];
  if (when && !when.ok && when.reason === 'doesNotExist') {
    problems.push({
      field: 'occurredAt',
      code: 'invalidFormat',
      message: `${draft.time} did not happen on that day in the UK: the clocks went forward from 1am to 2am. Check the time.`
    });
  }
  // Names from the device, made safe by SharePoint's rules, or refused in words (issue 14).
  const fileNames = draft.files.map((file) => safeFileName(file.name));
  for (const refused of fileNames) if (!refused.ok) problems.push({ field: 'files', code: 'invalidFormat', message: refused.message });
  const storedNames = distinctFileNames(fileNames.map((named, index) => (named.ok ? named.name : draft.files[index].name)));
  if (draft.immediateAction === 'other' && draft.immediateActionDetail.trim() === '') {
    problems.push({ field: 'immediateActionDetail', code: 'required', message: 'Say what you did.' });
  }
  return { problems, result, storedNames };
}
