import type { FindingKind, ImportCommitResponse, ImportPreviewResponse } from '@kompass/shared';
export { IMPORT_FILE_ACCEPT as ACCEPTED_FILE_TYPES, MAX_IMPORT_BYTES } from '@kompass/shared';
import { API_URL, httpClient } from '../api';

export type ImportSource = { kind: 'file'; file: File } | { kind: 'text'; content: string };

export interface ImportInput {
  source: ImportSource;
  /** Admins only: coordinators import into their own municipality */
  municipalityId?: number;
  /** YYYY-MM or YYYY-MM-DD; read from the report when empty */
  evaluatedAt?: string;
  label?: string;
  /** The model revision the coordinator picked; detected from the report when empty */
  frameworkId?: number;
}

/** A finding as confirmed in the preview. */
export interface ConfirmedFinding {
  area: number;
  kind: FindingKind;
  text: string;
  questionCodes: string[];
}

/**
 * POST /api/evaluations/import: multipart with the file, or JSON with pasted text. Every field
 * of a multipart request is text, so `findings` travels as a JSON string there.
 */
async function postImport(
  input: ImportInput,
  extra: { dryRun: boolean; findings?: ConfirmedFinding[]; confirmFramework?: boolean },
) {
  const fields: Record<string, string | number | boolean | undefined> = {
    municipalityId: input.municipalityId,
    frameworkId: input.frameworkId,
    evaluatedAt: input.evaluatedAt?.trim() || undefined,
    label: input.label?.trim() || undefined,
    dryRun: extra.dryRun,
    confirmFramework: extra.confirmFramework || undefined,
  };
  let body: FormData | string;
  if (input.source.kind === 'file') {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, String(value));
    if (extra.findings) form.append('findings', JSON.stringify(extra.findings));
    form.append('file', input.source.file, input.source.file.name);
    body = form;
  } else {
    body = JSON.stringify({ ...fields, content: input.source.content, findings: extra.findings });
  }
  const { json } = await httpClient(`${API_URL}/evaluations/import`, { method: 'POST', body });
  return json;
}

export async function previewImport(input: ImportInput): Promise<ImportPreviewResponse> {
  return (await postImport(input, { dryRun: true })) as ImportPreviewResponse;
}

/** `confirmFramework` stores the sub-question catalogue the preview learned from the report, with the evaluation. */
export async function commitImport(
  input: ImportInput,
  findings: ConfirmedFinding[],
  confirmFramework = false,
): Promise<ImportCommitResponse> {
  return (await postImport(input, { dryRun: false, findings, confirmFramework })) as ImportCommitResponse;
}
