/** A page of a list; `answerListPages` turns it into the JSON array plus the Content-Range header. */
export class ListPage<T> {
  constructor(
    readonly data: T[],
    readonly total: number,
    readonly start: number,
  ) {}

  contentRange(resource: string): string {
    if (this.data.length === 0) return `${resource} */${this.total}`;
    return `${resource} ${this.start}-${this.start + this.data.length - 1}/${this.total}`;
  }
}
