import type { ReferralSourceCode } from "./codes/cinCensus";
import { PARTNER_AGENCY_REFERRAL_SOURCE, type Referrer } from "./PartnerAgency";

const INDIVIDUAL = { family: "1A", acquaintance: "1B", self: "1C", other: "1D" } as const;

/**
 * The CIN census referral source code of a referrer.
 *
 * Agencies map through {@link PARTNER_AGENCY_REFERRAL_SOURCE}; individuals to 1A–1D; an
 * anonymous referral to 9 and an unknown referrer to 10 (DfE CIN census guide, ReferralSource).
 *
 * @param referrer - Who made the referral.
 * @returns The `ReferralSource` code.
 *
 * @example
 * {@includeCode ../../tests/records/partners.test.ts#docs-example}
 *
 * @category Records
 */
export function referralSourceFor(referrer: Referrer): ReferralSourceCode {
  switch (referrer.kind) {
    case "agency":
      return PARTNER_AGENCY_REFERRAL_SOURCE[referrer.agency];
    case "individual":
      return INDIVIDUAL[referrer.relationship];
    case "anonymous":
      return "9";
    case "unknown":
      return "10";
  }
}
