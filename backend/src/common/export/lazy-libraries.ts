/**
 * Libraries only imports, exports and reports need, loaded on first use. Each costs 20–30 MB of RSS once
 * required, and most processes never build a workbook: the API's resting memory is what a small server pays for.
 * `require`, not `import()`: under `module: nodenext` a dynamic import stays one at run time, which jest's
 * CommonJS runtime cannot follow.
 */
export const loadExcelJs = async (): Promise<typeof import('exceljs')> =>
  require('exceljs') as typeof import('exceljs');
