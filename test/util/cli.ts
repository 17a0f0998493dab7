import {spawn} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/**
 * Exit code and output of one CLI run.
 */
export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

const root = path.join(__dirname, '..', '..')
const cli = path.join(root, 'src', 'cli', 'index.ts')

/**
 * Run the CLI from source (so a test never runs a stale build).
 *
 * @param args
 *   Arguments.
 * @param input
 *   Stdin (default: none, closed).
 * @returns
 *   Exit code and output.
 */
export function run(args: Array<string>, input: string | Uint8Array = ''): Promise<Run> {
  return new Promise(function (resolve, reject) {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {cwd: root})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(input)
  })
}

/**
 * A temporary folder, and a function that writes files into it.
 *
 * @param prefix
 *   Name prefix of the folder.
 * @returns
 *   The folder and `file(name, value)`, which writes and returns a path.
 */
export function scratchFolder(prefix: string): {folder: string; file: (name: string, value: string) => string} {
  const folder = mkdtempSync(path.join(tmpdir(), prefix))
  return {folder, file}

  function file(name: string, value: string): string {
    const result = path.join(folder, name)
    writeFileSync(result, value)
    return result
  }
}
