// Browser steps and readers for the subject access journey (test/journeys/subjectAccess.test.ts):
// a member of staff records an incident naming a witness, and the data protection officer runs
// the export; the downloaded Word document is read back paragraph by paragraph.
import * as fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import type { Customer, HostPageSession } from './caseJourney';

export interface Witness {
  name: string;
  notStaff: boolean;
}

/** 1, with witnesses: staff record an incident for a new customer, naming who saw it. */
export async function staffRecordIncidentWithWitnesses(
  session: HostPageSession,
  customer: Customer,
  witnesses: readonly Witness[]
): Promise<void> {
  const staff = await session.openAs('sam.staff');
  await staff.getByRole('button', { name: 'Open Record an incident' }).click();
  await staff.getByRole('heading', { name: 'Record an incident' }).waitFor();
  await staff.getByRole('button', { name: 'Add a new customer' }).click();
  await staff.getByRole('textbox', { name: 'First name' }).fill(customer.given);
  await staff.getByRole('textbox', { name: 'Last name' }).fill(customer.family);
  await staff.getByRole('combobox', { name: /Service/ }).selectOption('Housing');
  await staff.getByRole('combobox', { name: /How the contact happened/ }).selectOption('faceToFace');
  await staff.getByLabel('Unreasonable demands').check();
  await staff.getByRole('textbox', { name: /What happened/ }).fill(customer.narrative);
  await staff.getByRole('combobox', { name: /Immediate protective action/ }).selectOption('askedToLeave');
  for (const witness of witnesses) {
    await staff.getByRole('textbox', { name: /Witness name/ }).fill(witness.name);
    if (witness.notStaff) await staff.getByRole('checkbox', { name: 'This witness is not council staff' }).check();
    await staff.getByRole('button', { name: 'Add witness' }).click();
    await staff.getByRole('list', { name: 'Witnesses added' }).getByText(witness.name).waitFor();
  }
  await session.shot(staff, '1-staff-incident-with-witness');
  await staff.getByRole('button', { name: 'Send report to my line manager' }).click();
  await staff.getByText(/Your report has been sent to your line manager/).waitFor();
  await staff.close();
}

/** A paragraph of the Word document: its style, its text, and the runs highlighted as third parties. */
export interface DocxParagraph {
  style: string | undefined;
  text: string;
  highlighted: string[];
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Unzips the .docx and reads word/document.xml into paragraphs. */
export async function docxParagraphs(filePath: string): Promise<DocxParagraph[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(filePath));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(xml).toContain('<w:body>');
  const paragraphs: DocxParagraph[] = [];
  for (const paragraph of xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []) {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1];
    const runs = (paragraph.match(/<w:r>[\s\S]*?<\/w:r>|<w:r [\s\S]*?<\/w:r>/g) ?? []).map((run) => ({
      text: decode((run.match(/<w:t[^>]*>([\s\S]*?)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')),
      highlighted: /<w:highlight w:val="yellow"\/>/.test(run)
    }));
    paragraphs.push({
      style,
      text: runs.map((run) => run.text).join(''),
      highlighted: runs.filter((run) => run.highlighted).map((run) => run.text)
    });
  }
  return paragraphs;
}

/** Clicks a download link and gives the saved file's path and suggested name. */
export async function download(page: Page, linkName: RegExp): Promise<{ path: string; fileName: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const saved = await file.path();
  if (!saved) throw new Error(`The download behind "${String(linkName)}" was not saved.`);
  return { path: saved, fileName: file.suggestedFilename() };
}
