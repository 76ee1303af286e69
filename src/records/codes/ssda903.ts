import * as z from "zod";

// The DfE code lists of the SSDA903 return (children looked after) that the child record uses.
// Sources: DfE SSDA903 guide and validator code lists (data standards sections 2.3 and 3.2).

/**
 * SSDA903 `LS`, the legal status of a looked-after episode:
 * `C1` interim care order (s38); `C2` full care order (s31); `D1` freeing order (pre-2005 law);
 * `E1` placement order; `V2` single period of accommodation under section 20; `V3` agreed series
 * of short-term breaks, individual episodes recorded; `V4` agreed series of short-term breaks,
 * agreements recorded; `L1` under police protection and in local authority accommodation
 * (s46); `L2` emergency protection order (s44); `L3` child assessment order and in local
 * authority accommodation; `J1` remanded to local authority accommodation or youth detention
 * accommodation; `J2` placed in local authority accommodation under PACE 1984; `J3` sentenced to
 * a youth rehabilitation order with a residence or intensive fostering requirement.
 * V3 and V4 (short breaks) are excluded from DfE headline counts.
 *
 * Source: DfE SSDA903 guide; Children Act 1989.
 *
 * @category Records
 */
export const LEGAL_STATUS_CODES = ["C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3"] as const;
/** An SSDA903 legal status (see {@link LEGAL_STATUS_CODES}). @category Records */
export const LegalStatusCodeSchema = z.enum(LEGAL_STATUS_CODES);
/** @category Records */
export type LegalStatusCode = z.output<typeof LegalStatusCodeSchema>;

/**
 * SSDA903 `RNE`, the reason for a new episode: `S` started to be looked after; `L` change of
 * legal status only; `P` change of placement and carer(s) only; `T` change of placement, same
 * carer(s); `B` change of legal status and placement and carer(s); `U` change of legal status and
 * placement, same carer(s).
 *
 * Source: DfE SSDA903 guide.
 *
 * @category Records
 */
export const NEW_EPISODE_REASON_CODES = ["S", "L", "P", "T", "B", "U"] as const;
/** An SSDA903 reason for new episode (see {@link NEW_EPISODE_REASON_CODES}). @category Records */
export const NewEpisodeReasonCodeSchema = z.enum(NEW_EPISODE_REASON_CODES);
/** @category Records */
export type NewEpisodeReasonCode = z.output<typeof NewEpisodeReasonCodeSchema>;

/**
 * SSDA903 `REC`, the reason an episode ceased: `X1` the episode ceases and a new one begins the
 * same day (the child stays looked after); `E11`/`E12` adopted (application unopposed / consent
 * dispensed with); `E2` died; `E3` care taken over by another local authority in the UK;
 * `E4A`/`E4B` returned home to parents or relatives with parental responsibility as part of /
 * not as part of the care plan; `E13` left care to live with parents, relatives or others with
 * no parental responsibility; `E41` residence or child arrangements order; `E43`/`E44` (to
 * 2017-18) special guardianship order to former foster carers / other carers; `E45`/`E46`
 * special guardianship order to former foster carer, relative or friend / other; `E47`/`E48`
 * special guardianship order to a carer other than the former foster carer, relative or friend
 * / other; `E5`/`E6` moved to independent living with / without formal support; `E7` transferred
 * to residential care funded by adult social care; `E8` ceased for any other reason; `E9`
 * sentenced to custody; `E14` accommodation on remand ended; `E15` age assessment found the child
 * to be 18 or over; `E16` child moved abroad; `E17` aged 18 or over and stayed with current
 * carers (including staying put).
 *
 * Source: DfE SSDA903 guide and validator code lists.
 *
 * @category Records
 */
export const EPISODE_END_REASON_CODES = [
  "X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E43", "E44", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14",
  "E15", "E16", "E17",
] as const;
/** An SSDA903 reason episode ceased (see {@link EPISODE_END_REASON_CODES}). @category Records */
export const EpisodeEndReasonCodeSchema = z.enum(EPISODE_END_REASON_CODES);
/** @category Records */
export type EpisodeEndReasonCode = z.output<typeof EpisodeEndReasonCodeSchema>;

/**
 * SSDA903 `PLACE`, the placement type: `A3`/`A4` placed for adoption with parental consent
 * (s19 ACA 2002) with / not with the current foster carer; `A5`/`A6` placed for adoption with a
 * placement order (s21) with / not with the current foster carer; `H5` semi-independent living
 * not subject to children's homes regulations (historic); `K1` secure children's home; `K2`
 * children's home subject to the Children's Homes Regulations; `K3` registered supported
 * accommodation (from 2024-25); `P1` placed with own parents or person with parental
 * responsibility; `P2` independent living (historic; invalid for episodes from 28 October 2023);
 * `P3` residential employment; `R1` residential care home; `R2` NHS or health trust
 * establishment; `R3` family centre or mother and baby unit; `R5` young offender institution;
 * `S1` residential school; `T0` all types of temporary move; `T1` temporary period in hospital;
 * `T2` temporary absence on holiday; `T3` temporary accommodation while the normal foster carer
 * is on holiday; `T4` temporary accommodation of 7 days or less not covered by T1–T3;
 * `U1`/`U2`/`U3` foster placement with a relative or friend: long term / fostering for adoption
 * or concurrent planning / other; `U4`/`U5`/`U6` foster placement with another foster carer:
 * long term / fostering for adoption or concurrent planning / other; `Z1` other placement
 * (replaced by `Z11`–`Z14` in 2025-26, meanings not yet published).
 *
 * Source: DfE SSDA903 guide and validator code lists 2024-25 and 2025-26.
 *
 * @category Records
 */
export const PLACEMENT_TYPE_CODES = [
  "A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4",
  "U1", "U2", "U3", "U4", "U5", "U6", "Z1", "Z11", "Z12", "Z13", "Z14",
] as const;
/** An SSDA903 placement type (see {@link PLACEMENT_TYPE_CODES}). @category Records */
export const PlacementTypeCodeSchema = z.enum(PLACEMENT_TYPE_CODES);
/** @category Records */
export type PlacementTypeCode = z.output<typeof PlacementTypeCodeSchema>;

/**
 * SSDA903 `PLACE_PROVIDER`: `PR0` parents or person with parental responsibility; `PR1` own
 * local authority provision (including a regional adoption agency it hosts); `PR2` other local
 * authority provision; `PR3` other public provision; `PR4` private provision; `PR5` voluntary or
 * third sector provision.
 *
 * Source: DfE SSDA903 guide.
 *
 * @category Records
 */
export const PLACEMENT_PROVIDER_CODES = ["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"] as const;
/** An SSDA903 placement provider (see {@link PLACEMENT_PROVIDER_CODES}). @category Records */
export const PlacementProviderCodeSchema = z.enum(PLACEMENT_PROVIDER_CODES);
/** @category Records */
export type PlacementProviderCode = z.output<typeof PlacementProviderCodeSchema>;

/**
 * SSDA903 `REASON_PLACE_CHANGE`, why a placement changed: `CARPL` change to or implementation
 * of the care plan; `CLOSE` resignation or closure of the provision; `ALLEG` allegation (s47);
 * `STAND` standards of care concern; `APPRR` approval removed; `CREQB` carer requests the end
 * of the placement because of the child's behaviour; `CREQO` carer requests the end for another
 * reason; `CHILD` child requests the end; `LAREQ` responsible or area authority requests the end;
 * `PLACE` change in the status of the placement only; `CUSTOD` custody arrangement (from
 * 2018-19); `OTHER` other.
 *
 * Source: DfE SSDA903 guide.
 *
 * @category Records
 */
export const PLACEMENT_CHANGE_REASON_CODES = ["CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER"] as const;
/** An SSDA903 reason for placement change (see {@link PLACEMENT_CHANGE_REASON_CODES}). @category Records */
export const PlacementChangeReasonCodeSchema = z.enum(PLACEMENT_CHANGE_REASON_CODES);
/** @category Records */
export type PlacementChangeReasonCode = z.output<typeof PlacementChangeReasonCodeSchema>;

/**
 * SSDA903 `REVIEW_CODE`, how the child took part in a looked-after review: `PN0` child under 4
 * at the time of the review; `PN1` attends and speaks for themselves; `PN2` attends and an
 * advocate speaks; `PN3` attends and conveys views non-verbally; `PN4` attends without
 * contributing; `PN5` absent, briefs an advocate; `PN6` absent, conveys views through a medium;
 * `PN7` absent and views not conveyed.
 *
 * Source: DfE SSDA903 guide.
 *
 * @category Records
 */
export const REVIEW_PARTICIPATION_CODES = ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"] as const;
/** An SSDA903 review participation code (see {@link REVIEW_PARTICIPATION_CODES}). @category Records */
export const ReviewParticipationCodeSchema = z.enum(REVIEW_PARTICIPATION_CODES);
/** @category Records */
export type ReviewParticipationCode = z.output<typeof ReviewParticipationCodeSchema>;

/**
 * SSDA903 `MISSING`: `M` missing (whereabouts unknown); `A` away from placement without
 * authorisation.
 *
 * Source: DfE SSDA903 guide (Missing table, from 2014-15).
 *
 * @category Records
 */
export const MISSING_CODES = ["M", "A"] as const;
/** An SSDA903 missing code (see {@link MISSING_CODES}). @category Records */
export const MissingCodeSchema = z.enum(MISSING_CODES);
/** @category Records */
export type MissingCode = z.output<typeof MissingCodeSchema>;

/**
 * SSDA903 OC3 `IN_TOUCH`: `YES` in touch, `NO` not in touch, `DIED`, `REFU` refuses contact,
 * `NREQ` no longer requires services, `RHOM` returned home to parents or others with parental
 * responsibility for 6 months or more (the order of the record's enum).
 *
 * Source: DfE SSDA903 guide (OC3 table).
 *
 * @internal
 */
export const OC3_IN_TOUCH_CODES = ["YES", "NO", "DIED", "REFU", "NREQ", "RHOM"] as const;

/**
 * SSDA903 OC3 `ACTIV` (main activity on or around the birthday): `F`/`P` full or part time,
 * `1` higher education, `2` other education, `4` apprenticeship, `5` training or employment
 * (not an apprenticeship), `3` training or employment (the code before 2021-22, replaced by 4
 * and 5); `G4` not in education, employment or training (NEET) through illness or disability,
 * `G5` NEET for other reasons, `G6` NEET through pregnancy or parenting; `0` information not
 * known.
 *
 * Source: DfE SSDA903 guide (OC3 table; codes F4/F5/P4/P5 from 2021-22).
 *
 * @internal
 */
export const OC3_ACTIVITY_CODES = ["F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"] as const;

/**
 * SSDA903 OC3 `ACCOM` type letters (the code is the letter then `1` suitable or `2`
 * unsuitable): `B` with parents or relatives, `C` community home or other residential care,
 * `D` semi-independent transitional accommodation, `E` supported lodgings, `G` gone abroad,
 * `H` deported, `K` ordinary lodgings, `R` residence not known, `S` no fixed abode or homeless,
 * `T` foyers, `U` independent living, `V` emergency accommodation, `W` bed and breakfast, `X`
 * in custody, `Y` other, `Z` with former foster carers (staying put). `0` is not known.
 *
 * Source: DfE SSDA903 guide (OC3 table).
 *
 * @internal
 */
export const OC3_ACCOMMODATION_TYPES = ["B", "C", "D", "E", "G", "H", "K", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"] as const;
