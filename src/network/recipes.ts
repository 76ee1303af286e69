// The immer recipes behind this folder's updaters, for audited commands in other folders (the
// case file). Internal: not re-exported from the folder's index or the package.
export { addPersonRecipe } from "./addPerson";
export { updatePersonRecipe } from "./updatePerson";
export { removePersonRecipe } from "./removePerson";
export { addNetworkMemberRecipe } from "./addNetworkMember";
export { updateNetworkMemberRecipe } from "./updateNetworkMember";
export { endNetworkMembershipRecipe } from "./endNetworkMembership";
export { recordInformingRecipe } from "./recordInforming";
export { addNetworkMeetingRecipe } from "./addNetworkMeeting";
