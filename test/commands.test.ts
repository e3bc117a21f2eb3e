import {arg, cmd, renderCommand} from '../src/commands/ibmcloud.js'

describe('command builders', () => {
  test('values are shell-quoted, placeholders are left for the user to fill', () => {
    expect(arg('us-south')).toBe('us-south')
    expect(arg("it's; rm -rf /")).toBe(`'it'\\''s; rm -rf /'`)
    expect(arg('<region>')).toBe('<region>')
    expect(arg('iks-<cluster-id>')).toBe('iks-<cluster-id>')
    // Not a placeholder: anything that could do more than stand for a value is quoted.
    expect(arg('<a>;<b>')).toBe(`'<a>;<b>'`)
    expect(arg('$(id)<x>')).toBe(`'$(id)<x>'`)
  })

  test("the commands of IBM's troubleshooting page, exactly", () => {
    expect(renderCommand(cmd.credentialSetClassic('eu-de'))).toBe(
      'ibmcloud ks credential set classic --infrastructure-username <classic-username> --infrastructure-api-key <classic-api-key> --region eu-de'
    )
    expect(renderCommand(cmd.credentialUnset('us-south'))).toBe(
      'ibmcloud ks credential unset --region us-south'
    )
    expect(renderCommand(cmd.masterRefresh('c1'))).toBe(
      'ibmcloud ks cluster master refresh -c c1'
    )
    expect(renderCommand(cmd.workerReplace('c1', 'kube-c1-w1'))).toBe(
      'ibmcloud ks worker replace --cluster c1 --worker kube-c1-w1'
    )
    expect(renderCommand(cmd.target({region: 'us-south'}))).toBe(
      'ibmcloud target -r us-south'
    )
    expect(
      renderCommand(cmd.target({region: 'us-south', group: 'My Group'}))
    ).toBe("ibmcloud target -r us-south -g 'My Group'")
  })
})
