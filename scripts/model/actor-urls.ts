/** The look-up from an actor's normalised name to its page, shared by the `actorUrl` filter and the preview. */

/** The page of the actor under `key` (its normalised name); an inherited key (« constructor ») is no actor. */
export function actorUrlByKey(key: string, actorUrls: Readonly<Record<string, string>>): string | undefined {
  return Object.hasOwn(actorUrls, key) ? actorUrls[key] : undefined;
}
