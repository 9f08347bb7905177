// The one REST client builder for scripts that call Discord without a gateway connection.
import { REST } from 'discord.js';

export function restClient(token: string, apiUrl?: string): REST {
  return new REST({ version: '10', ...(apiUrl ? { api: apiUrl } : {}) }).setToken(token);
}
