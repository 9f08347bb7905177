// Our embeds and components are already in Discord's API shape. Given plain objects, discord.js
// walks each one to convert its keys to snake_case on every reply; given an object with toJSON (as
// its builders are), it sends that as it is.
export function asApi<T>(data: T): { toJSON(): T } {
  return { toJSON: () => data };
}
