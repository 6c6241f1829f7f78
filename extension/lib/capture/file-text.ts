/** Which files are scanned like a prompt: text formats people paste data and code from. */
const TEXT_EXTENSIONS = new Set([
  'txt', 'csv', 'tsv', 'json', 'jsonl', 'md', 'markdown', 'log', 'xml', 'yaml', 'yml', 'toml', 'ini', 'env', 'conf', 'cfg',
  'sql', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'py', 'rb', 'go', 'rs', 'java', 'kt', 'cs', 'c', 'h', 'cpp', 'hpp',
  'php', 'swift', 'sh', 'bash', 'ps1', 'tf', 'pem', 'key', 'html', 'css',
]);
const TEXT_TYPES = /^(text\/|application\/(json|xml|x-yaml|yaml|javascript|x-sh|sql|x-pem-file))/;

export function isTextLike(file: File): boolean {
  if (TEXT_TYPES.test(file.type)) return true;
  const dot = file.name.lastIndexOf('.');
  return dot >= 0 && TEXT_EXTENSIONS.has(file.name.slice(dot + 1).toLowerCase());
}

export const fileMeta = (file: File) => ({ name: file.name, type: file.type, size: file.size });
