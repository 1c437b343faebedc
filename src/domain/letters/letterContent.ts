// A draft letter's content, in a file of its own so that validateLetter and the no-reply checks it calls all import it one way.

/** Draft content keyed by item (the Letter entity's `fields`). */
export type LetterContent = Readonly<Partial<Record<string, string | undefined>>>;
