import "server-only";
import { sendMail } from "@/server/mail/send-mail";

export async function sendSignInLink(options: { email: string; url: string; expires: Date }): Promise<void> {
  const minutes = Math.max(1, Math.round((options.expires.getTime() - Date.now()) / 60_000));
  await sendMail({
    to: options.email,
    subject: "Your sign-in link for the West Yorkshire Creative Health Directory",
    text: [
      "Use this link to sign in to the West Yorkshire Creative Health Directory:",
      "",
      options.url,
      "",
      `The link works once and expires in ${minutes} minutes.`,
      "If you did not ask to sign in, you can ignore this email.",
    ].join("\n"),
    html: `<p>Use this link to sign in to the West Yorkshire Creative Health Directory:</p>
<p><a href="${options.url}">Sign in</a></p>
<p>The link works once and expires in ${minutes} minutes. If you did not ask to sign in, you can ignore this email.</p>`,
  });
}
