import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/**
 * Mail through the SMTP server of `SMTP_URL` (`smtp://user:pass@host:587`, `smtps://…`;
 * nodemailer reads the rest of its options from the address), from `SMTP_FROM`.
 */
export const smtpMailer = (url: string, from = 'politburo <politburo@localhost>'): Mailer => {
  const transport = nodemailer.createTransport(url);
  return {
    send: async (m) => {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
    close: () => transport.close(),
  };
};
