import type { HelpdeskTimes } from '../ticket/helpdesk-times';
import {
  fetchLatestComments,
  fetchZendeskTicket,
  type ZendeskApiComment,
  type ZendeskApiOptions,
  type ZendeskApiTicket,
  type ZendeskCommentList,
} from './zendesk-api';

/** Comments a trigger, an automation or a bot wrote: they fulfil no reply target (issue #4). */
function isAutomatic(comment: ZendeskApiComment): boolean {
  const channel = comment.via?.channel ?? '';
  return channel === 'rule' || channel === 'automation' || channel.startsWith('answer_bot');
}

function newest(comments: readonly ZendeskApiComment[]): string | undefined {
  let latest: ZendeskApiComment | undefined;
  for (const comment of comments)
    if (!latest || Date.parse(comment.created_at) > Date.parse(latest.created_at)) latest = comment;
  return latest === undefined ? undefined : new Date(latest.created_at).toISOString();
}

/**
 * The instants a countdown needs, from the ticket and its latest comments. A customer message is
 * one by the requester or another end-user; a reply is a public comment by an agent or admin,
 * written by a person: internal notes and automatic comments do not count.
 */
export function ticketTimesFromApi(
  ticket: ZendeskApiTicket,
  { comments, users }: ZendeskCommentList,
): HelpdeskTimes {
  const roles = new Map(users.map((user) => [user.id, user.role]));
  const byCustomer = comments.filter(
    (comment) => comment.author_id === ticket.requester_id || roles.get(comment.author_id) === 'end-user',
  );
  const agentReplies = comments.filter((comment) => {
    const role = roles.get(comment.author_id);
    return comment.public && (role === 'agent' || role === 'admin') && !isAutomatic(comment);
  });
  const times: HelpdeskTimes = { createdAt: new Date(ticket.created_at).toISOString() };
  const customerWrote = newest(byCustomer);
  const agentReplied = newest(agentReplies);
  if (customerWrote !== undefined) times.lastCustomerMessageAt = customerWrote;
  if (agentReplied !== undefined) times.lastAgentReplyAt = agentReplied;
  return times;
}

/** Two requests with the agent's session: the ticket, and its latest comments with their authors. */
export async function fetchZendeskTicketTimes(
  origin: string,
  ticketId: string,
  options: ZendeskApiOptions = {},
): Promise<HelpdeskTimes> {
  const [ticket, comments] = await Promise.all([
    fetchZendeskTicket(origin, ticketId, options),
    fetchLatestComments(origin, ticketId, options),
  ]);
  return ticketTimesFromApi(ticket, comments);
}
