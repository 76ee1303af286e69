import type { MessageCatalogue } from "../messages";
import type { NetworkFindingCode } from "./findingCodes";

/**
 * English templates for the network finding codes.
 *
 * @category Messages
 */
export const enNetwork: MessageCatalogue<NetworkFindingCode> = {
  locale: "en",
  messages: {
    "network/no-network":
      "There is no safety network yet. Help the family find the people who will help keep the children safe: without a network, safety cannot be created or kept.",
    "network/no-current-members":
      "The safety network has nobody in it on {asOf}. Help the family find people who will help keep the children safe.",
    "network/member-not-informed":
      "{personId} has not been told the danger statements and safety goals (map version {mapVersion}). Network members need to know what everyone is worried about and what needs to happen, for example through the Words and Pictures explanation.",
    "network/member-informed-of-outdated-map":
      "{personId} was told version {informedVersion} of the danger statements and safety goals on {informedOn}, but the current version is {mapVersion}. Tell them what has changed.",
    "network/all-in-household":
      "{count, plural, one {The only member of the network lives} other {All # members of the network live}} in the children's household. Ask the family who outside the home could help.",
    "network/only-professionals":
      "{count, plural, one {The only member of the network is a professional} other {All # members of the network are professionals}}. The plan needs family and friends who will still be there after services withdraw.",
    "network/member-not-willing":
      "{personId} is recorded as {willingness} about helping. Talk with the family about what they are asking of this person, or who else could help.",
    "network/member-willingness-not-asked":
      "{personId} has not been asked whether they are willing to help. The family should ask them, and be clear about what they are asking.",
    "network/nobody-stays-after-closure":
      "{count, plural, one {The only member of the network is not known} other {None of the # members of the network is known}} to be staying involved after Children's Services close the case. Ask who will be there for the long haul.",
    "network/only-found-by-professionals":
      "{count, plural, one {The only member of the network was found by professionals} other {All # members of the network were found by professionals}}. The network should be people the family knows and chooses; ask the family who they would turn to.",
    "network/rule-owner-not-in-network":
      "The plan rule {ruleId} relies on {personId} {as, select, responsible {as the person responsible for it} network-monitor {to check it for the network} other {({as})}}, who is not a current member of the network. Bring them into the network and tell them the worries, or give the rule to a member.",
    "network/meeting-stands-in-not-allowed":
      "The network meeting of {date} stands in for a {standsInFor}, which local policy does not allow. Hold the statutory meeting as well, or check the local policy.",
  } satisfies Readonly<Record<NetworkFindingCode, string>>,
};
