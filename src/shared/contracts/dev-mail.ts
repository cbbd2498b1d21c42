import { z } from 'zod';

/** DEVELOPMENT ONLY: the database mailbox (GET /api/dev/mail), for the server and the web. */
export const devMailSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  template: z.string(),
  locale: z.string(),
  createdAt: z.iso.datetime(),
});
export type DevMail = z.infer<typeof devMailSchema>;
export const devMailListSchema = z.object({ mails: z.array(devMailSchema) });
