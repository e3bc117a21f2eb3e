import type {vpcSecurityGroups as en} from '../en/vpc-security-groups.js'

/** vpc-security-groups: 作成時の VPC のセキュリティー・グループ割り当て量、ワーカーやゾーン追加時のリモート・ルール上限。 */
export const vpcSecurityGroups: {readonly [K in keyof typeof en]: string} = {
  'vpc-security-groups.title':
    'VPC にクラスターのセキュリティー・グループとルールの余裕がある',
  'vpc-security-groups.pass-create':
    'VPC {vpc} でこのキーから見えるセキュリティー・グループは {have} 個です。{count} 個のクラスターを作成すると {need} 個追加され、割り当て量 {quota} のうち {after} 個になります。VPC は呼び出し元が表示できるグループだけを返すため、実際の数はこれより多い可能性があります (アカウント全体で VPC Infrastructure Services に対するビューアー役割を持つキーはすべて表示できます)。',
  'vpc-security-groups.quota':
    'VPC {vpc} のセキュリティー・グループは {have} 個です。{count} 個のクラスターの作成で {need} 個増えて合計 {after} 個となり、VPC ごとの割り当て量 {quota} を超えます。',
  'vpc-security-groups.quota.why':
    'IKS はクラスターごとに kube-<クラスター ID>、kube-vpegw-<クラスター ID>、kube-lbaas-<クラスター ID> を作成し (1.30 以降、Secure by Default)、VPC で最初のクラスターでは kube-vpegw-<VPC ID> も作成します。VPC のセキュリティー・グループは、IBM がアカウントの割り当て量を引き上げていない限り VPC ごとに 100 個までです (引き上げた場合は security-group-quota を設定します)。超えるとワーカーは「Pending security group creation」のまま止まり、IBM は NHC011 を報告します。',
  'vpc-security-groups.quota.fix.delete':
    'VPC の不要なセキュリティー・グループを {count} 個以上削除します (稼働中のクラスターの kube-… グループは削除しないでください):',
  'vpc-security-groups.quota.fix.increase':
    'または、サポート Case で VPC のセキュリティー・グループ割り当て量の引き上げを IBM に依頼し ({url})、security-group-quota にその値を設定します。',
  'vpc-security-groups.detail.shared-exists':
    '{group} は存在します。新しいクラスターはこれを再利用します。',
  'vpc-security-groups.detail.shared-new':
    '{group} はまだ存在しません。新しいクラスターが作成します (VPC で最初の Secure by Default クラスター)。',
  'vpc-security-groups.detail.kinds':
    'クラスターのワーカー・グループ (kube-<クラスター ID>): {clusters} 個、kube-… 以外の名前のグループ: {others} 個。',
  'vpc-security-groups.detail.others': 'kube-… 以外の名前のグループ: {names}',
  'vpc-security-groups.detail.plan-creates':
    'プランはこの VPC に {count} 個のクラスターを作成します ({names})。それらのグループは合わせて数えます。',
  'vpc-security-groups.many-clusters':
    'VPC {vpc} にはすでに {clusters} 個のクラスターがあります。IBM は VPC あたり {recommended} 個までを推奨しています。',
  'vpc-security-groups.many-clusters.why':
    'クラスターごとにセキュリティー・グループが増え、共有グループ kube-vpegw-<VPC ID> にルールが 1 つ追加されます。IBM によると 100 個のグループの割り当て量は約 33 クラスターで上限に達するため、25 個までが推奨されています。',
  'vpc-security-groups.many-clusters.fix':
    'このクラスター用に新しい VPC を検討するか、VPC で不要になったクラスターを削除します:',
  'vpc-security-groups.rules.fix':
    'グループのルールを一覧表示し、自分で追加したリモート、または VPC で不要になったクラスターを削除してください (稼働中のクラスターについて IKS が管理するルールは削除しないでください):',
  'vpc-security-groups.needs-input':
    '未チェック: {operation} で VPC のセキュリティー・グループを数えるには {input} 入力が必要です。',
  'vpc-security-groups.after-apply':
    '未チェック: {input} は適用後に判明します。',
  'vpc-security-groups.none-visible':
    '検証できませんでした: VPC はリージョン {region} の VPC {vpc} のセキュリティー・グループを 1 つも返しません。',
  'vpc-security-groups.none-visible.why':
    'どの VPC にも少なくともデフォルトのセキュリティー・グループがあるため、空の一覧は VPC ID またはリージョンの誤りか、キーが VPC を表示できないこと (VPC Infrastructure Services のビューアー) を意味します。',
  'vpc-security-groups.none-visible.fix':
    'VPC がそのリージョンに存在し、キーから表示できることを確認します:',
  'vpc-security-groups.rules-unknown':
    '検証できませんでした: VPC は VPC {vpc} のセキュリティー・グループ {group} をルールなしで返しました。',
  'vpc-security-groups.shared-remotes':
    '共有グループ {group} には既に {unique} 個の固有のリモートがあります。{count} 個のクラスターを作成すると同じ数だけ追加されて合計 {after} 個になり、VPC のセキュリティー・グループあたりの固有のリモートの上限 {limit} を超えます。',
  'vpc-security-groups.shared-remotes.why':
    'VPC の各クラスターは {group} に自身のグループへのリモート・ルールを持ちます。VPC はこのルールを ErrorSecurityGroupRuleOverQuota "Exceeded limit of unique remote rules per security group (the limit is 15 unique remote rules per security group)" で拒否し、新しいクラスターのワーカーは "Pending security group creation" のままになります (IBM: 1 つの VPC に最大 15 クラスター)。',
  'vpc-security-groups.detail.shared-remotes':
    '{group} の固有のリモートは {unique} 個です (VPC の上限は {limit})。作成ではクラスターごとに 1 つ追加されます。'
}
