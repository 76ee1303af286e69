import type { Severity } from "../core";

/**
 * Every finding code that {@link checkNetwork} can return. Stable forever once released.
 * {@link NETWORK_FINDINGS} gives, for each code, its default severity and the params it carries.
 *
 * - `network/no-network` (error): the case has no safety network yet.
 * - `network/no-current-members` (error): the network has nobody in it on the day.
 * - `network/member-not-informed` (error): a member has not been told the danger statements and safety goals.
 * - `network/member-informed-of-outdated-map` (warning): a member was told an older version of them.
 * - `network/all-in-household` (warning): every member lives in the child's household.
 * - `network/only-professionals` (error): every member is a professional.
 * - `network/member-not-willing` (warning): a member has said they are not willing, or are unsure.
 * - `network/member-willingness-not-asked` (warning): a member has not been asked whether they are willing.
 * - `network/nobody-stays-after-closure` (warning): nobody is known to stay involved after Children's Services close the case.
 * - `network/only-found-by-professionals` (warning): no member was found by the family.
 * - `network/rule-owner-not-in-network` (error): a plan rule's responsible person or network monitor is not a current member.
 * - `network/meeting-stands-in-not-allowed` (warning): a network meeting stands in for a statutory meeting that local policy does not allow it to replace.
 *
 * @category Network
 */
export const NETWORK_FINDING_CODES = [
  "network/no-network",
  "network/no-current-members",
  "network/member-not-informed",
  "network/member-informed-of-outdated-map",
  "network/all-in-household",
  "network/only-professionals",
  "network/member-not-willing",
  "network/member-willingness-not-asked",
  "network/nobody-stays-after-closure",
  "network/only-found-by-professionals",
  "network/rule-owner-not-in-network",
  "network/meeting-stands-in-not-allowed",
] as const;

/** @category Network */
export type NetworkFindingCode = (typeof NETWORK_FINDING_CODES)[number];

/**
 * What kinsafe promises about one network finding code.
 *
 * @category Network
 */
export interface NetworkFindingInfo {
  /** The severity {@link checkNetwork} gives unless `options.severities` overrides it. */
  readonly severity: Severity;
  /** The params the finding carries, for message templates. */
  readonly params: readonly string[];
}

/**
 * The table behind {@link NETWORK_FINDINGS}, with its literal types, so that `checkNetwork` can
 * only emit the params each code declares.
 *
 * @internal
 */
export const NETWORK_FINDING_TABLE = {
  "network/no-network": { severity: "error", params: [] },
  "network/no-current-members": { severity: "error", params: ["asOf"] },
  "network/member-not-informed": { severity: "error", params: ["personId", "mapId", "mapVersion"] },
  "network/member-informed-of-outdated-map": { severity: "warning", params: ["personId", "informedVersion", "mapVersion", "informedOn"] },
  "network/all-in-household": { severity: "warning", params: ["count"] },
  "network/only-professionals": { severity: "error", params: ["count"] },
  "network/member-not-willing": { severity: "warning", params: ["personId", "willingness"] },
  "network/member-willingness-not-asked": { severity: "warning", params: ["personId"] },
  "network/nobody-stays-after-closure": { severity: "warning", params: ["count"] },
  "network/only-found-by-professionals": { severity: "warning", params: ["count"] },
  "network/rule-owner-not-in-network": { severity: "error", params: ["personId", "ruleId", "as"] },
  "network/meeting-stands-in-not-allowed": { severity: "warning", params: ["meetingId", "standsInFor", "date"] },
} as const satisfies Readonly<Record<NetworkFindingCode, NetworkFindingInfo>>;

/**
 * For every network finding code: its default severity and the params it carries. This is
 * data, so a product can build its own views (list only the errors, say).
 *
 * Severities follow the adequacy criteria of a safety network (Queensland practice kit, echoed
 * by the England Innovations Project; domain specification 3.1): `error` when the network fails
 * a criterion outright (nobody in it, a member not informed, only professionals, a rule resting
 * on someone outside it); `warning` when it probably falls short or local policy decides (size
 * and composition, willingness not yet asked, long-term commitment, statutory stand-ins).
 *
 * @category Network
 */
export const NETWORK_FINDINGS: Readonly<Record<NetworkFindingCode, NetworkFindingInfo>> = NETWORK_FINDING_TABLE;
