/**
 * `npm run local-action`: run src/main.ts with GitHub's @github/local-action on the inputs of .env.example,
 * against the IBM Cloud API emulator that this script starts on the port .env.example names (healthy-classic)
 * and stops afterwards. `-- <env file>` runs another file (against real IBM Cloud: no emulator is started when
 * the file names no 127.0.0.1 endpoint). Exit code: local-action's.
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {start} from '../test/emulator/index.js'

const envFile = process.argv[2] ?? '.env.example'
const text = readFileSync(envFile, 'utf8')
const local = /^IBMCLOUD_IAM_API_ENDPOINT=http:\/\/127\.0\.0\.1:(\d+)\//m.exec(
  text
)
const scenario =
  /^# emulator scenario: ([\w-]+)$/m.exec(text)?.[1] ?? 'healthy-classic'

const emu = local
  ? await start(scenario, {port: Number(local[1])}).catch((e: unknown) => {
      console.error(
        `local-action: could not start the emulator on 127.0.0.1:${local[1]} (${(e as Error).message}); is one running already?`
      )
      process.exit(2)
    })
  : undefined
if (emu) console.log(`local-action: emulator ${scenario} at ${emu.baseUrl}`)

const code = await new Promise<number>(done => {
  const child = spawn(
    process.execPath,
    [
      'node_modules/@github/local-action/bin/local-action.js',
      '.',
      'src/main.ts',
      envFile
    ],
    {stdio: 'inherit'}
  )
  child.on('exit', c => done(c ?? 1))
})
await emu?.close()
process.exit(code)
