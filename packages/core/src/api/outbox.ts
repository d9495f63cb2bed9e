/**
 * The desk's view of the notification outbox (agent credential): messages that could not be
 * delivered ("dead") and their retry.
 * @module
 */
import * as z from 'zod/mini';
import { InstantSchema } from './primitives';

/** Channels of the outbox. */
export const OUTBOX_CHANNELS = ['email', 'sms', 'webhook', 'action'] as const;

/** One message the delivery worker gave up on. */
export const DeadMessageSchema = z.lazy(() =>
  z.object({
    /** The outbox row id (path parameter of the retry). */
    id: z.int().check(z.minimum(1)),
    /** Stable id (the email's `Message-ID` local part, the webhook's `webhook-id`). */
    messageId: z.string().check(z.minLength(1), z.maxLength(200)),
    channel: z.enum(OUTBOX_CHANNELS),
    /** Address, phone number, or webhook endpoint id. */
    recipient: z.string().check(z.minLength(1), z.maxLength(500)),
    /** Template code or event type. */
    template: z.string().check(z.minLength(1), z.maxLength(200)),
    attempts: z.int().check(z.minimum(0)),
    createdAt: InstantSchema,
    deadAt: InstantSchema,
    /** Why the last attempt failed. */
    lastError: z.nullable(z.string().check(z.maxLength(2100))),
  }),
);
/** One dead message. */
export type DeadMessage = z.output<typeof DeadMessageSchema>;

/** Answer of `GET /v1/desk/outbox/dead`: newest death first. */
export const DeadMessagesSchema = z.lazy(() => z.object({ items: z.array(DeadMessageSchema) }));
/** The dead messages. */
export type DeadMessages = z.output<typeof DeadMessagesSchema>;

/** Answer of `POST /v1/desk/outbox/dead/{id}/retry`: the message is pending again, due now. */
export const DeadMessageRetrySchema = z.lazy(() =>
  z.object({ id: z.int().check(z.minimum(1)), retried: z.literal(true) }),
);
/** The retry's answer. */
export type DeadMessageRetry = z.output<typeof DeadMessageRetrySchema>;
