import type {vpcSubnets as en} from '../en/vpc-subnets.js'

/** vpc-subnets: 操作がワーカー・ノードを置く VPC サブネット (作成時はその VPC も)。 */
export const vpcSubnets: {readonly [K in keyof typeof en]: string} = {
  'vpc-subnets.title':
    'VPC サブネットが読み取り可能で、正しいゾーンと VPC にあり、空きアドレスがある',
  'vpc-subnets.pass':
    '{region} の {count} 個のサブネットは読み取り可能で、指定されたゾーンと VPC {vpc} にあり、操作が追加するすべてのワーカー・ノードに空きアドレスがあります。',
  'vpc-subnets.pass-vpc':
    'VPC {vpc} は {region} に存在します。その {count} 個のサブネットは読み取り可能で、指定されたゾーンにあり、操作が追加するすべてのワーカー・ノードに空きアドレスがあります。',
  'vpc-subnets.detail.vpc-ok':
    'VPC {vpc} は {region} に存在し、使用可能 (available) です。',
  'vpc-subnets.nothing-added':
    '{operation} はワーカー・ノードを追加しないため、サブネットの空きアドレスは必要ありません。',
  'vpc-subnets.detail':
    'サブネット {subnet} ({zone}、VPC {vpc}): 空きアドレス {free} / {total}。必要数 {need} (ワーカー・ノード {workers} 台 + VPE ゲートウェイ用 {vpe})。',
  'vpc-subnets.detail.workers-not-given':
    'ゾーンあたりのワーカー・ノード数 (workers-per-zone) が指定されていないため、1 ゾーンあたり 1 台として数えました (作成、ワーカー・プール、ゾーンの追加は少なくとも 1 台を追加します)。',
  'vpc-subnets.detail.workers-pool-size':
    'ゾーンの追加では新しいゾーンにワーカー・プールのゾーンあたりのサイズが適用されますが、入力にはそれが含まれないため、1 ゾーンあたり 1 台 (最小値) として数えました。',
  'vpc-subnets.detail.workers-after-apply':
    'ゾーンあたりのワーカー・ノード数は適用後にしか判明しないため、1 ゾーンあたり 1 台として数えました。',
  'vpc-subnets.detail.no-vpc-id':
    'vpc-id が指定されていないため、サブネットを VPC と照合していません (VPC クラスターの作成には IKS が VPC を必要とします)。',
  'vpc-subnets.detail.vpc-after-apply':
    'VPC の ID は適用後にしか判明しないため、サブネットを VPC と照合していません。',
  'vpc-subnets.forbidden':
    '検証できませんでした: API キーは {region} のサブネット {subnet} を読み取れません (HTTP 403)。',
  'vpc-subnets.vpc-forbidden':
    '検証できませんでした: API キーは {region} の VPC {vpc} を読み取れません (HTTP 403)。',
  'vpc-subnets.forbidden.why':
    'キーが読み取れないサブネットまたは VPC はチェックできません。IKS は呼び出し元の権限でこれらを読み取るため、操作も拒否される可能性があります。',
  'vpc-subnets.forbidden.fix':
    'キーに {label} の {role} 役割を付与してください (アカウント管理者が実行します):',
  'vpc-subnets.not-found':
    'サブネット {subnet} はリージョン {region} に存在しません (HTTP 404)。',
  'vpc-subnets.not-found.why':
    'ワーカー・ノードはクラスターのリージョンで、そのゾーンに指定されたサブネットに作成されます。VPC には、キーのアカウントでこの ID のサブネットがそこにありません。',
  'vpc-subnets.not-found.fix':
    'サブネット ID とリージョンを確認してください。使用できるサブネットの一覧:',
  'vpc-subnets.vpc-not-found':
    'VPC {vpc} (vpc-id) はリージョン {region} に存在しません (HTTP 404)。',
  'vpc-subnets.vpc-not-found.why':
    'VPC クラスターは指定された VPC に作成されます。別のリージョンまたはアカウントの VPC には作成できません。',
  'vpc-subnets.vpc-not-found.fix':
    'vpc-id とリージョンを確認してください。リージョンの VPC の一覧:',
  'vpc-subnets.vpc-status':
    'VPC {vpc} の状態は {status} であり、available ではありません。',
  'vpc-subnets.wrong-zone':
    'サブネット {subnet} はゾーン {zone} 用に指定されていますが、ゾーン {actual} にあります。',
  'vpc-subnets.wrong-zone.why':
    'VPC サブネットは 1 つのゾーンに属します。ゾーン {zone} のワーカー・ノードを別のゾーンのサブネットに配置することはできません。',
  'vpc-subnets.wrong-zone.fix':
    'ゾーン {zone} のサブネットを使用してください (またはこのサブネットをそれ自身のゾーンに指定してください)。{zone} のサブネット:',
  'vpc-subnets.wrong-vpc':
    'サブネット {subnet} は VPC {actual} にあり、クラスターの VPC {vpc} にはありません。',
  'vpc-subnets.wrong-vpc.why':
    'クラスターは 1 つの VPC に属します。IKS は作成時に別の VPC のサブネットを受け付けたことがあり、そのワーカー・ノードは他のワーカー・ノードと通信できませんでした (IBM-Cloud/terraform-provider-ibm#1841)。',
  'vpc-subnets.wrong-vpc.fix':
    'VPC {vpc} のサブネットを使用してください。そのサブネット:',
  'vpc-subnets.mixed-vpcs':
    'サブネットが複数の VPC ({vpcs}) にまたがっています。クラスターは 1 つの VPC に作成されます。',
  'vpc-subnets.status':
    'サブネット {subnet} の状態は {status} であり、available ではありません。',
  'vpc-subnets.status.why':
    'ワーカーは使用可能なサブネットまたは VPC にのみ作成されます。削除中または失敗したものには作成されず、保留中のものにはまだ作成されない可能性があります。IBM はこの場合の拒否のテキストを文書化していないため、警告とします。',
  'vpc-subnets.status.fix':
    'available になるまで待つか、別のものを使用してください。現在の状態:',
  'vpc-subnets.full':
    'サブネット {subnet} ({zone}) の空きアドレスは {free} 個です。操作にはそこで {need} 個必要です (ワーカー・ノード {workers} 台 + VPE ゲートウェイ用 {vpe})。',
  'vpc-subnets.full.why':
    'ワーカー・ノードはそれぞれサブネットのアドレスを 1 つ使用し、クラスターの VPE ゲートウェイはワーカー・ノードがある各ゾーンで 1 つ使用します。不足するとワーカー・ノードはプロビジョン中のままになるか失敗します。',
  'vpc-subnets.full.fix':
    '同じゾーンで空きアドレスの多いサブネットを使用するか (サブネットは拡張できません)、ibmcloud is subnet-create で作成してください。ゾーンのサブネット:',
  'vpc-subnets.unreadable':
    'サブネット {subnet} を検証できませんでした: VPC が {field} を返しませんでした。',
  'vpc-subnets.needs-input':
    '未チェック: {operation} のサブネットを知るには入力 {input} が必要です。',
  'vpc-subnets.after-apply': '未チェック: {input} は適用後に判明します。',
  'vpc-subnets.pool-subnets-unknown':
    '未チェック: {operation} が拡張するワーカー・プールのサブネットが分かりません (worker-pool の指定がない、クラスターにその名前または ID のプールがない、またはプールのゾーンに 1 つのプライマリー・サブネットがない)。',
  'vpc-subnets.wrong-zone.fix.region':
    'ゾーン {zone} はリージョン {region} のゾーンではありません。クラスターのリージョンのゾーンを指定してください。{region} のサブネット:',
  'vpc-subnets.shared-vpe':
    'サブネット {subnet} ({zone}) の空きアドレスは {free} 個です。操作に必要な {need} 個には足りますが、VPC で最初の 1.28 以降のクラスターの共有 VPE ゲートウェイがこのゾーンで使用する可能性のある追加の {shared} 個には足りません。',
  'vpc-subnets.shared-vpe.why':
    'VPC で最初の 1.28 以降のクラスターでは、IBM が共有 VPE ゲートウェイ (Container Registry、Object Storage の s3 と config) を作成し、それぞれにワーカーがある各ゾーンの予約 IP が 1 つ割り当てられます。この VPC にはまだエンドポイント・ゲートウェイが見えません。サブネットは IBM が選択するため、警告とします。',
  'vpc-subnets.detail.shared-vpe':
    'VPC {vpc} にはまだエンドポイント・ゲートウェイが見えません。最初の 1.28 以降のクラスターの共有 VPE ゲートウェイは、ワーカーがある各ゾーンでさらに {shared} 個のアドレスを使用します。',
  'vpc-subnets.detail.workers-pool':
    'ゾーンの追加では、新しいゾーンにプール {pool} のサイズが適用されます: ゾーンあたり {workers} 台のワーカー (getWorkerPools)。',
  'vpc-subnets.replace-full':
    'クラスター {name} のプールのサブネットはすべて満杯です ({subnets})。{operation} では、置換するワーカーごとに空きアドレスが 1 つ必要です。',
  'vpc-subnets.replace-full.why':
    'IBM: "1 IP address is required each time that you update or replace a worker node"。古いワーカーのアドレスが解放される前に、新しいワーカーにアドレスが割り当てられます。',
  'vpc-subnets.replace-some-full':
    'クラスター {name} のサブネット {subnets} には空きアドレスがありません。そこでのワーカーの置換または更新は、アドレスが解放されるまで失敗します。',
  'vpc-subnets.replace-pass':
    'クラスター {name} のプールのすべてのサブネットに、ワーカーの置換または更新のための空きアドレスがあります ({count} 個のサブネット)。',
  'vpc-subnets.replace-unknown':
    '未チェック: IKS はクラスター {name} のプールのサブネットを示していません。'
}
