/** The platform fact: Kubernetes or OpenShift, from the cluster or the requested version, never guessed. */
import {clusterPlatform, versionPlatform} from '../src/facts/platform.js'
import type {ClusterInfo} from '../src/ibm/containers.js'

const cluster = (over: Partial<ClusterInfo>): ClusterInfo => ({
  id: 'c1',
  name: 'n',
  region: 'us-south',
  resourceGroupId: 'g',
  provider: 'vpc-gen2',
  vpcs: [],
  workerZones: [],
  ...over
})

test.each([
  ['4.18_openshift', 'openshift'],
  ['4.17.40_1546_openshift', 'openshift'],
  ['1.33', 'kubernetes'],
  ['1.33.4_1534', 'kubernetes'],
  ['latest', undefined],
  ['', undefined],
  [undefined, undefined]
])('versionPlatform(%p) is %p', (v, want) => {
  expect(versionPlatform(v)).toBe(want)
})

test.each([
  [{masterKubeVersion: '4.17.40_1546_openshift'}, 'openshift'],
  [{masterKubeVersion: '1.33.4_1534'}, 'kubernetes'],
  // During an update IKS appends text to the version; the version still decides.
  [{masterKubeVersion: '1.33.4_1534 --> 1.34.1_1520 (pending)'}, 'kubernetes'],
  [{type: 'openshift'}, 'openshift'],
  [{type: 'kubernetes'}, 'kubernetes'],
  [{type: 'OpenShift', masterKubeVersion: ''}, 'openshift'],
  [{type: 'satellite'}, undefined],
  [{}, undefined]
])('clusterPlatform(%p) is %p', (over, want) => {
  expect(clusterPlatform(cluster(over))).toBe(want)
})
