/** 会员标签: the vocabulary as the server lists it, its display, and the reasons of a refused bulk-upload row. */
import { client } from "./api";

export interface MemberTag { code: string; label: string }

let vocabulary: Promise<MemberTag[]> | null = null;

/** The tags staff may set (GET /admin/member-tags), fetched once per page load. */
export function loadTagVocabulary(): Promise<MemberTag[]> {
  vocabulary ??= client.get("/api/v1/admin/member-tags").then((tags) => [...(tags ?? [])]).catch((e: unknown) => { vocabulary = null; throw e; });
  return vocabulary;
}

/** 劳模、农民工: the labels of tags joined as the member app shows them; "不限" when none. */
export function tagLabels(tags: readonly MemberTag[] | null | undefined): string {
  return tags && tags.length ? tags.map((t) => t.label).join("、") : "不限";
}

/** Weights as the API takes them: only the tags weighing more than 1 (1 is the default). */
export function weightsBody(weights: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(weights).filter(([, w]) => Number.isInteger(w) && w > 1));
}

/** One refused row as the server reports it: `row` is the file's line (the header is row 1). */
export interface TagRejection {
  row?: number | null;
  column?: string | null;
  code?: string | null;
  args?: Record<string, number> | null;
}

const reasons: Record<string, (a: Record<string, number>) => string> = {
  "member_tag_batch.line_too_long": (a) => `该行超过 ${a.max} 个字符`,
  "member_tag_batch.unreadable": () => "该行无法读取（引号不完整或不是 UTF-8 文本）",
  "member_tag_batch.wrong_field_count": (a) => `有 ${a.fields} 列，应为 ${a.expected} 列`,
  "member_tag_batch.member_missing": () => "会员卡号和身份证号都为空",
  "member_tag_batch.id_number_invalid": () => "身份证号无效（应为 18 位，校验位正确）",
  "member_tag_batch.member_not_found": () => "本组织及下级组织中没有对应的已认证会员（或姓名不一致）",
  "member_tag_batch.duplicate_member": (a) => `与第 ${a.firstRow} 行是同一会员`,
  "member_tag_batch.tag_unknown": () => "标签不正确（可填：劳模、农民工、新就业形态、女职工、14岁以下儿童家长）",
  "member_tag_batch.tags_missing": () => "标签为空（追加模式下每行至少一个标签）",
};

/** A refused row's reason in Chinese, by its code (an unknown code shows the code itself). */
export function tagRejectionReason(rejection: TagRejection | null | undefined): string {
  const say = rejection?.code ? reasons[rejection.code] : undefined;
  return say ? say(rejection?.args ?? {}) : rejection?.code ?? "";
}
