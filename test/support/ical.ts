/** Just enough RFC 5545 to check a feed: unfold lines, split into components, read properties. */
export function parseIcs(text: string): { calendar: Record<string, string>; events: Record<string, string>[] } {
  if (!text.startsWith('BEGIN:VCALENDAR')) throw new Error('not an iCalendar document');
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n/)
    .filter(Boolean);
  const calendar: Record<string, string> = {};
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  let depth = 0;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (line.startsWith('BEGIN:')) depth += 1;
    else if (line.startsWith('END:')) depth -= 1;
    else {
      const colon = line.indexOf(':');
      if (colon < 0) throw new Error(`malformed line: ${line}`);
      const name = line.slice(0, colon).split(';')[0];
      const value = line
        .slice(colon + 1)
        .replace(/\\n/g, '\n')
        .replace(/\\([,;\\])/g, '$1');
      (current ?? calendar)[name] = value;
    }
  }
  if (depth !== 0) throw new Error('unbalanced BEGIN/END');
  return { calendar, events };
}
