export { CONTINUUM_FINDING_CODES, type ContinuumFindingCode } from "./findingCodes";
export { enContinuum } from "./messages.en";
export {
  MeetingDecisionIdSchema,
  type MeetingDecisionId,
  AttendeeRoleSchema,
  type AttendeeRole,
  ScalingJudgementSchema,
  type ScalingJudgement,
  AttendeeSchema,
  type Attendee,
  MeetingDecisionSchema,
  type MeetingDecision,
  MeetingSchema,
  type Meeting,
} from "./Meeting";
export {
  ServiceEventIdSchema,
  type ServiceEventId,
  PracticeRecordSchema,
  type PracticeRecord,
  ContactEventSchema,
  ReferralEventSchema,
  ReferralDecisionEventSchema,
  EarlyHelpStartEventSchema,
  EarlyHelpEndEventSchema,
  TeamAroundTheFamilyEventSchema,
  AssessmentStartEventSchema,
  AssessmentCompleteEventSchema,
  StrategyDiscussionEventSchema,
  Section47StartEventSchema,
  Section47OutcomeEventSchema,
  InitialConferenceEventSchema,
  CpPlanStartEventSchema,
  ReviewConferenceEventSchema,
  CoreGroupEventSchema,
  CpPlanEndEventSchema,
  CinPlanStartEventSchema,
  CinReviewEventSchema,
  CinPlanEndEventSchema,
  PreProceedingsStartEventSchema,
  PreProceedingsMeetingEventSchema,
  PreProceedingsEndEventSchema,
  CareProceedingsIssuedEventSchema,
  CareProceedingsExtendedEventSchema,
  CareProceedingsFinalOrderEventSchema,
  PoliceProtectionStartEventSchema,
  PoliceProtectionEndEventSchema,
  EmergencyProtectionOrderEventSchema,
  EmergencyProtectionOrderExtendedEventSchema,
  EmergencyProtectionOrderEndEventSchema,
  LookedAfterStartEventSchema,
  LookedAfterChangeEventSchema,
  LookedAfterReviewEventSchema,
  LookedAfterEndEventSchema,
  VisitEventSchema,
  FamilyGroupConferenceEventSchema,
  NetworkMeetingEventSchema,
  TransferInEventSchema,
  TransferOutEventSchema,
  ClosureEventSchema,
  ServiceEventSchema,
  type ServiceEvent,
  type ServiceEventType,
  type ServiceEventOf,
  SERVICE_EVENT_TYPES,
} from "./ServiceEvent";
export { ServiceTimelineIdSchema, type ServiceTimelineId, ServiceTimelineSchema, type ServiceTimeline } from "./ServiceTimeline";
export {
  SERVICE_LEVELS,
  ServiceLevelSchema,
  type ServiceLevel,
  SERVICE_OVERLAYS,
  ServiceOverlaySchema,
  type ServiceOverlay,
} from "./ServiceLevel";
export {
  TIMESCALE_UNITS,
  TimescaleUnitSchema,
  type TimescaleUnit,
  CLOCK_STARTS,
  ClockStartSchema,
  type ClockStart,
  TimescaleSchema,
  type Timescale,
  VisitScheduleSchema,
  type VisitSchedule,
  ContinuumPolicySchema,
  type ContinuumPolicy,
  DEFAULT_CONTINUUM_POLICY,
} from "./ContinuumPolicy";
export {
  SERVICE_PRECONDITIONS,
  type ServicePrecondition,
  SERVICE_PRECONDITION_FINDINGS,
  type ServiceEventRule,
  SERVICE_EVENT_RULES,
} from "./ServiceEventRules";
export { createServiceTimeline, type ChildDetailsInput } from "./createServiceTimeline";
export { parseServiceTimeline } from "./parseServiceTimeline";
export { safeParseServiceTimeline } from "./safeParseServiceTimeline";
export { applyServiceEvent, type ServiceEventInput } from "./applyServiceEvent";
export { serviceState, type ServiceState, type ServiceEpisode, type ServiceEpisodeKind, type ServiceTransition } from "./serviceState";
export { isReReferral } from "./isReReferral";
export { dueDates, DUE_DATE_KINDS, type DueDateKind, type DueDateStatus, type DueDate, type DueDatesOptions, type DueDatesResult } from "./dueDates";
export { toChildRecord, type ToChildRecordOptions } from "./toChildRecord";
export { mapVariantForLevel } from "./mapVariantForLevel";
export { parseServiceEvent } from "./parseServiceEvent";
export { safeParseServiceEvent } from "./safeParseServiceEvent";
export { parseContinuumPolicy } from "./parseContinuumPolicy";
export { safeParseContinuumPolicy } from "./safeParseContinuumPolicy";
