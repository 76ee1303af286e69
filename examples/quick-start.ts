// The README's quick start, kept runnable: build an empty map, check it, print the findings.
import { checkAssessmentMap, createAssessmentMap, formatFinding, isoDate, personId } from "kinsafe";

const map = createAssessmentMap({
  id: "map-1",
  childIds: [personId("amy")],
  date: isoDate("2025-03-03"),
  authorId: personId("worker-sam"),
});

const findings = checkAssessmentMap(map);
for (const finding of findings) {
  console.log(finding.severity, formatFinding(finding));
}

// An empty map has no scale and no child's voice: the checks must say so.
const codes = new Set(findings.map((f) => f.code));
for (const expected of ["assessment/map-without-scale", "assessment/child-voice-missing"]) {
  if (!codes.has(expected as never)) throw new Error(`expected the finding ${expected}`);
}
