// The English words of this kind of family document.

/** @internal */
export const ASSESSMENT_MAP_EN = {
} as const;
