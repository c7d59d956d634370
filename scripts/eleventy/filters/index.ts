/** Registers the template filters, one per file. */
import { actorUrl } from "./actor-url.ts";
import { dossierMap, franceMap } from "./france-map.ts";
import { frenchDate } from "./french-date.ts";
import { frenchPeriod } from "./french-period.ts";
import { frenchNumber } from "./french-number.ts";
import { editUrl } from "./edit-url.ts";
import { labelsFrom } from "./labels-from.ts";
import { plural } from "./plural.ts";
import { scaleLabel } from "./scale-label.ts";
import { sitemapUrls } from "./sitemap-urls.ts";
import { typeLabel } from "./type-label.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerFilters(config: any): void {
  config.addFilter("actorUrl", actorUrl);
  config.addFilter("dossierMap", dossierMap);
  config.addFilter("franceMap", franceMap);
  config.addFilter("frenchDate", frenchDate);
  config.addFilter("frenchPeriod", frenchPeriod);
  config.addFilter("frenchNumber", frenchNumber);
  config.addFilter("editUrl", editUrl);
  config.addFilter("labelsFrom", labelsFrom);
  config.addFilter("plural", plural);
  config.addFilter("scaleLabel", scaleLabel);
  config.addFilter("sitemapUrls", sitemapUrls);
  config.addFilter("typeLabel", typeLabel);
}
