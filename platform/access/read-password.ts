import type { Readable } from 'node:stream';

/**
 * The password for `--add-user`, never from the command line (where every user of the machine sees it in the
 * process list): typed at a prompt without echo, twice, when stdin is a terminal; otherwise the first line of
 * stdin (`printf '%s\n' "$PASSWORD" | npm run platform -- --add-user …`, for scripts and tests).
 */
export async function readPassword(input: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (input.isTTY !== true) return firstLine(input);
  const first = await prompt(input, '密码：');
  const again = await prompt(input, '再次输入密码：');
  if (first !== again) throw new Error('两次输入的密码不一致');
  return first;
}

async function firstLine(input: Readable): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** One line from the terminal without echo; Ctrl-C or Ctrl-D gives up. */
function prompt(input: NodeJS.ReadStream, question: string): Promise<string> {
  process.stderr.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error: Error | null): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error === null) resolve(typed);
      else reject(error);
    };
    const onData = (keys: string): void => {
      for (const key of keys) {
        if (key === '\r' || key === '\n') return finish(null);
        if (key === '\u0003' || key === '\u0004') return finish(new Error('已取消'));
        if (key === '\u007f' || key === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += key;
      }
    };
    input.on('data', onData);
  });
}
