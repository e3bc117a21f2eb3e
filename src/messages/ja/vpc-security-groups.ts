import type {vpcSecurityGroups as en} from '../en/vpc-security-groups.js'

/** vpc-security-groups: 作成時の VPC のセキュリティー・グループ割り当て量、ワーカーやゾーン追加時のリモート・ルール上限。 */
export const vpcSecurityGroups: {readonly [K in keyof typeof en]: string} = {
  'vpc-security-groups.title':
    'VPC にクラスターのセキュリティー・グループとルールの余裕がある',
  'vpc-security-groups.pass-create':
    'VPC {vpc} のセキュリティー・グループは {have} 個です。{count} 個のクラスターの作成で {need} 個増え、{after} 個になります (割り当て量 {quota})。',
  'vpc-security-groups.quota':
    'VPC {vpc} のセキュリティー・グループは {have} 個です。{count} 個のクラスターの作成で {need} 個増えて合計 {after} 個となり、VPC ごとの割り当て量 {quota} を超えます。',
  'vpc-security-groups.quota.why':
    'IKS はクラスターごとに kube-<クラスター ID>、kube-vpegw-<クラスター ID>、kube-lbaas-<クラスター ID> を作成し (1.30 以降、Secure by Default)、VPC で最初のクラスターでは kube-vpegw-<VPC ID> も作成します。VPC のセキュリティー・グループは、IBM がアカウントの割り当て量を引き上げていない限り VPC ごとに 100 個までです (引き上げた場合は security-group-quota を設定します)。超えるとワーカーは「Pending security group creation」のまま止まり、IBM は NHC011 を報告します。',
  'vpc-security-groups.quota.fix.delete':
    'VPC の不要なセキュリティー・グループを {count} 個以上削除します (稼働中のクラスターの kube-… グループは削除しないでください):',
  'vpc-security-groups.quota.fix.increase':
    'または、サポート・ケースで VPC のセキュリティー・グループ割り当て量の引き上げを IBM に依頼し ({url})、security-group-quota にその値を設定します。',
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
  'vpc-security-groups.shared-rules.create':
    '共有グループ {group} にはすでにリモート・ルールが {remote} 個あります (IBM の示す上限は {limit})。新しいクラスターがさらに 1 つ追加します。',
  'vpc-security-groups.shared-rules':
    '共有グループ {group} にはリモート・ルールが {remote} 個あります。IBM はグループあたりのリモート・ルールの上限を {limit} としています (NHC010)。',
  'vpc-security-groups.shared-rules.why':
    'IBM の NHC010 のページはリモート・ルールをセキュリティー・グループあたり 15 個に制限していますが、Secure by Default のページではクラスターごとにこのグループへリモート・ルールが 1 つ追加され、VPC の上限は約 33 クラスターとされています。この上限がこのグループに適用されるかは文書化されていないため、失敗ではなく警告とします。',
  'vpc-security-groups.rules.fix':
    'グループのルールを一覧表示し、自分で追加したルールを統合または削除します (IKS が管理するルールは削除しないでください):',
  'vpc-security-groups.remote-rules':
    'クラスター {name} のセキュリティー・グループ {group} にはリモート・ルールが {remote} 個あり、IBM の上限 {limit} に達しています (NHC010)。{operation} は失敗する可能性があります。',
  'vpc-security-groups.remote-rules.why':
    'IBM はリモート・セキュリティー・グループ・ルールをグループあたり 15 個に制限しています。上限に達すると IKS はクラスターに必要なルールを作成・更新できず、ワーカー・ノードの追加が妨げられることがあります (NHC010「Exceeded security group rules related quota」)。',
  'vpc-security-groups.vpe-rules':
    'クラスターの VPE ゲートウェイ・グループ {group} にはリモート・ルールが {remote} 個あり、IBM のグループあたりのリモート・ルール上限 {limit} に達しています (NHC010)。',
  'vpc-security-groups.vpe-rules.why':
    'このグループのルールは IKS 自身が追加します (ワーカー・グループからのリモート・ルール 2 つ)。それより多い場合は手動でルールが追加されています。NHC010 が名指しするのはワーカー・グループのため、このグループについては警告とします。',
  'vpc-security-groups.pass-rules':
    'クラスター {name} のセキュリティー・グループは、IBM のグループあたりのリモート・ルール上限 {limit} を下回っています。',
  'vpc-security-groups.needs-input':
    '未チェック: {operation} で VPC のセキュリティー・グループを数えるには {input} 入力が必要です。',
  'vpc-security-groups.after-apply':
    '未チェック: {input} は適用後に判明します。',
  'vpc-security-groups.not-adding':
    '未チェック: プランはクラスター {name} にワーカーを追加しません (サイズ変更されるプールはすべてサイズを維持するか減らします)。',
  'vpc-security-groups.none-visible':
    '検証できませんでした: VPC はリージョン {region} の VPC {vpc} のセキュリティー・グループを 1 つも返しません。',
  'vpc-security-groups.none-visible.why':
    'どの VPC にも少なくともデフォルトのセキュリティー・グループがあるため、空の一覧は VPC ID またはリージョンの誤りか、キーが VPC を表示できないこと (VPC Infrastructure Services のビューアー) を意味します。',
  'vpc-security-groups.none-visible.fix':
    'VPC がそのリージョンに存在し、キーから表示できることを確認します:',
  'vpc-security-groups.no-vpc':
    '検証できませんでした: IKS はクラスター {name} の VPC を示していません。',
  'vpc-security-groups.cluster-groups-missing':
    '検証できませんでした: VPC {vpc} には、クラスター {name} のワーカー・グループであるセキュリティー・グループ kube-{id} がありません。',
  'vpc-security-groups.cluster-groups-missing.why':
    'IKS はすべての VPC クラスターに kube-<クラスター ID> を作成します。これがないとリモート・ルールの数を読み取れません (またはキーがグループを表示できません)。',
  'vpc-security-groups.cluster-groups-missing.fix':
    'VPC のセキュリティー・グループを一覧表示します:',
  'vpc-security-groups.rules-unknown':
    '検証できませんでした: VPC は VPC {vpc} のセキュリティー・グループ {group} をルールなしで返しました。'
}
