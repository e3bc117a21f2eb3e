/**
 * Run the emulator by hand:
 *   npx tsx test/emulator/cli.ts --scenario healthy-classic [--port 8080] [--latency-ms 50]
 *   npx tsx test/emulator/cli.ts --list
 */
import {listScenarios, loadScenario, start} from './index.js'

function usage(): never {
  console.error(
    'usage: tsx test/emulator/cli.ts --scenario NAME [--port N] [--latency-ms N] | --list'
  )
  process.exit(2)
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  let scenario: string | undefined
  let port: number | undefined
  let latencyMs: number | undefined
  const num = (flag: string, v: string | undefined): number => {
    const n = Number(v)
    if (v === undefined || !Number.isInteger(n) || n < 0) {
      console.error(
        `${flag} needs a non-negative integer, got ${JSON.stringify(v)}`
      )
      usage()
    }
    return n
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--list') {
      for (const name of listScenarios())
        console.log(`${name.padEnd(28)} ${loadScenario(name).description}`)
      return
    } else if (a === '--scenario') scenario = args[++i]
    else if (a === '--port') port = num(a, args[++i])
    else if (a === '--latency-ms') latencyMs = num(a, args[++i])
    else if (a === '--help' || a === '-h') usage()
    else {
      console.error(`unknown argument ${a}`)
      usage()
    }
  }
  if (!scenario) usage()
  const emu = await start(scenario, {
    ...(port !== undefined ? {port} : {}),
    ...(latencyMs !== undefined ? {latencyMs} : {})
  })
  for (const [k, v] of Object.entries(emu.env)) console.log(`export ${k}=${v}`)
  console.log(`# scenario ${emu.scenario.name}: ${emu.scenario.description}`)
  console.log(
    `# pipeline API key: export IBMCLOUD_API_KEY=${emu.scenario.pipelineKey}`
  )
  if (emu.scenario.target)
    console.log(`# target: ${JSON.stringify(emu.scenario.target)}`)
  console.log('# Ctrl-C to stop')
  const stop = (): void => {
    void emu.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  console.error((err as Error).message)
  process.exit(1)
})
