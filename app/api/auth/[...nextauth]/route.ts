export { GET, POST } from "@/app/_lib/auth-handlers";
