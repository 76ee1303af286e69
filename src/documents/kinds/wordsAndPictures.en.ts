// The English words of this kind of family document.

/** @internal */
export const WORDS_AND_PICTURES_EN = {
} as const;
