import type {classicVlans as en} from '../en/classic-vlans.js'

/** classic-vlans: クラシック・クラスターの作成またはゾーン追加でワーカーを配置する VLAN。 */
export const classicVlans: {readonly [K in keyof typeof en]: string} = {
  'classic-vlans.title':
    'クラシック・ゾーン: 指定された VLAN がそのゾーンにある、または VLAN の指定が不要',
  'classic-vlans.detail.private': 'プライベート',
  'classic-vlans.detail.public': 'パブリック',
  'classic-vlans.pass':
    'ゾーン {zone}: プライベート VLAN {private} とパブリック VLAN {public} は、このゾーンにあるアカウントの VLAN で、タイプも正しく、同じルーター・ペア上にあります。',
  'classic-vlans.pass-private-only':
    'ゾーン {zone}: プライベート VLAN {private} は、このゾーンにあるアカウントのプライベート VLAN です。パブリック VLAN が指定されていないため、ワーカーはプライベート専用になります (このゾーンのパブリック VLAN: {publics})。',
  'classic-vlans.pass-public-only':
    'ゾーン {zone}: パブリック VLAN {public} は、このゾーンにあるアカウントのパブリック VLAN です。アカウントはこのゾーンにまだプライベート VLAN を持たないため、IKS が作成します。',
  'classic-vlans.pass-new':
    "ゾーン {zone}: アカウントはこのゾーンに VLAN を持たず、VLAN も指定されていません。ゾーンで最初の標準クラスターを作成すると、IKS がプライベート VLAN とパブリック VLAN を作成します (IBM:「If this standard cluster is the first standard cluster that you create in this zone, don't include this option. A private VLAN is created for you」、ibmcloud ks cluster create classic)。",
  'classic-vlans.not-in-zone':
    'ゾーン {zone}: {kind} VLAN {id} は、このゾーンにあるアカウントの VLAN ではありません (アカウントがこのゾーンに持つ VLAN は {count} 個)。',
  'classic-vlans.wrong-type':
    'ゾーン {zone}: VLAN {id} は {kind} VLAN として指定されていますが、{actual} VLAN です。',
  'classic-vlans.missing':
    'ゾーン {zone}: アカウントはこのゾーンに既に {count} 個の VLAN を持っていますが、{operation} は VLAN を指定していません ({flags} がありません)。IKS は E0020 (「One or more required fields are missing」) で拒否します。',
  'classic-vlans.routers':
    'ゾーン {zone}: プライベート VLAN {private} (ルーター {privateRouter}) とパブリック VLAN {public} (ルーター {publicRouter}) は、同じルーター・ペア上にありません。',
  'classic-vlans.vlan.why':
    'クラシックのワーカーは、そのゾーンの VLAN に配置されます。プライベート VLAN (バックエンド・ルーター bcr…) と、プライベート専用でない限りパブリック VLAN (フロントエンド・ルーター fcr…) です。このゾーンにあるアカウントの VLAN でない ID や、タイプの違う VLAN を IKS は拒否します。この拒否のコードとして IBM が文書化しているのは E0020「One or more required fields are missing」だけです。',
  'classic-vlans.missing.why':
    'IKS が VLAN を作成するのは、ゾーンで最初の標準クラスターのときだけです。アカウントがゾーンに VLAN を持った後は、そのゾーンでのクラシック・クラスターの作成やゾーン追加で VLAN を指定する必要があり、指定しないと IKS は E0020 で失敗します:「One or more required fields are missing. To create a standard cluster, you must specify values for name, zone, machine type (flavor), public VLAN, and private VLAN. If this is the first standard cluster that you create in this zone, the public and private VLAN flags are not required.」',
  'classic-vlans.routers.why':
    'プライベート VLAN とパブリック VLAN は同じルーター・ペア上にある必要があります。IBM:「Private VLAN routers always begin with bcr (back-end router) and public VLAN routers always begin with fcr (front-end router). When you create a cluster and specify the public and private VLANs, the number and letter combination after those prefixes must match.」',
  'classic-vlans.detail.of-kind':
    'ゾーン {zone} にあるアカウントの {kind} VLAN: {ids}。ゾーンのすべての VLAN:',
  'classic-vlans.fix.use':
    'ゾーン {zone} の VLAN を指定してください ({flags}。Terraform では private_vlan_id と public_vlan_id):',
  'classic-vlans.fix.list':
    'ゾーン {zone} の VLAN を一覧表示し、{kind} VLAN を指定してください:',
  'classic-vlans.fix.list-any':
    'ゾーン {zone} の VLAN を一覧表示し、それらを指定してください:',
  'classic-vlans.fix.none-exist':
    'アカウントはゾーン {zone} に VLAN を持っていません。VLAN の指定 (--private-vlan、--public-vlan。Terraform では private_vlan_id と public_vlan_id) を外せば IKS が作成します。または、意図したゾーンか確認してください:',
  'classic-vlans.needs-zones':
    '未チェック: {operation} は VLAN のゾーンを指定していません。zones (VLAN を指定する場合は private-vlan と public-vlan も)、または Terraform プランを指定してください。',
  'classic-vlans.after-apply': '未チェック: {input} は適用後に判明します。',
  'classic-vlans.vrf':
    '{operation} により、クラスター {cluster} は {count} 個のゾーン ({zones}) にまたがります。リージョン {region}、リソース・グループ {resourceGroup} のクラシック・アカウントでは VLAN スパンニングがオフです。アカウントで仮想ルーター機能 (VRF) が有効でない限り、ワーカーはプライベート・ネットワーク上で互いに通信できません。',
  'classic-vlans.vrf-unknown':
    '{operation} により、クラスター {cluster} は {count} 個のゾーン ({zones}) にまたがります。リージョン {region}、リソース・グループ {resourceGroup} のクラシック・アカウントで VLAN スパンニングが有効かどうかを読み取れませんでした ({message})。',
  'classic-vlans.vrf.why':
    'マルチゾーンのクラシック・クラスターでは、アカウントで VRF または VLAN スパンニングが必要です。IBM:「In classic clusters, if you have multiple VLANs for your cluster, multiple subnets on the same VLAN, or a multizone classic cluster, you must enable a Virtual Router Function (VRF) for your IBM Cloud infrastructure account so your worker nodes can communicate with each other on the private network.」IKS は操作を拒否しませんが、ワーカーは通信できません。VRF が有効かどうかは、このキーでは読み取れません。',
  'classic-vlans.vrf.fix':
    'VRF が有効かどうかを確認してください (ibmcloud account show)。有効でなく、有効にできない場合は、アカウントの VLAN スパンニングをオンにしてください (https://cloud.ibm.com/docs/vlans?topic=vlans-vlan-spanning)。',
  'classic-vlans.pool-no-vlans':
    '未チェック: クラシックのワーカー・プールは、ゾーンを追加するとき (zone-add、Terraform の ibm_container_worker_pool_zone_attachment) にゾーンと VLAN を得ます。その操作がチェックされます。'
}
