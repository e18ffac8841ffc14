import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { API_URL, httpClient } from './api';

/** Fields the API owns: never sent back on update. */
const READ_ONLY_FIELDS = ['id', 'createdAt', 'updatedAt'];

function withoutReadOnlyFields<T extends Record<string, unknown>>(data: T): Partial<T> {
  const copy: Record<string, unknown> = { ...data };
  for (const field of READ_ONLY_FIELDS) delete copy[field];
  return copy as Partial<T>;
}

const rest = simpleRestProvider(API_URL, httpClient, 'Content-Range');

/**
 * react-admin's simple REST dialect against /api/<resource>:
 * `GET ?filter={json}&range=[0,24]&sort=["field","ASC"]` + Content-Range, and GET/PUT/DELETE /:id, POST.
 * Errors arrive as HttpError with the API's message (see api.ts) and surface in notifications.
 */
export const dataProvider: DataProvider = {
  ...rest,
  update: (resource, params) => rest.update(resource, { ...params, data: withoutReadOnlyFields(params.data) }),
  updateMany: (resource, params) => rest.updateMany(resource, { ...params, data: withoutReadOnlyFields(params.data) }),
};
