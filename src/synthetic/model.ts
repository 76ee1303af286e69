import type {
  AssessmentFactorCode,
  CpCategoryCode,
  DisabilityCode,
  EthnicityCode,
  PlacementChangeReasonCode,
  PlacementProviderCode,
  PlacementTypeCode,
  PrimaryNeedCode,
  ReferralSourceCode,
} from "../records";
import { bands, weighted } from "./random";

// The parameters of the simulation: integer weights and bands (whole days or working days),
// calibrated so that a large synthetic authority reproduces England's published rates
// (data standards section 6.2, year ending 31 March 2025). Probabilities are in parts per
// million. See docs/synthetic-data.md for the reasoning behind each figure.

/** Thousandths of a day in 18 years (6,574.365 days): a child is born every `BIRTH_SPACING / (children0to17 * 1000)` days. @internal */
export const BIRTH_SPACING = 6574365;
/** Children ever referred before their 18th birthday, ppm of each birth cohort. @internal */
export const EVER_REFERRED_PPM = 385000;
/** After an episode closes, the chance of another referral before 18, ppm. @internal */
export const NEXT_REFERRAL_PPM = 760000;
/** Referrals with ReferralNFA (DfE 2025: 6.5%). @internal */
export const NFA_PPM = 65000;
/** Of assessed referrals, those with a section 47 enquiry from the start. @internal */
export const S47_PPM = 370000;
/** Of assessed referrals without a section 47 enquiry, those assessed not in need (RC8/RC9). @internal */
export const NOT_IN_NEED_PPM = 560000;
/** Of those assessed not in need, those closed RC9 (referred to early help). @internal */
export const RC9_PPM = 330000;
/** Of section 47 enquiries, those leading to an initial child protection conference (DfE 2025: 31%). @internal */
export const ICPC_PPM = 300000;
/** Of ICPCs, those deciding on a child protection plan (DfE 2025: 86%). @internal */
export const CP_PLAN_PPM = 860000;
/** Of CP plans, those ending because the child became looked after. @internal */
export const CP_TO_CARE_PPM = 250000;
/** Of CP plans that end otherwise, those stepped down to a CIN plan. @internal */
export const CP_STEP_DOWN_PPM = 550000;
/** Of section 47 enquiries without a conference, emergency removals (police protection, EPO). @internal */
export const S47_EMERGENCY_CARE_PPM = 90000;
/** Of section 47 enquiries without a conference, those followed by a CIN plan. @internal */
export const S47_TO_CIN_PLAN_PPM = 500000;
/** Of in-need referrals without a section 47 enquiry, those given a CIN plan (the rest get short support). @internal */
export const CIN_PLAN_PPM = 780000;
/** Of CIN plans, those escalating to a section 47 enquiry while open. @internal */
export const CIN_ESCALATION_PPM = 80000;
/** Of CIN plans of children aged 10 or more, those ending in section 20 accommodation. @internal */
export const CIN_TO_CARE_PPM = 70000;
/** Of CIN plans for a child's disability (N2), those with agreed short breaks (V3/V4). @internal */
export const SHORT_BREAKS_PPM = 150000;
/** Referrals of unaccompanied asylum-seeking children (aged 14-17) among first referrals at that age. @internal */
export const UASC_PPM = 80000;
/** Of returns home from care, those followed by a CIN plan in the same episode. @internal */
export const HOME_WITH_CIN_PLAN_PPM = 400000;
/** Children who had an early help episode before their first referral. @internal */
export const EARLY_HELP_BEFORE_PPM = 200000;

/** Age at first referral, days after birth. @internal */
export const FIRST_REFERRAL_AGE = bands([
  [150, 0, 364],
  [170, 365, 1825],
  [250, 1826, 3652],
  [330, 3653, 5843],
  [100, 5844, 6573],
]);

/** Days from an episode's closure to the next referral. @internal */
export const REREFERRAL_GAP = bands([
  [250, 1, 120],
  [200, 121, 330],
  [550, 331, 2920],
]);

/** Working days from referral to the start of the assessment. @internal */
export const ASSESSMENT_START_WD = bands([
  [550, 0, 0],
  [350, 1, 2],
  [100, 3, 5],
]);

/** Working days from the start of an assessment to its authorisation (DfE 2025: median 33, quartiles 17/43, 85.7% within 45). @internal */
export const ASSESSMENT_WD = bands([
  [20, 0, 0],
  [90, 1, 10],
  [140, 11, 17],
  [250, 18, 33],
  [250, 34, 43],
  [107, 44, 45],
  [80, 46, 60],
  [45, 61, 90],
  [18, 91, 150],
]);

/** Working days from section 47 start to the ICPC (DfE 2025 bands: 0-10 8.7%, 11-15 72.7%, 16-20 8.9%, 21+ 9.7%). @internal */
export const ICPC_WD = bands([
  [87, 3, 10],
  [727, 11, 15],
  [89, 16, 20],
  [97, 21, 45],
]);

/** Days a CP plan lasts (DfE 2025 plans ending: <=3m 15.9%, 3-6m 11.0%, 6-12m 43.5%, 1-2y 25.2%, 2y+ 4.4%). @internal */
export const CP_PLAN_DAYS = bands([
  [159, 14, 88],
  [110, 94, 179],
  [435, 186, 360],
  [252, 368, 725],
  [44, 734, 1000],
]);

/** Days a CIN plan lasts. @internal */
export const CIN_PLAN_DAYS = bands([
  [400, 60, 180],
  [400, 181, 365],
  [200, 366, 730],
]);

/** Days of short support after an in-need assessment with no plan. @internal */
export const SHORT_SUPPORT_DAYS = bands([[1, 14, 120]]);

/** Weeks from issue of care proceedings to the final order. @internal */
export const PROCEEDINGS_WEEKS = bands([
  [300, 18, 26],
  [400, 27, 40],
  [300, 41, 70],
]);

/** Days in care before returning home (section 20 and after proceedings). @internal */
export const RETURN_HOME_DAYS = bands([
  [200, 3, 30],
  [350, 31, 180],
  [450, 181, 900],
]);

/** Referral sources (DfE 2025: police about 29%, schools 21%, health 14%, LA services 11%, individual 7%, other 18%). @internal */
export const REFERRAL_SOURCES = weighted<ReferralSourceCode>([
  ["6", 290], ["2A", 200], ["2B", 10], ["3A", 25], ["3B", 20], ["3C", 5], ["3D", 30], ["3E", 40], ["3F", 20],
  ["5A", 40], ["5B", 20], ["5C", 30], ["5D", 20], ["1A", 45], ["1B", 10], ["1C", 10], ["1D", 5],
  ["4", 20], ["7", 40], ["8", 60], ["9", 10], ["10", 50],
]);

/** Primary need at assessment (DfE 2025: abuse or neglect about 57%). @internal */
export const PRIMARY_NEEDS = weighted<PrimaryNeedCode>([
  ["N1", 570], ["N2", 100], ["N3", 45], ["N4", 75], ["N5", 135], ["N6", 30], ["N7", 3], ["N8", 35], ["N0", 7],
]);

/** Factors identified at assessment, drawn one to three times. @internal */
export const ASSESSMENT_FACTORS = weighted<AssessmentFactorCode>([
  ["3B", 300], ["3A", 80], ["4B", 250], ["4A", 120], ["2B", 110], ["1B", 100], ["16A", 140], ["17A", 130],
  ["18C", 50], ["19C", 30], ["5B", 40], ["6B", 40], ["10A", 60], ["11A", 30], ["24A", 30], ["13A", 20],
  ["15A", 60], ["14A", 40], ["7A", 20], ["20", 60],
]);

/** CP plan categories (DfE 2025: neglect about 52%, emotional 37%). @internal */
export const CP_CATEGORIES = weighted<CpCategoryCode>([["NEG", 520], ["EMO", 370], ["PHY", 40], ["SAB", 40], ["MUL", 30]]);

/** Ethnicity of children in need (approximate national mix). @internal */
export const ETHNICITIES = weighted<EthnicityCode>([
  ["WBRI", 620], ["WIRI", 3], ["WIRT", 3], ["WOTH", 50], ["WROM", 7], ["MWBC", 25], ["MWBA", 10], ["MWAS", 15], ["MOTH", 30],
  ["AIND", 15], ["APKN", 30], ["ABAN", 12], ["AOTH", 20], ["BCRB", 15], ["BAFR", 40], ["BOTH", 15], ["CHNE", 2], ["OOTH", 30],
  ["REFU", 8], ["NOBT", 50],
]);

/** Disabilities of a disabled child. @internal */
export const DISABILITIES = weighted<DisabilityCode>([
  ["AUT", 300], ["LD", 200], ["COMM", 150], ["BEH", 120], ["MOB", 60], ["PC", 40], ["HEAR", 25], ["VIS", 25], ["HAND", 20], ["INC", 20], ["CON", 10], ["DDA", 30],
]);

/** Placements of children under 10. @internal */
export const PLACEMENTS_YOUNG = weighted<PlacementTypeCode>([["U6", 500], ["U3", 200], ["U4", 120], ["U1", 50], ["U5", 40], ["P1", 40], ["R3", 20], ["K2", 30]]);
/** Placements of children aged 10 or more. @internal */
export const PLACEMENTS_OLDER = weighted<PlacementTypeCode>([["U6", 380], ["K2", 220], ["U3", 120], ["U4", 90], ["U1", 40], ["K3", 60], ["R1", 20], ["P1", 30], ["S1", 10], ["K1", 10], ["R5", 20]]);
/** Providers of foster and other placements. @internal */
export const PROVIDERS_FOSTER = weighted<PlacementProviderCode>([["PR1", 600], ["PR4", 350], ["PR5", 50]]);
/** Providers of children's homes and other residential placements. @internal */
export const PROVIDERS_HOME = weighted<PlacementProviderCode>([["PR4", 780], ["PR1", 150], ["PR5", 50], ["PR2", 20]]);
/** Reasons for a change of placement. @internal */
export const PLACEMENT_CHANGE_REASONS = weighted<PlacementChangeReasonCode>([
  ["CARPL", 450], ["CREQB", 120], ["CREQO", 100], ["CHILD", 60], ["LAREQ", 80], ["STAND", 30], ["ALLEG", 20], ["CLOSE", 30], ["APPRR", 10], ["OTHER", 100],
]);

