// The docx library is large, so the generator lives in its own chunk and is fetched only
// when someone actually asks for a Word document.
import type { LetterDocxResult } from './generateLetterDocx';
import type { LetterDraft } from './letterDraft';

export async function generateLetterDocxLazily(draft: LetterDraft): Promise<LetterDocxResult> {
  const generator = await import(/* webpackChunkName: 'letter-docx' */ './generateLetterDocx');
  return generator.generateLetterDocx(draft);
}
