import { createTransport } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per message, so a resend after a crash is recognisable as the same email. */
  messageId: string;
  language: string;
}

/** Where emails go. Throwing means "try again later" (the job backs off). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Nodemailer over SMTP at `url` (`smtp://user:pass@host:587`, `smtps://…`), from `from`. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url);
  return {
    async send(m) {
      await transport.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        messageId: m.messageId,
        headers: { 'Content-Language': m.language },
      });
    },
    close: () => transport.close(),
  };
}
