import { z } from 'zod';

import { defineStoredItem } from '../storage/stored-item';

/** Who is answering: the name snippets sign with (`{{agent.name}}`) and the team packs scope snippets to. */
export const agentProfileSchema = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  /** A team id as packs name them in a snippet's `teams`. */
  team: z.string().trim().min(1).max(80).optional(),
});

export type AgentProfile = z.infer<typeof agentProfileSchema>;

export const agentProfileItem = defineStoredItem<AgentProfile>({
  area: 'local',
  key: 'agentProfile',
  schema: agentProfileSchema,
  fallback: () => ({}),
});
