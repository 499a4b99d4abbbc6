import type { Channel, Priority, TicketStatus } from './fields';

/** How the panel names the snapshot's values to the agent. */
export const channelLabels: Record<Channel, string> = {
  email: 'Email',
  phone: 'Phone',
  chat: 'Chat',
  messaging: 'Messaging',
  web: 'Web form',
  social: 'Social',
  api: 'API',
  other: 'Other channel',
};

export const priorityLabels: Record<Priority, string> = {
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  urgent: 'Urgent',
};

export const statusLabels: Record<TicketStatus, string> = {
  new: 'New',
  open: 'Open',
  pending: 'Pending',
  'on-hold': 'On-hold',
  solved: 'Solved',
  closed: 'Closed',
};

/** "#4512" for Zendesk, "Case 00104217" for Salesforce: as agents quote them. */
export function ticketReference(helpdesk: string, ticketId: string): string {
  return helpdesk === 'salesforce' ? `Case ${ticketId}` : `#${ticketId}`;
}
