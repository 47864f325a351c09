import { z } from "zod";
import { ROLES } from "@/lib/domain";
import { passwordSchema } from "@/lib/auth/password";
import { listTextParam } from "./list-params";

const id = z.coerce.number({ message: "Unknown user." }).int().positive("Unknown user.");
const version = z.coerce.number().int().positive("Reload the page: this form is out of date.");

export const userFieldsSchema = z.object({
  email: z
    .email("Enter a valid email address.")
    .max(320)
    .transform((e) => e.trim().toLowerCase()),
  name: z.string().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters."),
  role: z.enum(ROLES, { message: "Choose checker, editor or admin." }),
  password: passwordSchema,
});
export type UserFields = z.infer<typeof userFieldsSchema>;

export const createUserSchema = userFieldsSchema;
export const changeRoleSchema = userFieldsSchema
  .pick({ role: true })
  .extend({ userId: id, version });
export const setDisabledSchema = z.object({ userId: id, version, disabled: z.coerce.boolean() });
export const resetPasswordSchema = userFieldsSchema.pick({ password: true }).extend({ userId: id });
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(200),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    message: "The new passwords do not match.",
    path: ["confirmPassword"],
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    message: "Choose a password different from the current one.",
    path: ["newPassword"],
  });

/** What the users page reads from its address: a search and a keyset cursor (an email) either way. */
export const userListQuerySchema = z
  .object({
    q: listTextParam("The search", 200),
    after: listTextParam("The page", 320),
    before: listTextParam("The page", 320),
  })
  .refine((v) => v.after === undefined || v.before === undefined, {
    message: "This page address is not valid: start again from the first page.",
    path: ["after"],
  });
