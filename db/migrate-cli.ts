import { getDb, closeDb } from "./index";
import { env } from "@/lib/env";

getDb();
closeDb();
console.log(`Migrated ${env().DATABASE_FILE}`);
