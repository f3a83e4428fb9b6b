/**
 * `careerdiff resolve --batch`: codes stdin row by row (src/resolve/batch-read.ts reads lines, CSV or TSV);
 * output is written in blocks and waits for a slow reader (back-pressure). Loaded only for --batch.
 */
import {
  type BatchInput,
  type BatchRow,
  csvHeader,
  formatRow,
  type InputKind,
  type OutputFormat,
} from '../resolve/batch.js';
import { readBatch } from '../resolve/batch-read.js';
import type { CommandArgs } from './command.js';

async function* chunksOf(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream as AsyncIterable<Buffer | string>)
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

export async function batch(
  code: (row: BatchInput) => BatchRow,
  format: OutputFormat,
  input: InputKind | 'auto',
  io: CommandArgs['io'],
): Promise<number> {
  let buf: string[] = format === 'csv' ? [csvHeader()] : [];
  const flush = async () => {
    if (buf.length === 0) return;
    const ok = io.stdout.write(`${buf.join('\n')}\n`);
    buf = [];
    if (!ok) await new Promise<void>((done) => io.stdout.once('drain', () => done()));
  };
  try {
    for await (const row of readBatch(chunksOf(io.stdin), input)) {
      buf.push(formatRow(code(row), format));
      if (buf.length >= 512) await flush();
    }
  } finally {
    await flush();
  }
  return 0;
}
