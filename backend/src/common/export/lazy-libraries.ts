/**
 * Libraries only imports, exports and reports need, loaded on first use. Each costs 20–30 MB of RSS once
 * required, and most processes never build a workbook: the API's resting memory is what a small server pays for.
 */
export const loadExcelJs = (): Promise<typeof import('exceljs')> => import('exceljs').then((m) => ('Workbook' in m ? m : (m as { default: typeof import('exceljs') }).default));
