// Attributes that exist only on the Terraform side of core entities.
import { z } from "zod";
import { deriveAttributes, type AttributeFacts, type JsonSchema } from "./derive.ts";
import type { TfAttribute, TfSchema } from "./types.ts";

export function controlPlaneIdAttribute(): TfAttribute {
  return {
    name: "control_plane_id",
    type: "string",
    required: true,
    requiresReplace: true,
    description: "The control plane this entity belongs to. Changing it replaces the entity.",
  };
}

/**
 * Facts every core entity shares with the official provider: server-set id and timestamps.
 * A configured id that changes names another object: PUT to the old id cannot move it, so the
 * change replaces (updating in place recorded the new id in state and orphaned the old object).
 */
export const CORE_ENTITY_FACTS = {
  computed: ["id", "created_at", "updated_at"],
  volatile: ["updated_at"],
  requiresReplace: ["id"],
} satisfies AttributeFacts;

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** A core entity's schema: control_plane_id plus everything derived from its contract body. */
export function coreEntitySchema(contract: z.ZodType, facts: AttributeFacts, description: string): TfSchema {
  const merged: AttributeFacts = {
    ...facts,
    computed: [...CORE_ENTITY_FACTS.computed, ...(facts.computed ?? [])],
    volatile: [...CORE_ENTITY_FACTS.volatile, ...(facts.volatile ?? [])],
    requiresReplace: [...CORE_ENTITY_FACTS.requiresReplace, ...(facts.requiresReplace ?? [])],
  };
  return { version: 0, description, attributes: [controlPlaneIdAttribute(), ...deriveAttributes(jsonSchemaOf(contract), merged)] };
}
