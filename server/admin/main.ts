/** Entry point of `npm run collector:admin`. */
import { runAdmin } from './cli';

process.exitCode = await runAdmin(process.argv.slice(2), process.env, (line) => console.log(line), (line) => console.error(line));
