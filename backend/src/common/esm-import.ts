import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

/**
 * Loads an ESM-only package (openid-client, oidc-provider) from this CommonJS code. A plain `import()` is compiled
 * to `require` by the test transform and is refused inside jest's module sandbox; a function compiled in the main
 * context with Node's default loader behaves the same in the built server and under jest.
 */
const importInMainContext = vm.runInThisContext('(specifier) => import(specifier)', {
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
}) as (specifier: string) => Promise<unknown>;

export async function importEsm<T>(packageName: string): Promise<T> {
  return (await importInMainContext(pathToFileURL(require.resolve(packageName)).href)) as T;
}
