/** 内容管理: how the console names article categories and statuses. */
export const articleCategories: Readonly<Record<string, string>> = {
  notice: "通知公告", news: "工会新闻", legal_qa: "普法问答", typical_case: "典型案例", video: "视频",
};

export const articleStatuses: Readonly<Record<string, string>> = {
  draft: "草稿", scheduled: "待发布", published: "已发布", archived: "已下架",
};
