import { ASSESSMENT_FINDINGS } from "../assessment";
import { AuditToolSchema, type AuditTool } from "./AuditTool";

// The two built-in audit tools of the England Innovations Project trial: the mapping audit and
// the safety-planning audit. The published criteria were not found (domain specification 5.1),
// so these are the derived default criteria of section 5.3, as data an authority can change.

type Fact = { readonly fact: string; readonly ifNot: "absent" | "not-applicable" | "shortfall" | "cannot-tell"; readonly capAt?: number };
type Code = { readonly code: string; readonly pathStartsWith?: readonly (string | number)[] };

const anchors = (zero: string, five: string, ten: string): { kind: "zero-to-ten"; anchors: { value: number; meaning: string }[] } => ({
  kind: "zero-to-ten",
  anchors: [
    { value: 0, meaning: zero },
    { value: 5, meaning: five },
    { value: 10, meaning: ten },
  ],
});
const presence = { kind: "presence" as const };
const codes = (prefix: string, names: readonly string[], pathStartsWith?: readonly (string | number)[]): Code[] =>
  names.map((n) => ({ code: `${prefix}/${n}`, ...(pathStartsWith === undefined ? {} : { pathStartsWith }) }));
const evidence = (facts: readonly Fact[], findings: readonly Code[]): { facts: readonly Fact[]; findings: readonly Code[] } => ({ facts, findings });
const absent = (fact: string): Fact => ({ fact, ifNot: "absent" });
const shortfall = (fact: string, capAt?: number): Fact => ({ fact, ifNot: "shortfall", ...(capAt === undefined ? {} : { capAt }) });
// The map checks of this release (labels, judgements in strengths, compliance goals, threats as
// safety, participation, anchors against polarity); listed when the assessment module has them.
const mapCodes = (names: readonly string[], pathStartsWith?: readonly (string | number)[]): Code[] =>
  codes("assessment", names.filter((n) => Object.prototype.hasOwnProperty.call(ASSESSMENT_FINDINGS, `assessment/${n}`)), pathStartsWith);

/**
 * The built-in mapping audit (version 1): ten criteria on the assessment map, from the derived
 * default rubric of the domain specification (5.3), each linked to the map's quality rules
 * Q1–Q15. Criteria 1, 4 and 10 are presence checks; the others are scored 0–10.
 *
 * @category Quality assurance
 */
export const MAPPING_AUDIT_TOOL: AuditTool = AuditToolSchema.parse({
  id: "mapping-audit",
  version: 1,
  title: "Mapping audit",
  description: "Audits the assessment and planning map of a case against the Signs of Safety mapping criteria. Derived default criteria: change them to your authority's rubric.",
  sections: [
    {
      id: "map-record",
      title: "The map as a record",
      criteria: [
        {
          id: "map-1",
          text: "The map is present, dated, with its participants recorded (family and professionals).",
          guidance: "Look for a current map with the date of the mapping and who took part: at least one family member (parent, carer or the child) and at least one professional.",
          scale: presence,
          evidence: evidence(
            [absent("map"), shortfall("map-family-participants"), shortfall("map-professional-participants")],
            mapCodes(["participants-not-recorded", "mapping-by-professionals-only", "father-absent-without-reason", "parent-absent-without-reason", "parent-view-missing", "actor-view-missing"]),
          ),
        },
      ],
    },
    {
      id: "worries",
      title: "What are we worried about?",
      criteria: [
        {
          id: "map-2",
          text: "Harm statements name the specific behaviour, the impact on the child and the dates or pattern; the harm column is empty only when harm is not substantiated.",
          guidance: "Each harm statement says who did what, to which child, when (a day, a period or a pattern: first, worst, most recent) and what it did to the child. An empty harm column is right only when no harm is substantiated: answer not applicable then.",
          scale: anchors("No harm statements although harm is known", "Harm is recorded but vague about behaviour, impact or dates", "Every harm statement is specific, dated and says the impact on the child"),
          evidence: evidence(
            [absent("map"), { fact: "harm-statements", ifNot: "not-applicable" }, shortfall("harm-statements-dated")],
            [
              ...codes("assessment", ["statement-without-actor", "statement-without-behaviour", "statement-without-child", "jargon"], ["harm"]),
              ...codes("assessment", ["harm-without-impact", "harm-not-past", "harm-dated-after-map", "harm-only-risk"]),
              ...mapCodes(["behaviour-is-label", "impact-is-category"], ["harm"]),
              ...mapCodes(["harm-without-occurrence", "unknown-actor-without-carer"]),
            ],
          ),
        },
        {
          id: "map-3",
          text: "Danger statements say who is worried, the behaviour, the context and the impact if nothing changes, in plain language; any dispute is recorded; no more than three.",
          guidance: "Read each danger statement aloud: would the family understand it? It names the worried people, the caregiver behaviour and when it happens, and what could happen to the child. Disagreement is recorded as each party's view.",
          scale: anchors("No danger statements", "Danger statements exist but lack parts or use jargon", "Every danger statement is complete, plain, and at most three"),
          evidence: evidence(
            [absent("map"), absent("danger-statements")],
            [
              ...codes("assessment", ["statement-without-actor", "statement-without-behaviour", "statement-without-child", "jargon", "dispute-not-recorded"], ["dangers"]),
              ...codes("assessment", ["danger-without-worried-party", "danger-without-impact", "danger-not-future", "too-many-dangers"]),
              ...mapCodes(["behaviour-is-label", "impact-is-category", "dispute-in-text"], ["dangers"]),
            ],
          ),
        },
        {
          id: "map-4",
          text: "Complicating factors are kept separate from harm and danger.",
          guidance: "Complicating factors are what makes the worries harder to address (housing, health, professional disagreement); harm events in this column belong in the harm column.",
          scale: presence,
          evidence: evidence([absent("map")], codes("assessment", ["harm-event-in-complicating-factor", "harm-only-risk"])),
        },
      ],
    },
    {
      id: "working-well",
      title: "What's working well?",
      criteria: [
        {
          id: "map-5",
          text: "Existing strengths are distinguished from existing safety; safety is demonstrated over time.",
          guidance: "Existing safety is protective action taken when the danger was present, specific to a danger statement and seen over time; everything else positive is a strength.",
          scale: anchors("Nothing recorded as working well", "Strengths and safety are mixed up or safety is not shown over time", "Strengths and safety are distinct; safety is specific to a danger and demonstrated over time"),
          evidence: evidence(
            [absent("map"), absent("strengths-or-safety"), shortfall("existing-safety", 5)],
            [...codes("assessment", ["safety-without-danger", "safety-without-start-date", "safety-too-recent"]), ...mapCodes(["strength-is-judgement", "strength-contradicts-danger", "safety-is-threat"])],
          ),
        },
      ],
    },
    {
      id: "needs-to-happen",
      title: "What needs to happen?",
      criteria: [
        {
          id: "map-6",
          text: "Safety goals are paired one to one with danger statements, positively framed, with a duration.",
          guidance: "Each danger statement has one agency safety goal saying who will do what protective behaviour, for how long, as the presence of safety rather than the absence of harm.",
          scale: anchors("No safety goals", "Goals exist but are unpaired, framed as absence or without duration", "Every danger has one positive goal with a duration"),
          evidence: evidence(
            [absent("map"), absent("safety-goals")],
            [
              ...codes("assessment", ["danger-without-goal", "danger-with-several-goals", "orphan-goal", "goal-framed-as-absence", "goal-without-duration", "goal-without-who", "goal-without-protective-behaviour"]),
              ...mapCodes(["goal-is-compliance"]),
            ],
          ),
        },
        {
          id: "map-7",
          text: "Each danger has a scale with defined anchors; the views of the worker, parents, child and others are recorded with reasons.",
          guidance: "Scales are asked with their 0 and 10 defined first; everyone's number is recorded with what makes it that number and not lower.",
          scale: anchors("No scaling", "Some scaling, without anchors, some views or reasons", "Every danger is scaled with anchors; every view is recorded with a reason"),
          evidence: evidence(
            [absent("map"), absent("scales"), shortfall("scales-family-view", 5)],
            [
              ...codes("assessment", ["map-without-scale", "danger-without-scale", "danger-with-several-scales", "scale-without-anchors", "scale-anchor-blank", "scale-without-judgements", "scale-missing-rater-role", "judgement-without-role", "judgement-without-reason"]),
              ...mapCodes(["scale-anchors-contradict-polarity"]),
            ],
          ),
        },
        {
          id: "map-8",
          text: "The child's voice is evidenced (a tool or their direct words) and reflected in the analysis.",
          guidance:
            "Each child's Three Houses, Wizards and Fairies, Safety House or direct words are recorded in this episode, and the map draws on them. For a baby or a child who does not speak, what they show is recorded as an observation; an unborn child gives no voice, and the parents' hopes and worries for the baby (a pre-birth record) are recorded instead. A Words and Pictures story written for a child tells the child; it is not their voice.",
          scale: anchors("No record of any child's voice", "Some children's voice recorded, not linked to the map", "Every child's voice is recorded and the map draws on it"),
          evidence: evidence(
            [absent("map"), { fact: "child-voice-expected", ifNot: "not-applicable" }, absent("child-voice-some"), shortfall("child-voice"), shortfall("map-draws-on-child-voice")],
            codes("assessment", ["child-voice-missing", "child-voice-unknown-record"]),
          ),
        },
        {
          id: "map-9",
          text: "Next steps are specific, with owners and dates.",
          guidance: "Each next step names who will do what by when, and overdue steps are followed up.",
          scale: anchors("No next steps", "Next steps without owners or dates, or overdue", "Every next step has an owner and a date and is on track"),
          evidence: evidence([absent("map"), absent("next-steps")], codes("assessment", ["next-step-without-owner", "next-step-without-due-date", "next-step-overdue"])),
        },
        {
          id: "map-10",
          text: "Grey areas are identified with how they will be resolved.",
          guidance: "Information whose significance is unclear is recorded as a grey area with what needs to be found out. A map with nothing unclear may have none.",
          scale: presence,
          evidence: evidence([absent("map"), shortfall("grey-areas-followed-up")], []),
        },
      ],
    },
  ],
});

/**
 * The built-in safety-planning audit (version 1): ten criteria on the bottom lines, the safety
 * network, the plan and its monitoring, from the derived default rubric of the domain
 * specification (5.3). Criteria 1, 6 and 10 are presence checks; the others are scored 0–10.
 *
 * @category Quality assurance
 */
export const SAFETY_PLANNING_AUDIT_TOOL: AuditTool = AuditToolSchema.parse({
  id: "safety-planning-audit",
  version: 1,
  title: "Safety planning audit",
  description: "Audits the bottom lines, safety network, safety plan and monitoring of a case. Derived default criteria: change them to your authority's rubric.",
  sections: [
    {
      id: "bottom-lines-and-network",
      title: "Bottom lines and the safety network",
      criteria: [
        {
          id: "plan-1",
          text: "Bottom lines are recorded and shared with the family.",
          guidance: "The bottom lines Children's Services set are written in plain words, with who set them and when; ask the family whether they were told them.",
          scale: presence,
          evidence: evidence([absent("bottom-lines"), shortfall("bottom-lines-recorded")], []),
        },
        {
          id: "plan-2",
          text: "The network was identified by the family; its size and composition fit the dangers.",
          guidance: "Members are family and friends the family found, reaching beyond the household and beyond professionals, willing and asked.",
          scale: anchors("No safety network", "A network exists but is small, professional-only or not found by the family", "A network found by the family, beyond the household, willing and big enough for the dangers"),
          evidence: evidence(
            [absent("network")],
            [
              ...codes("network", ["no-network", "no-current-members", "all-in-household", "only-professionals", "only-found-by-professionals", "member-not-willing", "member-willingness-not-asked"]),
              ...codes("bottom-lines", ["network-too-small", "network-too-few-outside-household", "network-too-few-not-professional", "too-few-found-by-family"]),
            ],
          ),
        },
        {
          id: "plan-3",
          text: "Each network member has been told the current danger statements and safety goals (Words and Pictures or equivalent), with the date.",
          guidance: "Every current member has an informing record for the current version of the map.",
          scale: anchors("No member has been told", "Some members told, or told an older version", "Every member told the current version, with the date"),
          evidence: evidence(
            [absent("network"), absent("map")],
            [...codes("network", ["member-not-informed", "member-informed-of-outdated-map"]), ...codes("bottom-lines", ["member-not-informed", "member-informed-of-old-version"])],
          ),
        },
      ],
    },
    {
      id: "the-plan",
      title: "The safety plan",
      criteria: [
        {
          id: "plan-4",
          text: "The rules cover every danger statement and every bottom line.",
          guidance: "Each danger statement and each bottom line is answered by at least one rule.",
          scale: anchors("No plan rules", "Some dangers or bottom lines have no rule", "Every danger statement and every bottom line has a rule"),
          evidence: evidence(
            [absent("safety-plan")],
            [
              ...codes("safety-plan", ["plan-without-rules", "danger-not-covered", "bottom-line-not-covered", "rule-for-unknown-danger", "rule-for-unknown-bottom-line"]),
              ...codes("bottom-lines", ["danger-without-rule", "free-text-not-covered", "no-supervised-contact-rule", "no-safe-adult-rule"]),
            ],
          ),
        },
        {
          id: "plan-5",
          text: "Each rule names who does what and when, a monitor, triggers, and what happens if it is broken.",
          guidance: "Read each rule: who is responsible, when, who checks it (from the network and a professional), the signs the danger is returning, what the network does and who tells Children's Services within what time.",
          scale: anchors("No plan rules", "Rules lack owners, monitors, triggers or what happens if broken", "Every rule is complete and agreed"),
          evidence: evidence(
            [absent("safety-plan")],
            codes("safety-plan", [
              "rule-without-responsible",
              "rule-without-network-monitor",
              "rule-without-professional-monitor",
              "rule-without-triggers",
              "rule-without-if-broken",
              "rule-without-who-tells",
              "rule-without-tell-within",
              "rule-framed-as-absence",
              "rule-not-agreed",
            ]),
          ),
        },
        {
          id: "plan-6",
          text: "A child's version of the plan exists (Words and Pictures plan or Safety House).",
          guidance: "Each child has been shown the plan in words and pictures they understand, or has their own Safety House.",
          scale: presence,
          evidence: evidence([absent("safety-plan"), absent("children-told-plan")], [...codes("safety-plan", ["rule-without-child-version"]), ...codes("bottom-lines", ["child-not-told-plan"])]),
        },
      ],
    },
    {
      id: "monitoring-and-review",
      title: "Monitoring and review",
      criteria: [
        {
          id: "plan-7",
          text: "Monitoring by Children's Services and the network is evidenced; breaches led to reconvening, not abandonment.",
          guidance: "Both the network and professionals check the rules as often as local policy says; each breach was reported, resolved and followed by a network meeting or a plan review.",
          scale: anchors("No monitoring recorded", "Monitoring is irregular or a breach was not followed up", "Regular monitoring by both; every breach reported and the network reconvened"),
          evidence: evidence(
            [absent("safety-plan"), absent("monitoring"), shortfall("breaches-reconvened")],
            [
              ...codes("safety-plan", ["network-monitoring-overdue", "professional-monitoring-overdue", "unresolved-breach", "breach-not-escalated", "breach-escalated-late"]),
              ...codes("bottom-lines", ["breach-unresolved", "breach-not-reported", "breach-reported-late", "no-recent-childrens-services-monitoring", "no-recent-network-monitoring"]),
            ],
          ),
        },
        {
          id: "plan-8",
          text: "The scaling trajectory is reviewed at each meeting; plan versions are tracked.",
          guidance:
            "Each plan review records everyone's scaling judgements, so the trajectory can be seen (a review recorded as a new map version with the new judgements counts); each new plan version names the one it replaces.",
          scale: anchors("The plan has never been reviewed", "Reviews without scaling, or versions not linked", "Every review scaled; every version linked"),
          evidence: evidence([absent("safety-plan"), absent("plan-reviews"), shortfall("plan-reviews-scaled"), shortfall("plan-versions-linked")], []),
        },
        {
          id: "plan-9",
          text: "The plan's timeframe is tied to the safety goals' durations; step-down and closure criteria are explicit.",
          guidance: "Every safety goal says how long the change must be seen working, so the plan says when the case can step down or close.",
          scale: anchors("No timeframe or closure criteria", "Some goals without durations", "Every goal has a duration and the step-down criteria are explicit"),
          evidence: evidence([absent("safety-plan"), absent("safety-goals")], codes("assessment", ["goal-without-duration", "danger-without-goal"])),
        },
        {
          id: "plan-10",
          text: "The network's commitment beyond Children's Services' closure is recorded.",
          guidance: "Each member has said whether they will stay involved after the case closes, and at least one will.",
          scale: presence,
          evidence: evidence([absent("network"), shortfall("network-commitment-recorded")], codes("network", ["nobody-stays-after-closure"])),
        },
      ],
    },
  ],
});

/**
 * The built-in audit tools: the mapping audit and the safety-planning audit.
 *
 * @category Quality assurance
 */
export const BUILT_IN_AUDIT_TOOLS: readonly AuditTool[] = [MAPPING_AUDIT_TOOL, SAFETY_PLANNING_AUDIT_TOOL];
