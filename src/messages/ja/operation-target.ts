import type {operationTarget as en} from '../en/operation-target.js'

/** operation-target: 操作が指定するもの (ワーカー・プール、ゾーン) が判定の前に IKS 上で解決されること。 */
export const operationTarget: {readonly [K in keyof typeof en]: string} = {
  'operation-target.title':
    '操作が指定するもの (ワーカー・プール、ゾーン) が IKS に存在する',
  'operation-target.pass':
    '{operation} が指定するものはすべてクラスター {name} で解決されます。',
  'operation-target.pass-zones':
    'ゾーン {zones} はリージョン {region} の IKS VPC ゾーンです。',
  'operation-target.pass-classic-zones':
    'ゾーン {zones} は IKS が表示するクラシックのゾーンです。IKS のリストが示すのはメトロでリージョンではないため、リージョン {region} との照合は行っていません。',
  'operation-target.nothing':
    '未チェック: {operation} は解決するワーカー・プールもゾーンも指定していません。',
  'operation-target.not-resolved':
    '未チェック: {operation} が指定するものを解決できませんでした (理由は詳細に示します)。',
  'operation-target.pool-unknown':
    'IKS のクラスター {name} にワーカー・プール {pool} はありません。ワーカー・プール: {pools}。',
  'operation-target.pool-unknown.why':
    'IKS はクラスター内のワーカー・プールを名前または ID で探し、それ以外には HTTP 404 "The specified worker pool could not be found." で応答します。この操作の他のチェックは、存在しないワーカー・プールを判定することになります。',
  'operation-target.pool-unknown.fix':
    'クラスターのワーカー・プールを一覧表示し、そのいずれかの名前または ID を worker-pool に指定してください (Terraform では worker_pool_name または worker_pool_id):',
  'operation-target.pool-name-taken':
    'クラスター {name} には既に {pool} という名前のワーカー・プールがあります。IKS は同じ名前の 2 つ目のワーカー・プールを拒否します (E0d39)。',
  'operation-target.pool-name-taken-replace':
    '{address} はクラスター {name} のワーカー・プール {pool} を、古いワーカー・プールを削除する前に新しいワーカー・プールを作成して置き換えます (create_before_destroy)。古いワーカー・プールが名前を保持している間、IKS は作成を拒否します (E0d39)。',
  'operation-target.pool-name-taken.why':
    'ワーカー・プールの名前はクラスター内で固有です: クラスターに既にある名前での作成に、IKS は HTTP 409 E0d39 "A worker pool with the same name already exists within the cluster. Choose another name." で応答します。',
  'operation-target.pool-name-taken.fix':
    'クラスターのどのワーカー・プールも使用していない名前を選ぶか、既存のワーカー・プールのサイズを変更してください。クラスターのワーカー・プール:',
  'operation-target.pool-name-taken-replace.fix':
    '新しいワーカー・プールに別の worker_pool_name (置き換えとともに変わる名前) を付けるか、Terraform が先に古いワーカー・プールを削除するように、リソースの lifecycle から create_before_destroy を外してください。クラスターのワーカー・プール:',
  'operation-target.pool-name-order':
    'プランはクラスター {name} のワーカー・プール {pool} を削除し、別のリソースで同じ名前のワーカー・プールを作成します。古いワーカー・プールが存在する間、IKS は作成を拒否します (E0d39)。',
  'operation-target.pool-name-order.why':
    'Terraform は一方が他方に依存する場合にのみ 2 つのリソースの順序を決めます。プランは、作成の開始前に削除が終わることを示していません。',
  'operation-target.pool-name-order.fix':
    '新しいワーカー・プールを古いワーカー・プールの削除に依存させて (または別の名前を付けて)、もう一度プランを作成してください。',
  'operation-target.zone-region':
    '{operation} のゾーン {zones} はリージョン {region} の IKS VPC ゾーンではありません。このリージョンのゾーン: {here}。',
  'operation-target.zone-region.why':
    'VPC クラスターは 1 つのリージョンにあり、そのワーカー・ノードはそのリージョンのゾーンにのみ配置されます (ダラスの VPC では us-south-1、us-south-2、us-south-3)。IKS は VPC ゾーンをリージョンごとに表示します。',
  'operation-target.zone-region.fix':
    'リージョン {region} のゾーンを使用するか、region をゾーンのリージョンに設定してください。IKS の VPC ゾーン:',
  'operation-target.zone-unknown':
    '{operation} のゾーン {zones} は IKS が表示するクラシックのゾーンではありません。',
  'operation-target.zone-unknown.why':
    'IKS はクラスター作成用に表示するゾーン (データ・センター) にのみクラシックのワーカー・ノードを配置します (GET /v1/zones)。それ以外の名前は入力ミスか、IKS が使用しないデータ・センターです。',
  'operation-target.zone-unknown.fix':
    'IKS が表示するゾーン (詳細に示します) を使用してください。IKS のクラシックのゾーン:',
  'operation-target.zone-in-pool':
    'ワーカー・プール {pool} には既にゾーン {zones} があります (ゾーン: {has})。この zone-add はそこに何も追加せず、IKS が拒否する可能性があります。',
  'operation-target.zone-in-pool.why':
    'ゾーンの追加は、ワーカー・プールがまだ持っていないゾーンにワーカー・ノードを追加します。ワーカー・プールに既にあるゾーンを IKS が拒否するかどうかを示す IBM の公開情報はありません。',
  'operation-target.zone-in-pool.fix':
    'ワーカー・プールにまだないゾーンのみを指定してください。クラスターのワーカー・プールとそのゾーン:',
  'operation-target.detail.zone.other-region':
    '{zone}: リージョン {region} のゾーン',
  'operation-target.detail.zone.not-listed':
    '{zone}: IKS がリストする VPC ゾーンではありません'
}
