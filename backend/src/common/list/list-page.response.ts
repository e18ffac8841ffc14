import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { map, Observable } from 'rxjs';
import { ListPage } from './list-page';

/**
 * Answers a returned ListPage with a bare array and `Content-Range: <resource> a-b/total` (react-admin's simple
 * REST protocol). Applied per list route rather than globally, so other routes do not run its pipeline. It talks
 * to the response through Nest's HTTP adapter, so it works the same on Express and Fastify.
 */
@Injectable()
export class ListPageInterceptor implements NestInterceptor {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    return next.handle().pipe(
      map((body: unknown) => {
        if (!(body instanceof ListPage)) return body;
        const adapter = this.adapterHost.httpAdapter;
        const resource = resourceName(String(adapter.getRequestUrl(http.getRequest())));
        adapter.setHeader(http.getResponse(), 'Content-Range', body.contentRange(resource));
        const rows: unknown[] = body.data;
        return rows;
      }),
    );
  }
}

/** Marks a route whose handler returns a ListPage. */
export const ListPageResponse = (): MethodDecorator & ClassDecorator =>
  applyDecorators(UseInterceptors(ListPageInterceptor));

/** `/api/action-plans?range=[0,9]` → `action-plans`; the last path segment that is not an id. */
export function resourceName(url: string): string {
  const path = url.split('?', 1)[0];
  const segments = path.split('/').filter((s) => s && !/^\d+$/.test(s));
  return segments[segments.length - 1] ?? 'items';
}
