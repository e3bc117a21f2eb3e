import type {plan as en} from '../en/plan.js'

/** Terraform プランのうち、この実行で事前チェックしないもの (レポートの注記)。 */
export const plan: {readonly [K in keyof typeof en]: string} = {
  'plan.note.skipped':
    'terraform-plan: {address}{actions}{attributes} は事前チェックされません: {reason} [{code}]。',
  'plan.note.not-preflighted':
    'terraform-plan: 事前チェックされません: {note}。',
  'plan.note.name-after-apply':
    '{what}: {address} の名前は適用後にしか分かりません',
  'plan.note.cluster-after-apply':
    '{what}: 操作対象のクラスター (cluster 属性) は適用後にしか分かりません',
  'plan.note.created-first':
    '{cluster} に対する {what}: このプランは先に {cluster} を作成するため、IBM Cloud にはまだ問い合わせられません',
  'plan.note.group-after-apply':
    '{address}.resource_group_id は適用後にしか分かりません: {cluster} の cluster-create は resource-group 入力のリソース・グループ (指定がない場合はアカウントのデフォルト・グループ) でチェックされます',
  'plan.reason.not-an-iks-operation': 'この変更は IKS に送信されません',
  'plan.reason.zone-remove': 'ゾーンの削除です',
  'plan.reason.zone-network-change':
    'ゾーンのネットワークが変わります (プロバイダーは新しいネットワークでゾーンを追加してから、古いものを削除します)',
  'plan.reason.orphan-on-delete':
    'orphan_on_delete によりプールは IBM Cloud に残ります',
  'plan.reason.import-on-create':
    'import_on_create により既存のプールを取り込みます',
  'plan.reason.forget':
    'オブジェクトは Terraform の状態から外れ、IBM Cloud に残ります',
  'plan.reason.iks-change-not-preflighted':
    'プロバイダーはこの変更を IKS に送信しますが、これをカバーするチェックはまだありません',
  'plan.reason.offering-change':
    'プロバイダーがこれを拒否します: "Modifying the \'offering\' field after cluster creation is currently unsupported."',
  'plan.reason.all-workers-at-once':
    'wait_for_worker_update = false: プロバイダーはすべてのワーカー・ノードを一度に置換します。プロバイダーの資料によると、これはクラスターのダウンタイムを引き起こします',
  'plan.reason.cluster-feature':
    'ibm_container_cluster_feature はサービス・エンドポイントを変更します。refresh_api_servers はマスターをリフレッシュし、reload_workers はすべてのワーカー・ノードを再ロードします',
  'plan.reason.api-key-reset':
    'ibm_container_api_key_reset は、リージョンとリソース・グループの IKS API キーを呼び出し元のキーにリセットします',
  'plan.reason.deferred': 'Terraform はこれを後のプランに延期しました',
  'plan.reason.plan-incomplete':
    'プランが完全ではありません (complete: false): 別のプランと適用が後に続きます',
  'plan.reason.sensitive-value':
    '必要な値が機密のため表示できず、使用されません'
}
