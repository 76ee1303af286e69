import * as z from "zod";

/**
 * The levels of the continuum of service, from the lowest to the highest:
 *
 * - `universal`: nothing open (before any involvement, or after closure);
 * - `early-help`: an early help episode is open (consent-based; Children Act 2004 s10);
 * - `referral`: an episode of need is open (referral, assessment, section 47 enquiry) with no
 *   plan yet;
 * - `child-in-need`: a child in need plan is open (Children Act 1989 s17);
 * - `child-protection`: a child protection plan is open (s47, decided at a conference);
 * - `looked-after`: the child is looked after (s20 accommodation, an order, police protection
 *   in local authority accommodation, remand).
 *
 * When several are open, the highest wins: looked after over child protection over child in
 * need over early help (the precedence case management systems show in their badges).
 * Pre-proceedings and care proceedings are an overlay on the level, not a level.
 *
 * @category Continuum
 */
export const SERVICE_LEVELS = ["universal", "early-help", "referral", "child-in-need", "child-protection", "looked-after"] as const;
/** A service level (see {@link SERVICE_LEVELS}). @category Continuum */
export const ServiceLevelSchema = z.enum(SERVICE_LEVELS);
/** @category Continuum */
export type ServiceLevel = z.output<typeof ServiceLevelSchema>;

/**
 * What can be open on top of a level: an assessment, a section 47 enquiry, pre-proceedings
 * under the Public Law Outline, care proceedings, police protection, an emergency protection
 * order.
 *
 * @category Continuum
 */
export const SERVICE_OVERLAYS = ["assessment", "section-47", "pre-proceedings", "care-proceedings", "police-protection", "emergency-protection-order"] as const;
/** A service overlay (see {@link SERVICE_OVERLAYS}). @category Continuum */
export const ServiceOverlaySchema = z.enum(SERVICE_OVERLAYS);
/** @category Continuum */
export type ServiceOverlay = z.output<typeof ServiceOverlaySchema>;
