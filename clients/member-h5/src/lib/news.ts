/** 资讯: the article categories as the member app names them, in tab order ("" = all). */
export const newsTabs: readonly { category: string; title: string }[] = [
  { category: "", title: "全部" },
  { category: "notice", title: "通知公告" },
  { category: "news", title: "工会新闻" },
  { category: "legal_qa", title: "普法问答" },
  { category: "typical_case", title: "典型案例" },
  { category: "video", title: "视频" },
];

export function categoryTitle(category: string | null | undefined): string {
  return newsTabs.find((t) => t.category === category && t.category !== "")?.title ?? "资讯";
}

/** "阅读 1.2万" style read counts. */
export function readCountText(n: number | null | undefined): string {
  const count = n ?? 0;
  return count >= 10000 ? `阅读 ${(count / 10000).toFixed(1).replace(/\.0$/, "")}万` : `阅读 ${count}`;
}
