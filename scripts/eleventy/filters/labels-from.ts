/** `{{ entry.themes | labelsFrom(observatoire.themes) }}` → the French labels of controlled values. */
export function labelsFrom(slugs: readonly string[], labels: Readonly<Record<string, string>>): string[] {
  return slugs.map((slug) => labels[slug] ?? slug);
}
