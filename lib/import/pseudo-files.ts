// The names problems carry when they come from no file (problem-text.ts says them in words). Apart from
// the parsers and schemas so that the popup can word a refusal without loading Valibot.

/** The paste box. */
export const PASTE_FILE = 'paste';
/** An entity the user wrote or edited. */
export const ENTITY_FILE = 'entity';
/** The page the popup captured. */
export const CAPTURE_FILE = 'capture';
