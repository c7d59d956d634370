const formatter = new Intl.NumberFormat("fr-FR");

/** `{{ 10000 | frenchNumber }}` → « 10 000 », with the narrow no-break space French uses. */
export function frenchNumber(value: number): string {
  return formatter.format(value);
}
