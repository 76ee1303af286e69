import type { MessageCatalogue } from "../messages";
import type { AssessmentFindingCode } from "./findingCodes";

/**
 * English templates for the assessment-map finding codes, in words a practitioner
 * understands. Placeholders in braces are filled from the finding's params (see
 * `ASSESSMENT_FINDINGS` for which params each code carries).
 *
 * @category Messages
 */
export const enAssessment: MessageCatalogue<AssessmentFindingCode> = {
  locale: "en",
  messages: {
    "assessment/jargon":
      "“{found}” is a professional label ({term}). Instead, {plain}, in words the family would use. A person's own words can stay: put them in quotation marks.",
    "assessment/strength-is-judgement":
      "“{found}” is a judgement about a person, not something they did ({term}). Instead, {plain}. A strength is what someone does that helps the child.",
    "assessment/statement-without-actor":
      "This statement does not say whose behaviour it is about. Record whose behaviour it is, or, when nobody knows who caused the harm (an unexplained injury), record the actor as not known and who had care of the child at the time.",
    "assessment/statement-without-behaviour":
      "This statement does not describe what the person did or did not do. Add the specific behaviour someone could see or hear.",
    "assessment/unknown-actor-without-carer":
      "This statement records that nobody knows who caused the harm, but not who had care of the child at the time. Record who was looking after the child then.",
    "assessment/goal-without-who": "This safety goal does not say who will be keeping the child safe. Name the people who will act.",
    "assessment/goal-without-protective-behaviour":
      "This safety goal does not say what people will be doing to keep the child safe. Add the protective behaviours you want to see.",
    "assessment/behaviour-is-label":
      "The behaviour is a label (“{found}”), not what was done. Instead, {plain}.",
    "assessment/statement-without-child": "This statement does not say which child it is about. Name the child or children.",
    "assessment/harm-without-impact":
      "This harm statement does not say what happened to the child as a result (injury, treatment, fear, effect on development). Add the impact on the child.",
    "assessment/danger-without-impact":
      "This danger statement does not say what could happen to the child if nothing changes. Add the likely impact on the child, short and long term.",
    "assessment/impact-is-category":
      "The impact on the child is a category (“{found}”), not what happens to the child. Instead, {plain}.",
    "assessment/danger-without-worried-party":
      "This danger statement does not say who is worried. Name the people and agencies who share the worry, including family members who do.",
    "assessment/danger-not-future":
      "This danger statement does not look ahead. Say what everyone is worried will happen to the child if nothing changes.",
    "assessment/harm-not-past":
      "This harm statement is written in future or uncertain terms (“{term}”). Harm is what has already happened; put future worries in a danger statement.",
    "assessment/harm-dated-after-map": "This harm is dated {date}, after the map date of {mapDate}. Check the date: harm is what has already happened.",
    "assessment/harm-without-occurrence":
      "This harm statement does not say when it happened or how often. Add the date, or the pattern: the first, the worst and the most recent time, and how often.",
    "assessment/danger-without-goal":
      "Danger statement {dangerId} has no safety goal. Every danger statement needs a goal that says what must be seen happening for the child to be safe.",
    "assessment/danger-with-several-goals":
      "Danger statement {dangerId} has {count} {owner} safety goals. Keep one {owner} goal for each danger statement.",
    "assessment/danger-without-scale": "Danger statement {dangerId} has no safety scale. Scale each danger statement and goal pair on its own.",
    "assessment/danger-with-several-scales": "Danger statement {dangerId} has {count} safety scales. Keep one scale for each danger statement.",
    "assessment/orphan-goal": "Safety goal {goalId} is not linked to a danger statement. Link it to the worry it answers, or remove it.",
    "assessment/too-many-dangers":
      "The map has {count} danger statements. Try to keep to no more than {max}: bring together worries about the same behaviour.",
    "assessment/goal-framed-as-absence":
      "This safety goal says what will not happen (“{term}”) rather than what people will be doing. Describe the safe behaviour you want to see instead.",
    "assessment/goal-is-compliance":
      "This safety goal asks for compliance with services (“{found}”), not for what people will be doing to keep the child safe. Say what the child will see the adults doing, and who will see it; services can be next steps.",
    "assessment/goal-without-duration":
      "This safety goal does not say for how long the change must be seen working. Add a time, for example six months.",
    "assessment/harm-event-in-complicating-factor":
      "This complicating factor describes harm (“{term}”). Record what happened to the child as harm; keep complicating factors for what makes the worries harder to sort out.",
    "assessment/harm-only-risk":
      "This harm statement describes possible harm (“{term}”) and records no date or pattern of it happening. If only the risk of harm is known, leave the harm box empty and write a danger statement.",
    "assessment/safety-without-danger":
      "This existing safety is not linked to a danger statement. Link it to the worry it protects the child from, or record it as a strength.",
    "assessment/safety-without-start-date":
      "This existing safety does not say since when it has been seen. Safety is protective action shown over time: add the date it started.",
    "assessment/safety-too-recent":
      "This existing safety has been seen since {since}, only {days} days before the map. Safety needs to be shown over time (at least {minimumDays} days); {minimumDays} days is this authority's setting, a local choice rather than a rule of the practice model. Until then, record it as a strength.",
    "assessment/safety-is-threat":
      "This existing safety records a warning about what will happen if the danger happens again (“{found}”), not protective action shown over time. Record what people have done to keep the child safe when the danger was there, since when, and who saw it.",
    "assessment/strength-contradicts-danger":
      "This strength says {name} is “{claim}”, but danger statement {dangerId} is about {name}'s behaviour. Say what {name} did, when, that helped the child, so that the strength and the worry can stand side by side.",
    "assessment/dispute-not-recorded":
      "This statement is disputed, but the map records {count, plural, =0 {no views} one {only # view} other {# views}}. Record each person's view in their own words, so it is clear whose view is whose.",
    "assessment/dispute-in-text":
      "This statement says someone disagrees (“{term}”), but it is not recorded as disputed. Mark it disputed and record each person's view in their own words.",
    "assessment/map-without-scale": "The map has no safety scale. Add a scale for each danger statement, or at least one for the whole situation.",
    "assessment/scale-without-anchors": "This scale does not say what 0 and 10 mean. Agree the meaning of both ends before anyone gives a score.",
    "assessment/scale-anchor-blank": "This scale does not say what {anchor} means. Write what {anchor} stands for before anyone gives a score.",
    "assessment/scale-without-judgements": "Nobody has given a score on this scale yet. Ask each person where they are, and why.",
    "assessment/scale-missing-rater-role": "No one in the role {role} has given a score on this scale. Ask them where they are on the scale, and why.",
    "assessment/judgement-without-role": "This score does not say whose it is (worker, parent, child…). Record the role of the person who gave it.",
    "assessment/judgement-without-reason": "This score has no reason. Record why the person gave this number and not a lower one.",
    "assessment/scale-anchors-contradict-polarity":
      "What {anchor} means on this scale (“{term}”) does not fit its stored polarity ({polarity}), so every score on it would be read the wrong way round. Check the anchors, or change the polarity to match them.",
    "assessment/child-voice-missing":
      "The map does not link to anything recording the voice of child {childId}. Capture the child's own words (for example with the Three Houses) before making the plan.",
    "assessment/child-voice-unknown-record": "The map links to child-voice record {recordId}, which cannot be found. Check the link.",
    "assessment/child-voice-only-told":
      "The map links only a Words and Pictures story for child {childId}. The story tells the child why people are worried; it does not hear the child. Ask the child (for example with the Three Houses, Wizards and Fairies or the Safety House) and link what they say.",
    "assessment/child-voice-not-current":
      "The map links a record of the voice of child {childId}, dated {recordDate}, which is no longer current ({reason}; records are current for {months} months, this authority's setting). Hear the child again in this episode.",
    "assessment/child-observation-missing":
      "The map does not link an observation of child {childId}, who is too young to give their views in words. Record what the child does and shows, where, with whom, and who saw it.",
    "assessment/unborn-child-record-missing":
      "The map does not link a pre-birth record for the unborn child {childId}. No words are expected from the baby: record the parents' hopes and worries for the baby and the plan for the baby's arrival.",
    "assessment/child-not-scaled":
      "Child {childId} is old enough to scale (from {years} years, this authority's setting) but has no score of their own: ask the child to place themself on the path of their Safety House, or record their score on the map's scale.",
    "assessment/next-step-without-owner": "This next step does not say who will do it. Name the person responsible.",
    "assessment/next-step-without-due-date": "This next step does not say by when. Add a date.",
    "assessment/next-step-overdue": "This next step was due on {due} and is {days} days overdue (as of {asOf}). Check whether it happened, or agree a smaller step.",
    "assessment/participants-not-recorded": "The map does not say who took part in the mapping. Record everyone who was there, family and professionals, with their role.",
    "assessment/mapping-by-professionals-only":
      "Only professionals took part in this mapping. Map with the family: ask the parents, carers and network what they are worried about, what is working well and what needs to happen.",
    "assessment/father-absent-without-reason":
      "{name} (father) did not take part in the mapping and no reason is recorded. Find out how to involve him, and record why he was not there.",
    "assessment/parent-absent-without-reason":
      "{name} ({relation}) did not take part in the mapping and no reason is recorded. Record why, and how their view will be sought.",
    "assessment/parent-view-missing": "The map does not record the view of {name} ({relation}). Ask them, and record their view in their own words, or why it could not be recorded.",
    "assessment/actor-view-missing":
      "The map does not record the view of {name}, whose behaviour the worry is about. Ask them for their account and record it in their own words, or why it could not be recorded.",
    "assessment/no-father-recorded":
      "The map records no father among the parents and carers. Who is each child's father, and what is his view? Are there other men in the children's lives (a parent's partner, grandfathers, uncles) who should be asked?",
    "assessment/analysis-missing":
      "The map has a plan but no judgement statement. Write the worker's analysis: how worried you are and why, weighing the danger against the safety, before deciding on the plan.",
    "assessment/analysis-without-danger": "The judgement statement does not say which danger it weighs. Name the danger, or link the danger statements.",
    "assessment/analysis-without-safety":
      "The judgement statement does not say what safety it weighs. Say what is already keeping the child safe, or that nothing yet is.",
    "assessment/analysis-family-view-missing":
      "The family's view of the judgement is not recorded. Ask the parents and carers what they think of it, and record their words, or why it could not be recorded.",
  } satisfies Readonly<Record<AssessmentFindingCode, string>>,
};
