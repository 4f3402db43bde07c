/** The shape of a UUID, as ids are written in paths, queries and references. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is shaped like a UUID. */
export const isUuid = (value: string): boolean => UUID.test(value);
