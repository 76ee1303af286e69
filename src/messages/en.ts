import type { MessageCatalogue } from "./catalogue";
import { enAssessment } from "./en/assessment";
import { enChildVoice } from "./en/childVoice";
import { enContinuum } from "./en/continuum";
import { enNetwork } from "./en/network";
import { enSafetyPlan } from "./en/safetyPlan";
import { enBottomLines } from "./en/bottomLines";
import { enInterop } from "./en/interop";

/**
 * The English message catalogue: one template per finding code, in words a practitioner
 * understands. Spread it to override some templates:
 * `formatFinding(f, { catalogue: { ...en, "assessment/too-many-dangers": "…" } })`.
 *
 * @category Messages
 */
export const en: MessageCatalogue = { ...enAssessment, ...enChildVoice, ...enContinuum, ...enNetwork, ...enSafetyPlan, ...enBottomLines, ...enInterop };
