// The files of a subject access export: the readable Word bundle, the machine-readable JSON
// (the bundle itself, field names as the domain's SUBJECT_ACCESS_FORMAT) and one zip file that
// holds both with the letters' own Word documents under letters/, each listed in the bundle's
// letters (BR-23: "letters and their documents"). Loaded lazily.
import { Packer } from 'docx';
import { readableBundle, type SubjectAccessBundle } from '../../../domain';
import type { LetterDocumentFile } from '../../../app/subjectAccess';
import { buildSubjectAccessDocument } from './buildSubjectAccessDocument';
import { storedZip } from './storedZip';

export interface SubjectAccessFiles {
  docx: { fileName: string; bytes: ArrayBuffer };
  json: { fileName: string; text: string };
  /** Everything in one file: the Word bundle, the JSON and the letters' documents. */
  zip: { fileName: string; bytes: Uint8Array; letterDocuments: number };
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
  documents: readonly LetterDocumentFile[],
  nameOf: (userId: string) => string | undefined,
  councilName: string
): Promise<SubjectAccessFiles> {
  const stem = subjectAccessFileStem(bundle);
  const bytes = await Packer.toArrayBuffer(buildSubjectAccessDocument(readableBundle(bundle, nameOf), councilName));
  const text = `${JSON.stringify(bundle, null, 2)}\n`;
  const zip = storedZip(
    [
      { path: `${stem}.docx`, bytes },
      { path: `${stem}.json`, bytes: new TextEncoder().encode(text) },
      ...documents.map((document) => ({ path: document.packagedAs, bytes: document.bytes }))
    ],
    new Date(bundle.exportedAt)
  );
  return {
    docx: { fileName: `${stem}.docx`, bytes },
    json: { fileName: `${stem}.json`, text },
    zip: { fileName: `${stem}.zip`, bytes: zip, letterDocuments: documents.length }
  };
}
