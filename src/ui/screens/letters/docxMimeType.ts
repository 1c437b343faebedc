// Kept apart from the generator so the screen can name the type without loading docx.
export const DOCX_MIME_TYPE: string = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
