/**
 * A printed command as data: the tool, its plugin, the command path, positional arguments and flags.
 * Built only by the builders in src/commands/, rendered to text only by `renderCommand`, so no channel
 * (the CLI's input-to-flag wording, markdown, annotations) can rewrite inside one. It lives with the
 * messages because a sentence may carry a command as a parameter and the message layer renders it.
 */
export interface Command {
  readonly kind: 'command'
  readonly tool: 'ibmcloud' | 'iks-preflight' | 'terraform' | 'kubectl' | 'oc'
  /** The container-service plugin: `ks` for IKS, `oc` for Red Hat OpenShift on IBM Cloud. */
  readonly plugin?: 'ks' | 'oc'
  /** The command path after the tool (and plugin): ['worker-pool', 'create', 'classic']. */
  readonly path: readonly string[]
  /** Positional arguments, after the path. */
  readonly args: readonly string[]
  /** Flags in order; a flag without a value is a switch. */
  readonly flags: ReadonlyArray<readonly [flag: string, value?: string]>
}

export function isCommand(v: unknown): v is Command {
  return (
    typeof v === 'object' && v !== null && (v as Command).kind === 'command'
  )
}

/** Quote a value for a POSIX shell command when it holds anything beyond plain identifier characters. */
export function sh(value: string): string {
  return /^[A-Za-z0-9._:@/=+,-]+$/.test(value)
    ? value
    : `'${value.replace(/'/g, `'\\''`)}'`
}

/** A `<placeholder>` stays as it is for the user to fill; anything else is shell-quoted. */
const PLACEHOLDER = /^[A-Za-z0-9_.-]*<[A-Za-z][A-Za-z0-9 -]*>[A-Za-z0-9_.-]*$/
export const arg = (value: string): string =>
  PLACEHOLDER.test(value) ? value : sh(value)

/** The one place a command becomes text. */
export function renderCommand(c: Command): string {
  return [
    c.tool,
    ...(c.plugin ? [c.plugin] : []),
    ...c.path,
    ...c.args.map(arg),
    ...c.flags.flatMap(([flag, value]) =>
      value === undefined ? [flag] : [flag, arg(value)]
    )
  ].join(' ')
}
