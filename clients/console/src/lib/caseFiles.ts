import type { Ref } from "vue";
import { accessReason, downloadFile, errorText, withReason } from "./api";

/**
 * The downloads of a legal aid case page (the assignment letter 指派函 and the member's documents), the same for the union's
 * case page (`admin`) and the lawyer's portal (`lawyer`): only the route prefix differs. A failed download is shown in
 * `error`; `refresh` renews the session when the token has expired.
 */
export function useCaseFiles(side: "admin" | "lawyer", caseId: Ref<string | null>, caseNo: () => string | null | undefined,
  refresh: () => Promise<unknown>, error: Ref<string | null>) {
  const base = () => `/api/v1/${side}/legal-aid/cases/${caseId.value}`;
  const label = () => caseNo() ?? caseId.value;
  const fail = (e: unknown) => { error.value = errorText(e); };
  return {
    letter: () => downloadFile(`${base()}/assignment-letter.pdf`, `指派函-${label()}.pdf`, refresh).catch(fail),
    document(doc: { id?: string | null; contentType?: string | null }) {
      const ext = doc.contentType === "application/pdf" ? "pdf" : doc.contentType === "image/png" ? "png" : "jpg";
      return downloadFile(withReason(`${base()}/documents/${doc.id}`, accessReason.legalCase), `案件${label()}-材料${doc.id}.${ext}`, refresh)
        .catch(fail);
    },
  };
}
