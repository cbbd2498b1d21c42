import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every e-mail the system sends. With the database transport (embedded default, development) this is
 * the mailbox shown at the development-only page; with SMTP it is the delivery log.
 */
export const sentMail = pgTable(
  'sent_mail',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    template: text('template').notNull(),
    locale: text('locale').notNull(),
    transport: text('transport', { enum: ['database', 'smtp'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    error: text('error'),
  },
  (table) => [index('sent_mail_to').on(table.toAddress, table.createdAt)],
);
