/** A page of a list; routes marked `@ListPageResponse()` answer it as the JSON array plus Content-Range. */
export class ListPage<T> {
  constructor(
    readonly data: T[],
    readonly total: number,
    readonly start: number,
  ) {}

  /** The same page with its rows mapped, e.g. entities to API records. */
  map<R>(toRecord: (row: T) => R): ListPage<R> {
    return new ListPage(this.data.map(toRecord), this.total, this.start);
  }

  contentRange(resource: string): string {
    if (this.data.length === 0) return `${resource} */${this.total}`;
    return `${resource} ${this.start}-${this.start + this.data.length - 1}/${this.total}`;
  }

  /** A list route without `@ListPageResponse()` would send `{data,total,start}`; fail loudly instead. */
  toJSON(): never {
    throw new Error('A ListPage reached the JSON serialiser: mark its route with @ListPageResponse()');
  }
}
