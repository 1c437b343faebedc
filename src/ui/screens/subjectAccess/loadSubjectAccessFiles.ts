// The docx library is large: the generator is its own chunk, fetched when the DPO runs an export.
import type { SubjectAccessBundle } from '../../../domain';
import type { LetterDocumentFile } from '../../../app/subjectAccess';
import type { SubjectAccessFiles } from './generateSubjectAccessFiles';

export async function generateSubjectAccessFilesLazily(
  bundle: SubjectAccessBundle,
  documents: readonly LetterDocumentFile[],
  nameOf: (userId: string) => string | undefined,
  councilName: string
): Promise<SubjectAccessFiles> {
  const generator = await import(/* webpackChunkName: 'ccm-subject-access-docx' */ './generateSubjectAccessFiles');
  return generator.generateSubjectAccessFiles(bundle, documents, nameOf, councilName);
}
