import { migrate } from "@/server/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (`npm run dev` migrates the embedded database by itself.)");
  process.exit(1);
}
migrate({ connectionString: url, log: console.log })
  .then(({ applied, alreadyApplied }) => console.log(`${applied.length} applied, ${alreadyApplied} already applied`))
  .catch((error) => {
    console.error((error as Error).message);
    process.exit(1);
  });
