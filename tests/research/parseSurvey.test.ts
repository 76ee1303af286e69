import { describe, expect, it } from "vitest";
import type { KinsafeError } from "../../src/core";
import { parseSurvey, parseSurveyResponse, parseTimeDiaryEntry, safeParseSurvey, safeParseSurveyResponse, safeParseTimeDiaryEntry } from "../../src/research";

const paths = (error: KinsafeError): string[] => error.issues.map((i) => `${i.path.join(".")} ${i.rule}`);
const survey = {
  id: "parents-survey",
  version: 1,
  title: "Parents' survey",
  groups: ["parents", "staff"],
  items: [
    { id: "listened", kind: "likert", text: "My social worker listens to me", points: 5, low: "Strongly disagree", high: "Strongly agree" },
    { id: "comments", kind: "free-text", text: "Anything else?" },
  ],
};
const response = { id: "r1-baseline", surveyId: "parents-survey", respondentId: "r1", group: "parents", timePoint: "baseline", date: "2016-01-10", answers: [{ itemId: "listened", value: 4 }] };

describe("parseSurvey, parseSurveyResponse, parseTimeDiaryEntry", () => {
  it("parse stored research data", () => {
    // #region parse-survey
    const parsed = parseSurvey(survey);
    parsed.items.length; // 2
    // #endregion parse-survey
    expect(parseSurvey(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    // #region parse-survey-response
    parseSurveyResponse(response).answers; // [{ itemId: "listened", value: 4 }]
    // #endregion parse-survey-response
    expect(parseSurveyResponse(response)).toEqual(response);
    // #region parse-time-diary-entry
    parseTimeDiaryEntry({ id: "e1", workerId: "sw-sarah", date: "2016-03-01", activity: "direct-work", minutes: 180 }).minutes; // 180
    // #endregion parse-time-diary-entry
    expect(parseTimeDiaryEntry({ id: "e1", workerId: "sw-sarah", date: "2016-03-01", activity: "direct-work", minutes: 180 }).minutes).toBe(180);
  });

  it("return the problems as data", () => {
    // #region safe-parse-survey
    const result = safeParseSurvey({ ...survey, items: [survey.items[0], survey.items[0]] });
    result.ok; // false: the item id is used twice
    // #endregion safe-parse-survey
    expect(result.ok === false && paths(result.error)).toEqual(["items.1.id reference/duplicate-id"]);
    // #region safe-parse-survey-response
    const answered = safeParseSurveyResponse({ ...response, group: "teachers" });
    answered.ok; // false: not a respondent group
    // #endregion safe-parse-survey-response
    expect(answered.ok === false && paths(answered.error)).toEqual(["group invalid_value"]);
    // #region safe-parse-time-diary-entry
    const entry = safeParseTimeDiaryEntry({ id: "e1", workerId: "sw-sarah", date: "2016-03-01", activity: "direct-work" });
    entry.ok; // false: minutes is required
    // #endregion safe-parse-time-diary-entry
    expect(entry.ok === false && entry.error.issues).toEqual([{ path: ["minutes"], rule: "required", message: "required" }]);
  });
});
