import { normaliseActorName } from "../../text/actor-name.ts";

/** `{{ name | actorUrl(observatoire.indexes.actorUrls) }}` → the actor's page, whatever the spelling used. */
export function actorUrl(name: string, actorUrls: Readonly<Record<string, string>>): string | undefined {
  return actorUrls[normaliseActorName(name)];
}
