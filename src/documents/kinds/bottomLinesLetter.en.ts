// The English words of this kind of family document.

/** @internal */
export const BOTTOM_LINES_LETTER_EN = {
} as const;
