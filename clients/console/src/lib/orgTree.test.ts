import { describe, expect, it } from "vitest";
import { buildOrgTree, orgPathName } from "./orgTree";

const orgs = [
  { id: "3", name: "B街道工会", parentId: "2", depth: 2 },
  { id: "1", name: "市总工会", parentId: null, depth: 0 },
  { id: "2", name: "区总工会", parentId: "1", depth: 1 },
  { id: "4", name: "A街道工会", parentId: "2", depth: 2 },
];

describe("buildOrgTree", () => {
  it("nests children under their parents, siblings sorted by name", () => {
    const tree = buildOrgTree(orgs);
    expect(tree.map((n) => n.id)).toEqual(["1"]);
    expect(tree[0]!.children.map((n) => n.id)).toEqual(["2"]);
    expect(tree[0]!.children[0]!.children.map((n) => n.name)).toEqual(["A街道工会", "B街道工会"]);
  });
  it("makes an org whose parent is not visible a root (an org_admin's own org)", () => {
    const tree = buildOrgTree(orgs.filter((o) => o.id !== "1"));
    expect(tree.map((n) => n.id)).toEqual(["2"]);
    expect(tree[0]!.children).toHaveLength(2);
  });
  it("skips items without an id", () => {
    expect(buildOrgTree([{ name: "x" }])).toEqual([]);
  });
});

describe("orgPathName", () => {
  it("names the path from the top", () => {
    expect(orgPathName(orgs, "4")).toBe("市总工会 / 区总工会 / A街道工会");
    expect(orgPathName(orgs, "9")).toBe("");
    expect(orgPathName(orgs, null)).toBe("");
  });
});
