// What the CIN census reader offers the command line and not the package: the parser state and
// the names of the containers (for pseudonymising a file as it streams).
export { createCinCensusState, CIN_CENSUS_CONTAINERS, type CinChildRead, type CinEpisodeRead } from "./cinCensusHandler";
