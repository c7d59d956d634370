/** `{{ count | plural("dynamique", "dynamiques") }}` → « 1 dynamique », « 3 dynamiques », « 0 dynamique ». */
export function plural(count: number, singular: string, pluralForm: string): string {
  // In French, zero and one take the singular.
  return `${count} ${count > 1 ? pluralForm : singular}`;
}
