import { z } from "zod";

export const publicClaimsSchema = z.object({
  enabled: z.boolean({ message: "enabled must be true or false." }),
});
