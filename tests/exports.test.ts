import { describe, expect, it } from "vitest";
import * as documents from "../src/documents/index";
import * as kinsafe from "../src/index";
import * as returns from "../src/interop/returns/index";
import * as comparators from "../src/interop/comparators/index";

// The public surface of the main entry, in one reviewable list: any change to it shows up in
// review as a change to this snapshot.
describe("public API", () => {
  it("exports exactly the reviewed names", () => {
    expect(Object.keys(kinsafe).sort()).toMatchSnapshot();
  });

  it("exports no undefined values", () => {
    const missing = Object.entries(kinsafe)
      .filter(([, value]) => value === undefined)
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });
});

describe("public API of kinsafe/documents", () => {
  it("exports exactly the reviewed names, none undefined", () => {
    expect(Object.keys(documents).sort()).toMatchSnapshot();
    expect(Object.entries(documents).filter(([, value]) => value === undefined)).toEqual([]);
  });
});

describe("public API of kinsafe/returns", () => {
  it("exports exactly the reviewed names, none undefined", () => {
    expect(Object.keys(returns).sort()).toMatchSnapshot();
    expect(Object.entries(returns).filter(([, value]) => value === undefined)).toEqual([]);
  });
});

describe("public API of kinsafe/comparators", () => {
  it("exports exactly the reviewed names, none undefined", () => {
    expect(Object.keys(comparators).sort()).toMatchSnapshot();
    expect(Object.entries(comparators).filter(([, value]) => value === undefined)).toEqual([]);
  });
});
