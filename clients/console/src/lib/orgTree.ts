/** An organisation as the API lists it (flat, with its parent). */
export interface OrgItem { id?: string | null; name?: string | null; parentId?: string | null; depth?: number; createdAt?: string }

export interface OrgNode { id: string; name: string; parentId: string | null; depth: number; children: OrgNode[] }

/**
 * Builds the tree of the orgs a caller sees. An org whose parent is not in the list (an org_admin sees their own org,
 * not the one above it) is a root. Siblings are sorted by name (zh-CN collation), so the tree does not jump around.
 */
export function buildOrgTree(items: readonly OrgItem[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>();
  for (const o of items) {
    if (!o.id) continue;
    nodes.set(o.id, { id: o.id, name: o.name ?? "", parentId: o.parentId ?? null, depth: o.depth ?? 0, children: [] });
  }
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name, "zh-CN") || a.id.localeCompare(b.id));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** "市总工会 / 区总工会 / 街道工会" for an org id, from the flat list. */
export function orgPathName(items: readonly OrgItem[], id: string | null | undefined): string {
  const byId = new Map(items.filter((o) => o.id).map((o) => [o.id!, o]));
  const names: string[] = [];
  let at = id ? byId.get(id) : undefined;
  for (let guard = 0; at && guard < 64; guard++) {
    names.unshift(at.name ?? "");
    at = at.parentId ? byId.get(at.parentId) : undefined;
  }
  return names.join(" / ");
}
