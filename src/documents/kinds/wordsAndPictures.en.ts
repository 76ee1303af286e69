// The English words of the Words and Pictures story: the page headings of the short-form
// structure (Susie Essex), who wrote the story, and the places for drawings.

/** @internal */
export const WORDS_AND_PICTURES_EN = {
  "documents.words-and-pictures.title": "{count, plural, one {Words and Pictures: the story for {children}} other {Words and Pictures: the stories for {children}}}",
  "documents.words-and-pictures.page": "Page {number}: {heading}",
  "documents.words-and-pictures.heading.title": "Our story",
  "documents.words-and-pictures.heading.who-is-worried": "Who is worried",
  "documents.words-and-pictures.heading.what-worried-about": "What they are worried about",
  "documents.words-and-pictures.heading.what-happened-then": "What happened then",
  "documents.words-and-pictures.heading.what-we-are-doing": "What we are doing about the worries",
  "documents.words-and-pictures.heading.safety-plan-rule": "A rule of our safety plan",
  "documents.words-and-pictures.heading.other": "More of our story",
  "documents.words-and-pictures.purpose.why-involved": "This story tells why Children's Services are helping {children} and their family.",
  "documents.words-and-pictures.purpose.safety-plan": "This story tells the safety plan for {children}.",
  "documents.words-and-pictures.purpose.why-not-at-home": "This story tells why {children} are not living at home just now.",
  "documents.words-and-pictures.written-with": "{authors} wrote this story with {worker} on {date}.",
  "documents.words-and-pictures.written-by": "{worker} wrote this story on {date}.",
  "documents.words-and-pictures.drawing.empty": "Draw here",
  "documents.words-and-pictures.drawing.stored": "The drawing for this page",
  "documents.words-and-pictures.none.heading": "Words and Pictures",
  "documents.words-and-pictures.none": "There is no Words and Pictures story yet. Your social worker will write one with the family.",
  "documents.words-and-pictures.withheld": "There is no story to show in this copy.",
} as const;
