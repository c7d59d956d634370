import { normaliseActorName } from "../../text/actor-name.ts";
import { actorUrlByKey } from "../../model/actor-urls.ts";

/** `{{ name | actorUrl(observatoire.indexes.actorUrls) }}` → the actor's page, whatever the spelling used. */
export function actorUrl(name: string, actorUrls: Readonly<Record<string, string>>): string | undefined {
  return actorUrlByKey(normaliseActorName(name), actorUrls);
}
