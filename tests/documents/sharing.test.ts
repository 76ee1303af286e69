import { describe, expect, it } from "vitest";
import { DEFAULT_SHARING_POLICY, parseSharingPolicy, SHARED_CONTENT } from "../../src/documents";
import { caught } from "../bottom-lines/fixtures";

describe("sharing policy", () => {
  it("is data: a stored policy is checked and read back", () => {
    // #region parse-policy
    const stored = JSON.parse(JSON.stringify(DEFAULT_SHARING_POLICY)) as unknown;
    const policy = parseSharingPolicy(stored);
    // An authority that also shows the network what happened (the harm statements):
    const ours = parseSharingPolicy({ ...policy, audiences: { ...policy.audiences, "network-member": [...policy.audiences["network-member"], "harm"] } });
    // #endregion parse-policy
    expect(policy).toEqual(DEFAULT_SHARING_POLICY);
    expect(ours.audiences["network-member"]).toContain("harm");
  });

  it("refuses an unknown part or reader with its path", () => {
    const error = caught(() => parseSharingPolicy({ ...DEFAULT_SHARING_POLICY, audiences: { ...DEFAULT_SHARING_POLICY.audiences, child: ["secrets"], teacher: [] } }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path.join("."))).toEqual(["audiences.child.0", "audiences.teacher"]);
  });

  it("defaults to showing professionals everything and everyone else less", () => {
    expect([...DEFAULT_SHARING_POLICY.audiences.professional].sort()).toEqual([...SHARED_CONTENT].sort());
    for (const reader of ["family", "child", "network-member"] as const) {
      expect(DEFAULT_SHARING_POLICY.audiences[reader]).not.toContain("family-contacts");
    }
    expect(DEFAULT_SHARING_POLICY.audiences["network-member"]).not.toContain("harm");
    expect(DEFAULT_SHARING_POLICY.audiences.child).not.toContain("dangers");
    expect(DEFAULT_SHARING_POLICY.childVoice).toBe("given");
  });
});
