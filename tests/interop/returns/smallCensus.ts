// Small CIN census returns for the tests of reading many returns.

/**
 * A CIN census return of 40 children (C0…C39), each referred on 1 June of the year before
 * `year` and still open; every third child born on `dob`, the others on 2015-01-01.
 */
export function smallCensus(year: number, dob: string): string {
  const children = Array.from({ length: 40 }, (_, i) => {
    const born = i % 3 === 0 ? dob : "2015-01-01";
    return `<Child><ChildIdentifiers><LAchildID>C${String(i)}</LAchildID><PersonBirthDate>${born}</PersonBirthDate><Sex>M</Sex></ChildIdentifiers><CINdetails><CINreferralDate>${String(year - 1)}-06-01</CINreferralDate><ReferralSource>6</ReferralSource><ReferralNFA>false</ReferralNFA></CINdetails></Child>`;
  });
  return `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>${String(year)}</Year><ReferenceDate>${String(year)}-03-31</ReferenceDate></CollectionDetails><Source><LEA>201</LEA></Source></Header><Children>${children.join("")}</Children></Message>`;
}
