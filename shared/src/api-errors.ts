/**
 * Stable codes of API errors. The English `message` stays for API clients; a UI translates the code
 * (with `params`) and falls back to the message only for a code it does not know.
 */
export const API_ERROR_CODES = [
  // One per status, for errors without a more specific code
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'unprocessable',
  'payload_too_large',
  'too_many_requests',
  'internal_error',
  'service_unavailable',
  // Request shape
  'validation_failed',
  'malformed_body',
  'no_such_endpoint',
  'invalid_id',
  'invalid_query',
  // Validation of one field (details)
  'required',
  'not_allowed',
  'invalid_value',
  'too_long',
  'too_short',
  'too_small',
  'too_large',
  'not_integer',
  'not_number',
  'not_boolean',
  'not_string',
  'not_array',
  'not_date',
  'not_email',
  'not_in_choices',
  'weak_password',
  'common_password',
  // Records and rules
  'duplicate_record',
  'referenced_record',
  'wrong_credentials',
  'login_required',
  'session_expired',
  'login_wait',
  'login_busy',
  'wrong_password',
  'edit_conflict',
  'plan_closed',
  'plan_closed_action_read_only',
  'follow_up_before_baseline',
  'follow_up_cannot_link',
  'evaluations_not_comparable',
  'crosswalk_missing',
  'coordinator_fields_only',
  'reopen_coordinator_only',
  'done_needs_comment',
  'cancel_needs_reason',
  'progress_report_empty',
  'too_many_attachments',
  'unknown_area',
  'unknown_question',
  'findings_not_improvements',
  // Evaluation import: the file as a whole
  'import_no_upload',
  'import_bad_base64',
  'import_empty',
  'import_binary',
  'import_too_large',
  'import_unsupported_format',
  'import_unreadable',
  'import_no_text_layer',
  'import_timeout',
  'import_not_kommunkompassen',
  'import_unknown_framework',
  'import_no_date',
  'import_problems',
  'import_finding_problems',
  // Evaluation import: one problem in the report (details)
  'import_unknown_code',
  'import_duplicate_code',
  'import_max_mismatch',
  'import_achieved_not_number',
  'import_achieved_negative',
  'import_achieved_over_max',
  'import_area_unknown',
  'import_area_total_twice',
  'import_area_total_out_of_range',
  'import_no_score',
  'import_bad_code',
  'import_not_number',
  'import_points_without_code',
  'import_more_problems',
  'import_no_scores',
  'import_no_header',
  'import_code_is_date',
  'import_finding_row_incomplete',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Values a translated message interpolates, e.g. `{code: "2.1", max: 15}`. */
export type ApiErrorParams = Record<string, string | number>;

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}
