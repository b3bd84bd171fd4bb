// The offset rule, checkable anywhere: every object with start, end and text in a CONTRACT
// document must satisfy text === document.text.slice(start, end).
export interface OffsetViolation {
  path: string;
  start: number;
  end: number;
  expected: string;
  found: string;
}

export function offsetViolations(doc: { text: string; [field: string]: unknown }): OffsetViolation[] {
  const violations: OffsetViolation[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      const found = doc.text.slice(o.start, o.end);
      if (o.start > o.end || o.end > doc.text.length || found !== o.text) {
        violations.push({ path, start: o.start, end: o.end, expected: o.text, found });
      }
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'text') visit(v, `${path}.${k}`);
  };
  visit(doc, '$');
  return violations;
}
