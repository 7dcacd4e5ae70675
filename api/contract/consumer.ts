// Consumers: identities plugins can attach to. One of username / custom_id is required.
import { z } from "zod";
import { Tags, UnixSeconds, Uuid, optional } from "./common.ts";

const consumerFields = {
  id: Uuid.nullish(),
  username: optional(z.string().min(1).max(256)),
  custom_id: optional(z.string().min(1).max(256)),
  tags: Tags,
  created_at: UnixSeconds.nullish(),
  updated_at: UnixSeconds.nullish(),
};

export const ConsumerInput = z.strictObject(consumerFields).superRefine((c, ctx) => {
  if (!c.username && !c.custom_id) ctx.addIssue({ code: "custom", path: ["username"], message: "at least one of username or custom_id is required" });
});
export type ConsumerInput = z.input<typeof ConsumerInput>;

export const Consumer = z.strictObject({ ...consumerFields, id: Uuid, created_at: UnixSeconds, updated_at: UnixSeconds });
export type Consumer = z.output<typeof Consumer>;
