import type { Role } from "../../common/api.js";
import type { Db } from "../../server/db/client.js";
import { registerUser } from "../../server/modules/users/service.js";
import { ApiClient, strongPassword, uniqueEmail } from "./api-client.js";

/** Creates an account with a platform role directly, then logs it in through the API. */
export async function clientWithRole(db: Db, baseUrl: string, role: Role, name = `حساب ${role}`) {
  const email = uniqueEmail(role);
  const user = await registerUser(db, { email, name, password: strongPassword }, role);
  const client = new ApiClient(baseUrl);
  const answer = await client.post("/api/auth/login", { email, password: strongPassword });
  if (answer.status !== 200) throw new Error(`login failed: ${JSON.stringify(answer.body)}`);
  return { client, user, email };
}
