// Reading a Word document the product produced (a letter downloaded in a journey).
import * as fs from 'node:fs';
import JSZip from 'jszip';

/** The words of a Word document's main text, its XML tags taken out. */
export async function documentText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}
