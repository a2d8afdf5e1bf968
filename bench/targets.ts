// The targets of issue 7, checked against measured figures. A target measured
// at another size than it names says so in `note`.

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  /** Null when the figure could not be measured in this run. */
  pass: boolean | null;
  note?: string;
}

function check(
  name: string,
  comparison: '≤' | '≥',
  limit: number,
  value: number,
  unit: string,
  note?: string,
): TargetCheck {
  return {
    name,
    target: `${comparison} ${limit} ${unit}`,
    measured: `${round(value)} ${unit}`,
    pass: comparison === '≤' ? value <= limit : value >= limit,
    note,
  };
}

export function atMost(
  name: string,
  limit: number,
  value: number,
  unit: string,
  note?: string,
): TargetCheck {
  return check(name, '≤', limit, value, unit, note);
}

export function atLeast(
  name: string,
  limit: number,
  value: number,
  unit: string,
  note?: string,
): TargetCheck {
  return check(name, '≥', limit, value, unit, note);
}

export function round(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
