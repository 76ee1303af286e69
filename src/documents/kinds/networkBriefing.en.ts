// The English words of this kind of family document.

/** @internal */
export const NETWORK_BRIEFING_EN = {
} as const;
