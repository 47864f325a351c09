import { z } from "zod";

/** The sign-in form: the page to go back to after it rides along. */
export const loginSchema = z.object({
  email: z.email("Enter your email address.").max(320),
  password: z.string().min(1, "Enter your password.").max(200),
  next: z.string().max(2000).optional(),
});

/** What Auth.js hands the credentials provider: the same fields, checked again on the server. */
export const credentialsSchema = loginSchema.pick({ email: true, password: true });
