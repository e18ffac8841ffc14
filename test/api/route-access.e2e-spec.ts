import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type Access } from '../../backend/src/auth/access.decorators';
import { startTestApp, TestApp } from '../support/test-app';

/** Every route of the application, read from Nest's own route table. */
export function routeTable(t: TestApp) {
  const scanner = new MetadataScanner();
  const reflector = t.app.get(Reflector);
  const controllers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  return controllers.flatMap((wrapper) => {
    const instance = wrapper.instance as object;
    const prototype = Object.getPrototypeOf(instance);
    const base = reflector.get<string>(PATH_METADATA, wrapper.metatype as object);
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      const method = reflector.get<RequestMethod>(METHOD_METADATA, handler);
      if (method === undefined) return [];
      const path = reflector.get<string>(PATH_METADATA, handler);
      const access = reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [handler, wrapper.metatype as object]);
      return [{ route: `${RequestMethod[method]} /api/${[base, path].filter((p) => p && p !== '/').join('/')}`, access }];
    });
  });
}

describe('route classification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('classifies every route as public or for named roles', () => {
    const routes = routeTable(t);
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => !r.access).map((r) => r.route)).toEqual([]);
  });

  it('keeps the public surface to health, login and the calendar feed', () => {
    const open = routeTable(t).filter((r) => r.access?.public).map((r) => r.route).sort();
    expect(open).toEqual(['GET /api/calendar/:file', 'GET /api/health', 'POST /api/auth/login']);
  });
});
