// The English words of this kind of family document.

/** @internal */
export const SAFETY_PLAN_EN = {
} as const;
