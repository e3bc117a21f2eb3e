declare module 'proxy-from-env' {
  /** The proxy URL for `url` from HTTP(S)_PROXY / NO_PROXY (either case), or '' for a direct connection. */
  export function getProxyForUrl(url: string): string
}
