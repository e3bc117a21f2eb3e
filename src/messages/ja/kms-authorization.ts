import type {kmsAuthorization as en} from '../en/kms-authorization.js'

/** kms-authorization: KMS インスタンスへの IAM 許可とインスタンスの状態。 */
export const kmsAuthorization: {readonly [K in keyof typeof en]: string} = {
  'kms-authorization.title':
    'Kubernetes Service (および Block Storage) が KMS インスタンスを使用でき、インスタンスがアクティブである',
  'kms-authorization.pass':
    '{service} インスタンス {name} ({instance}) はアクティブであり、{scope}に必要な許可があります。',
  'kms-authorization.detail.scope-cluster':
    'クラスター・シークレットの暗号化 (kms_config)',
  'kms-authorization.detail.scope-worker-volumes':
    '暗号化されたワーカー・ボリューム (kms_instance_id、crk)',
  'kms-authorization.detail.scope-pool':
    'ワーカー・プール {pool} の暗号化されたワーカー・ボリューム (getWorkerPools workerVolumeEncryption)',
  'kms-authorization.needs-pool':
    '未チェック: VPC クラスター {name} での {operation} では、新しいワーカーのボリュームが KMS で暗号化されるかどうかを判断するために入力 worker-pool が必要です。',
  'kms-authorization.pool-unknown':
    '未チェック: クラスター {name} にワーカー・プール {pool} はありません。',
  'kms-authorization.missing':
    '{source} が {service} インスタンス {name} ({instance}) を {missing} で使用できるアクティブな許可がありません。これは{scope}に必要です。',
  'kms-authorization.missing.why':
    'IKS は E09c0 "Not authorized to access the Key Management Service. Create an IBM Cloud IAM authorization policy to give the source Kubernetes Service delegate access to the target Key Management Service, and try again." で拒否します。IBM の資料では、少なくとも Reader と許可の委任 (Authorization Delegator) が必要です。',
  'kms-authorization.missing.why.block-storage':
    'VPC のワーカー・ボリュームは Cloud Block Storage がルート鍵で暗号化します。IBM の資料では Cloud Block Storage から KMS インスタンスへの少なくとも Reader の許可が必要であり、ない場合は新しいワーカー・ノードのボリュームを作成できません。',
  'kms-authorization.missing.fix':
    'KMS インスタンスがあるアカウント {account} で許可を作成してください (KMS インスタンスに対する管理者役割が必要です):',
  'kms-authorization.undetermined':
    '{source} が {service} インスタンス {name} ({instance}) を {missing} で使用できることを検証できませんでした。許可を与えうるのは、このチェックが比較できない属性または演算子で範囲を指定したポリシーだけです。',
  'kms-authorization.undetermined.why':
    'これらのポリシーがこのインスタンスとソースに適用されるかどうかはわかりません。このチェックは疑わしい場合に合格としません。適用されない場合、IKS は E09c0 で拒否します。',
  'kms-authorization.undetermined.fix':
    '詳細に示した許可を確認し、インスタンスに適用されるものがなければ作成してください:',
  'kms-authorization.instance-missing':
    '{scope}で使用する KMS インスタンス {instance} について Resource Controller は 404 を返しました。存在しないか、このキーでは表示できません。',
  'kms-authorization.instance-missing.why':
    '存在しないインスタンスのルート鍵では IKS は暗号化できません。表示権限のないインスタンスに対して 403 と 404 のどちらが返るかは IBM が文書化していないため、これは証拠になりません。',
  'kms-authorization.instance.fix':
    '操作で指定したインスタンスを確認するか、アクティブな Key Protect または Hyper Protect Crypto Services インスタンスを使用してください:',
  'kms-authorization.instance-inactive':
    'KMS インスタンス {name} ({instance}) の状態は {state} であり、アクティブではありません。',
  'kms-authorization.instance-inactive.why':
    'ルート鍵を提供できるのはアクティブなインスタンスだけです。削除済み、非アクティブ、または失敗したインスタンスでは IKS は鍵をラップもアンラップもできない可能性があります (IBM は拒否のテキストを文書化していないため、警告とします)。',
  'kms-authorization.none-in-account':
    'クラスター {name} はシークレットを KMS のルート鍵で暗号化していますが、アカウント {account} には Kubernetes Service が Key Protect または Hyper Protect Crypto Services のインスタンスを読み取れる許可がありません。',
  'kms-authorization.none-in-account.why':
    'IKS はクラスターが使用する KMS インスタンスを示しません。シークレットの暗号化を有効にすると IBM が Reader の許可を作成します。その後に削除された場合、IKS はルート鍵を読み取れない可能性があります (インスタンスが別のアカウントにあり、許可もそこにある場合を除く)。',
  'kms-authorization.instance-unknown':
    '未チェック: クラスター {name} はシークレットを KMS で暗号化していますが、IKS はどのインスタンスかを示しません。アカウントには Kubernetes Service から KMS への許可があります (詳細)。',
  'kms-authorization.no-kms':
    '未チェック: {operation} は KMS のルート鍵を使用しません (kms_config も kms_instance_id と crk もありません。更新の場合、クラスターはシークレットを KMS で暗号化していません)。',
  'kms-authorization.after-apply':
    '未チェック: {operation} の KMS インスタンスは適用後に判明します。',
  'kms-authorization.other-account':
    '未チェック: KMS インスタンス {instance} はアカウント {account} にあり、許可はそのアカウントにあります。このキーで一覧表示できるのはアカウント {own} のポリシーです。',
  'kms-authorization.detail.auto-policy':
    '{source} から {service} インスタンス {name} ({instance}) への Reader の許可は見つかりませんでした。{scope}では、この許可が存在しない場合は IBM が作成するため (encryption-setup)、事前に必要ではありません。',
  'kms-authorization.unverifiable':
    '{source} が {service} インスタンス {name} ({instance}) を {missing} で使用できることを検証できませんでした ({scope}に必要)。このキーがアカウントのすべての許可を読み取れることを確認できません (アカウント全体で {label} に対する {role} 役割が必要です)。',
  'kms-authorization.unverifiable.why':
    'IAM は呼び出し元が読み取れるポリシーだけを返し、読み取れるものがなければ空のリストを返します (IBM platform-services-go-sdk、ListPolicies)。このキーから見えない許可も存在する可能性があります。アクセス・グループ経由でのみ付与された役割も確認できません。',
  'kms-authorization.unverifiable.fix':
    'アカウントの許可を読み取れるように、キーに {label} に対する {role} 役割を付与してから再実行してください:'
}
