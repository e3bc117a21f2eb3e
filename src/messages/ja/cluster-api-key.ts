import type {clusterApiKey as en} from '../en/cluster-api-key.js'

/** cluster-api-key: 保管された API キーの所有者がアカウントのアクティブ・ユーザーである (issue 11)。 */
export const clusterApiKey: {readonly [K in keyof typeof en]: string} = {
  'cluster-api-key.owner.detail.active':
    '所有者 {owner} はアカウント {accountId} のアクティブなユーザーです ({iamId})。',
  'cluster-api-key.owner.detail.key-verified':
    '確認済み: IKS はリージョン {region}、リソース・グループ {resourceGroup} で {owner} の API キーを使用します。不明なのは所有者の状態のみです。',
  'cluster-api-key.owner.detail.service-id':
    'IKS の応答では所有者 {owner} に E メール・アドレスがありません (サービス ID)。ユーザー管理はユーザーのみを一覧表示するため、所有者の状態は確認していません。',
  'cluster-api-key.owner-gone':
    'IKS はリージョン {region}、リソース・グループ {resourceGroup} で {owner} の API キーを使用しますが、所有者はもうアカウント {accountId} のユーザーではありません。E メール・アドレス {email} を持つユーザーはそのアカウントにいません。',
  'cluster-api-key.owner-inactive':
    'IKS はリージョン {region}、リソース・グループ {resourceGroup} で {owner} の API キーを使用しますが、そのユーザー ({iamId}) はアカウント {accountId} で状態 {state} であり、ACTIVE ではありません。',
  'cluster-api-key.owner.why':
    'IKS は {operation} の IAM およびインフラストラクチャーの呼び出しを、アカウントのアクティブなユーザーではないユーザーの保管されたキーで行います。IAM はそのキーを拒否し、操作は "Provided user not found or active" (P0005、BXNIM0410E) で失敗します。',
  'cluster-api-key.owner-inactive.why.pending':
    'PENDING: ユーザーは招待されていますが、まだアカウントに参加していないため、キーはアカウント内で動作できません。IKS は {operation} の呼び出しをこのキーで行い、"Provided user not found or active" (P0005) で失敗します。',
  'cluster-api-key.owner-inactive.why.processing':
    'PROCESSING: 招待はまだ作成中であり、ユーザーはアカウントでアクティブではありません。IKS は {operation} の呼び出しをこのキーで行い、"Provided user not found or active" (P0005) で失敗します。',
  'cluster-api-key.owner-inactive.why.vpn-only':
    'VPN_ONLY: IBM はこのユーザーをクラシック・デバイスへの VPN アクセスのみに制限しており、コンソールも IAM 対応リソースも使用できません。IKS は {operation} の呼び出しをこのキーで行い、"Provided user not found or active" (P0005) で失敗します。',
  'cluster-api-key.owner-inactive.why.suspended':
    'SUSPENDED: IBM の資料によれば、一時停止されたユーザーはアカウント内でいかなるアクションも実行できません。IKS は {operation} の呼び出しをこのキーで行い、"Provided user not found or active" (P0005) で失敗します。',
  'cluster-api-key.owner-inactive.why.invalid':
    'IAMID_INVALID: ユーザーの IBMid は削除されており、IBM の資料によれば IAM 対応リソースにアクセスできません。IKS は {operation} の呼び出しをこのキーで行い、"Provided user not found or active" (P0005) で失敗します。',
  'cluster-api-key.owner-inactive.why.no-classic':
    'DISABLED_CLASSIC_INFRASTRUCTURE: IBM の資料によれば、このユーザーはコンソールとプラットフォーム・リソースを引き続き使用できますが、クラシック・インフラストラクチャーにはアクセスできません。IKS はこのクラスターのクラシック・ワーカーの注文、再ロード、削除をこのキーで行うため、{operation} は失敗します。',
  'cluster-api-key.owner-inactive.why.no-classic-vpc':
    'DISABLED_CLASSIC_INFRASTRUCTURE: IBM の資料によれば、このユーザーはコンソールとプラットフォーム・リソースを引き続き使用でき、失うのは VPC クラスターが使用しないクラシック・インフラストラクチャーのみです。IKS が {operation} でこのような所有者を受け入れるかどうかは IBM の資料に記載されていません。アクティブな所有者にすれば疑問はなくなります。',
  'cluster-api-key.owner-inactive.why.other':
    'IBM が正常に動作するユーザーとしているのは ACTIVE のみです。IKS は {operation} の呼び出しをこのキーで行い、アクティブではない所有者に対しては "Provided user not found or active" (P0005) と応答します。',
  'cluster-api-key.owner.fix':
    'Kubernetes Service に対する管理者役割を持つアカウントのアクティブなユーザー (サービス ID ではないもの) が、リージョン {region}、リソース・グループ {resourceGroup} に自分のキーを保管します。キーはリソース・グループごとに保管されるため、最初にそのリソース・グループをターゲットにします。',
  'cluster-api-key.owner.fix.verify':
    '次に、IKS が新しい所有者を示すことを確認します。',
  'cluster-api-key.owner.self-only':
    '保管されたキーの所有者 {owner} がアカウント {accountId} のアクティブなユーザーであるかどうかを確認できませんでした。ユーザー管理が呼び出し元のみを一覧表示しました (ユーザー管理の役割を持たない呼び出し元に対する動作です)。',
  'cluster-api-key.owner.self-only.fix':
    'プリフライト・チェックを実行するキーに、ユーザー管理に対するビューアー役割を付与します。',
  'cluster-api-key.owner.detail.with-key': '{owner} (API キー {key})',
  'cluster-api-key.owner.detail.key-only': 'API キー {key}'
}
