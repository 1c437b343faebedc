// The docx library is large: the generator is its own chunk, fetched when the DPO runs an export.
import type { SubjectAccessBundle } from '../../../domain';
import type { SubjectAccessFiles } from './generateSubjectAccessFiles';

export async function generateSubjectAccessFilesLazily(
  bundle: SubjectAccessBundle,
  nameOf: (userId: string) => string | undefined,
  councilName: string
): Promise<SubjectAccessFiles> {
  const generator = await import(/* webpackChunkName: 'ccm-subject-access-docx' */ './generateSubjectAccessFiles');
  return generator.generateSubjectAccessFiles(bundle, nameOf, councilName);
}
