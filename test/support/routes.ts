import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type Access } from '../../backend/src/auth/access.decorators';
import type { TestApp } from './test-app';

export interface RouteEntry {
  method: string;
  path: string;
  route: string;
  access: Access | undefined;
}

/** Every route of the application, read from Nest's own route table. */
export function routeTable(t: TestApp): RouteEntry[] {
  const scanner = new MetadataScanner();
  const reflector = t.app.get(Reflector);
  const controllers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  return controllers.flatMap((wrapper) => {
    const instance = wrapper.instance;
    const prototype = Object.getPrototypeOf(instance);
    const base = reflector.get<string>(PATH_METADATA, wrapper.metatype as NonNullable<typeof wrapper.metatype>);
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      const method = reflector.get<RequestMethod>(METHOD_METADATA, handler);
      if (method === undefined) return [];
      const path = reflector.get<string>(PATH_METADATA, handler);
      const access = reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [handler, wrapper.metatype as object]);
      const local = [base, path].filter((p) => p && p !== '/').join('/');
      // The global prefix excludes the residents' page (app.setup.ts).
      const fullPath = local.startsWith('oppet') ? `/${local}` : `/api/${local}`;
      return [{ method: RequestMethod[method], path: fullPath, route: `${RequestMethod[method]} ${fullPath}`, access }];
    });
  });
}
