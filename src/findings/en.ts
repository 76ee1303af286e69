import { enAssessment } from "../assessment";
import { enBottomLines } from "../bottom-lines";
import { enChildVoice } from "../child-voice";
import { enContinuum } from "../continuum";
import type { MessageCatalogue } from "../messages";
import { enNetwork } from "../network";
import { enSafetyPlan } from "../safety-plan";

/**
 * The English message catalogue of the main entry: every practice concept's templates (the
 * assessment map, child voice, continuum, network, safety plan, bottom lines) and the texts of
 * the formatters (the bottom-line report, readiness to step down), joined here, at the top,
 * so that no concept imports another's words. The statutory-format entries ship their own
 * (`enCinCensus`, `enSsda903`, `enWorkforce`). To change some templates, give a catalogue with
 * just those first: `formatFinding(f, { catalogue: { locale: "en", messages: { "assessment/too-many-dangers": "…" } } })`.
 *
 * @example
 * {@includeCode ../../tests/messages/catalogues.test.ts#en}
 *
 * @category Messages
 */
export const en: MessageCatalogue = {
  locale: "en",
  messages: {
    ...enAssessment.messages,
    ...enChildVoice.messages,
    ...enContinuum.messages,
    ...enNetwork.messages,
    ...enSafetyPlan.messages,
    ...enBottomLines.messages,
  },
};
