/**
 * The type of the options a rule gets, read from its options schema (written `as const`), so that the type and the
 * schema cannot disagree: each option has the type its schema allows, and is always there when the schema gives it a
 * `default` (ajv fills it in) or lists it in `required`, else optional. It reads `type`, `enum`, `items`,
 * `properties`, `required`, `default`, `additionalProperties`, and `minItems` equal to `maxItems`; other keywords narrow nothing here.
 */
export type OptionsOf<Schema> = Schema extends { enum: readonly (infer Value)[] }
  ? Value
  : Schema extends { type: 'string' }
    ? string
    : Schema extends { type: 'integer' | 'number' }
      ? number
      : Schema extends { type: 'boolean' }
        ? boolean
        : Schema extends { type: 'array'; items: infer Item }
          ? Schema extends { minItems: infer Length extends number; maxItems: infer Length extends number }
            ? Tuple<OptionsOf<Item>, Length>
            : OptionsOf<Item>[]
          : Schema extends { type: 'object' }
            ? Mapping<Schema>
            : unknown;

type Mapping<Schema> = Flat<
  (Schema extends { properties: infer Properties }
    ? { -readonly [Key in keyof Properties as Key extends Present<Schema, Properties> ? Key : never]: OptionsOf<Properties[Key]> } & {
        -readonly [Key in keyof Properties as Key extends Present<Schema, Properties> ? never : Key]?: OptionsOf<Properties[Key]>;
      }
    : unknown) &
    (Schema extends { additionalProperties: infer Other extends object } ? Record<string, OptionsOf<Other>> : unknown)
>;

/** The properties always there: required, or with a default. */
type Present<Schema, Properties> =
  | (Schema extends { required: readonly (infer Name)[] } ? Name : never)
  | { [Key in keyof Properties]: Properties[Key] extends { default: unknown } ? Key : never }[keyof Properties];

/** A list of a fixed length, as `minItems` and `maxItems` equal say: `[string, string]`. */
type Tuple<Item, Length extends number, Items extends Item[] = []> = Items['length'] extends Length ? Items : Tuple<Item, Length, [...Items, Item]>;

type Flat<T> = { [Key in keyof T]: T[Key] };
