// The two files of a subject access export: the readable Word bundle and the machine-readable
// JSON (the bundle itself, field names as the domain's SUBJECT_ACCESS_FORMAT). Loaded lazily.
import { Packer } from 'docx';
import { readableBundle, type SubjectAccessBundle } from '../../../domain';
import { buildSubjectAccessDocument } from './buildSubjectAccessDocument';

export interface SubjectAccessFiles {
  docx: { fileName: string; bytes: ArrayBuffer };
  json: { fileName: string; text: string };
}

/** "subject-access-mcallister-2026-10-31": ASCII, no spaces, the person and the day received. */
export function subjectAccessFileStem(bundle: SubjectAccessBundle): string {
  const family = bundle.subject.names.family
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `subject-access-${family === '' ? 'person' : family}-${bundle.request.receivedOn}`;
}

export async function generateSubjectAccessFiles(
  bundle: SubjectAccessBundle,
  nameOf: (userId: string) => string | undefined,
  councilName: string
): Promise<SubjectAccessFiles> {
  const stem = subjectAccessFileStem(bundle);
  const bytes = await Packer.toArrayBuffer(buildSubjectAccessDocument(readableBundle(bundle, nameOf), councilName));
  return {
    docx: { fileName: `${stem}.docx`, bytes },
    json: { fileName: `${stem}.json`, text: `${JSON.stringify(bundle, null, 2)}\n` }
  };
}
