import { normaliseActorName } from "../../text/actor-name.ts";

/** `{{ name | actorUrl(observatoire.indexes.actorUrls) }}` → the actor's page, whatever the spelling used. */
export function actorUrl(name: string, actorUrls: Readonly<Record<string, string>>): string | undefined {
  return actorUrlByKey(normaliseActorName(name), actorUrls);
}

/** The look-up behind `actorUrl`, by normalised name; an inherited key (« constructor ») is no actor. */
export function actorUrlByKey(key: string, actorUrls: Readonly<Record<string, string>>): string | undefined {
  return Object.hasOwn(actorUrls, key) ? actorUrls[key] : undefined;
}
