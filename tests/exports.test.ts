import { describe, expect, it } from "vitest";
import * as kinsafe from "../src/index";

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
