import type {flavor as en} from '../en/flavor.js'

/** flavor: 操作が注文するフレーバーが操作のすべてのゾーンで提供され、非推奨でないこと。 */
export const flavor: {readonly [K in keyof typeof en]: string} = {
  'flavor.title': 'ワーカーのフレーバーを操作のすべてのゾーンで注文できる',
  'flavor.pass':
    'フレーバー {flavor} は {operation} のすべてのゾーン ({zones}) で {provider} 用に提供されています。',
  'flavor.pass-pool':
    'ワーカー・プール {pool} のフレーバー {flavor} は、{operation} がワーカーを注文するすべてのゾーン ({zones}) で {provider} 用に提供されています。',
  'flavor.no-order':
    'ワーカー・プール {pool} はゾーンあたり {from} から {to} ワーカーになります。このサイズ変更はワーカーを注文しないため、フレーバー {flavor} は影響しません。',
  'flavor.not-offered':
    'フレーバー {flavor} は {missing} で {provider} 用に提供されていません ({operation} のゾーン: {zones})。IKS は E4e5b で拒否します。',
  'flavor.not-offered-pool':
    'ワーカー・プール {pool} のフレーバー {flavor} は {missing} で {provider} 用に提供されていません ({operation} がワーカーを注文するゾーン: {zones})。IKS は E4e5b で拒否します。',
  'flavor.not-offered.why':
    'IKS はフレーバーを提供しているゾーンにのみワーカーを注文し、そうでなければ要求全体を拒否します (E4e5b "Could not find flavor in the requested zone.")。フレーバーはゾーンごと、プロバイダー (classic、vpc-gen2) ごとに異なります。',
  'flavor.not-offered.fix':
    '各ゾーンで提供されているフレーバーを一覧表示し、操作のすべてのゾーンに表示されるものを選んで --flavor で指定してください (入力 flavor、Terraform では flavor、クラシックでは machine_type):',
  'flavor.not-offered-pool.fix':
    'ワーカー・プールのフレーバーは変更できません。ゾーンで提供されているフレーバーを一覧表示し、そのいずれかでワーカー・プールを作成して、ワーカー・プール {pool} ではなくそのプールにゾーンを追加してください:',
  'flavor.deprecated':
    'フレーバー {flavor} は {deprecated} で {provider} 用に非推奨です。IKS は非推奨のフレーバーの注文を拒否します (E0146)。',
  'flavor.deprecated.why':
    'IKS は非推奨のフレーバーを使用した作成を "The specified flavor is deprecated. (E0146)" で拒否します。IBM は後継のフレーバーを導入すると古いフレーバーを廃止します。',
  'flavor.deprecated.fix':
    'ゾーンで提供されているフレーバーを一覧表示し、非推奨でないもの (IKS が後継を示している場合は詳細に記載) を選んで --flavor で指定してください (入力 flavor、Terraform では flavor、クラシックでは machine_type):',
  'flavor.deprecated-pool':
    'ワーカー・プール {pool} のフレーバー {flavor} は {deprecated} で {provider} 用に非推奨です。{operation} は非推奨のフレーバーのワーカーを追加するため、IKS に拒否される可能性があります (E0146)。',
  'flavor.deprecated-pool.why':
    'IKS は非推奨のフレーバーの新規注文を拒否し (E0146)、IBM は非推奨のフレーバーのワーカーを現行フレーバーのワーカー・プールに移すよう求めています。既存のワーカー・プールに非推奨フレーバーのワーカーを追加できるかどうかを示す公開情報はありません。',
  'flavor.deprecated-pool.fix':
    'ワーカー・プール {pool} ではなく現行フレーバーのワーカー・プールを拡張してください。フレーバーを一覧表示し、そのいずれかでワーカー・プールを作成してゾーンを追加します:',
  'flavor.ocp-unsupported':
    'フレーバー {flavor} は {unsupported} で IKS により ocp_unsupported とされています。Red Hat OpenShift クラスター用ではありませんが、{operation} は OpenShift クラスターにこのフレーバーを注文します。',
  'flavor.ocp-unsupported.why':
    'IKS は一部のフレーバーを `ocp_unsupported` (フレーバー・モデルのフィールド) としています。これらは Kubernetes のワーカーには使用できますが、Red Hat OpenShift のワーカーには使用できません。OpenShift クラスターで使用できるフレーバーは `ibmcloud oc flavors` で表示されます。',
  'flavor.ocp-unsupported.fix':
    'ゾーンで提供されているフレーバーを一覧表示し、IKS が ocp_unsupported としていないものを選んで --flavor で指定してください (入力 flavor、Terraform では flavor、クラシックでは machine_type):',
  'flavor.ocp-unsupported-pool':
    'ワーカー・プール {pool} のフレーバー {flavor} は {unsupported} で IKS により ocp_unsupported とされています。{operation} は Red Hat OpenShift 用ではないとされるフレーバーのワーカーを追加するため、IKS に拒否される可能性があります。',
  'flavor.ocp-unsupported-pool.why':
    'IKS はこのフレーバーを `ocp_unsupported` としています。ワーカー・プールはすでにこのフレーバーを使用していますが、OpenShift クラスターにこのフレーバーのワーカーを追加できるかどうかを示す公開情報はありません。',
  'flavor.needs-input':
    '未チェック: {operation} が注文するフレーバーと場所を知るには {input} 入力が必要です。',
  'flavor.after-apply': '未チェック: {input} は適用後に判明します。',
  'flavor.pool-unknown':
    '未チェック: IKS はクラスター {name} にワーカー・プール {pool} を表示していないため、注文されるフレーバーが分かりません。',
  'flavor.pool-no-flavor':
    '未チェック: IKS はワーカー・プール {pool} のフレーバーを示していません。',
  'flavor.pool-no-zones':
    '未チェック: ワーカー・プール {pool} にはゾーンがないため、{operation} はワーカーを注文しません。',
  'flavor.detail.zone.offered': '{zone}: 提供されています',
  'flavor.detail.zone.ocp-unsupported':
    '{zone}: 提供されていますが、IKS は ocp_unsupported としています (Red Hat OpenShift には使用できません)',
  'flavor.detail.zone.deprecated': '{zone}: 非推奨',
  'flavor.detail.zone.deprecated-successor':
    '{zone}: 非推奨 (IKS は対応するフレーバーとして {successor} を示しています)',
  'flavor.detail.zone.none-listed':
    '{zone}: 提供されていません (IKS はこのゾーンに {provider} のフレーバーを 1 つもリストしていません。ゾーン名を確認してください)',
  'flavor.detail.zone.others':
    '{zone}: 提供されていません (IKS はそこに {provider} の他のフレーバーを {count} 個リストしています)'
}
