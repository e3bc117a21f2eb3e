import type {kubeVersion as en} from '../en/kube-version.js'

/** kube-version: 作成で注文するバージョン、マスター更新の更新先、ワーカーが稼働するクラスターのバージョン。 */
export const kubeVersion: {readonly [K in keyof typeof en]: string} = {
  'kube-version.title':
    'Kubernetes バージョンを注文できる、更新先にできる、またはまだサポートされている',
  // cluster-create
  'kube-version.create.pass':
    'IKS は {version} を提供しています: クラスター {name} をこのバージョンで作成できます。',
  'kube-version.create.default':
    'バージョンの指定なし: IKS はクラスター {name} をデフォルト・バージョン {version} で作成します。',
  'kube-version.create.no-default':
    'クラスター {name} のバージョンが指定されておらず、IKS もデフォルトの Kubernetes バージョンを示していません。',
  'kube-version.create.no-default.why':
    'バージョンを指定しないと IKS はデフォルト・バージョンで作成しますが、バージョン・リストにデフォルトの印がないため、どのバージョンになるか分かりません。',
  'kube-version.create.unknown':
    'IKS は {platform} {requested} を提供していません: クラスター {name} をこのバージョンで作成できません。',
  'kube-version.create.unknown.why':
    '作成で指定できるのは、IKS が現在リストしているバージョン (GET /v1/versions) だけです。IBM は古いバージョンを廃止するため、コードに固定したバージョンはいずれ使えなくなります。',
  'kube-version.detail.other-platform':
    'IKS は {requested} をもう一方のプラットフォーム用にリストしています: {suggestion} と指定してください。',
  'kube-version.create.patch':
    'IKS が提供しているのは {listed} で、{requested} ではありません: {requested} でのクラスター {name} の作成は失敗します。',
  'kube-version.create.patch.why':
    '作成時に指定できるのは、マイナー・バージョンの最新パッチだけです (E0156 "Only the most recent patch for a particular minor version can be specified during cluster create")。',
  'kube-version.create.patch.fix':
    '{minor} (IKS が最新パッチを選びます) または {listed} を指定してください。IKS が提供するバージョン:',
  'kube-version.create.eos':
    'IKS はクラスター {name} 用に {version} を提供していますが、サポート終了が近づいています: {eos}。',
  'kube-version.create.eos.fix':
    '{suggestion} などのより新しいバージョンでクラスターを作成してください。IKS が提供するバージョン:',
  // cluster-update
  'kube-version.update.pass':
    'クラスター {name} は {current} から、IKS が提供する次のマイナー・バージョン {version} に更新できます。',
  'kube-version.update.patch':
    'クラスター {name} は {current} で稼働しています。{target} は IKS が提供する {listed} へのパッチ更新です。',
  'kube-version.update.same':
    'クラスター {name} は既に {current} で稼働しています: {target} へのマスター更新では何も変わらない可能性があります。',
  'kube-version.update.same.why':
    'IKS は、マスターが既に稼働しているバージョンへのマスター更新を拒否します (E0120 "The master is already up to date for the specified version")。',
  'kube-version.update.same.fix':
    'マスターのバージョンと IKS が提供するバージョンを確認してください:',
  'kube-version.update.downgrade':
    'クラスター {name} は {current} で稼働しています。{target} はそれより古く、IKS はマスターをダウングレードしません。',
  'kube-version.update.downgrade.fix':
    '{current} のままにする (バージョン変更を取り消す) か、古いバージョンで新しいクラスターを作成してワークロードを移してください。IKS が提供するバージョン:',
  'kube-version.update.why':
    'IBM: "You can update the API server only to the next version ahead of its current version (n+1)." マスターは一度に 1 マイナー・バージョンずつ前方にのみ更新され、戻ることはありません。',
  'kube-version.update.skip':
    'クラスター {name} は {current} で稼働しています。{target} は {count} マイナー・バージョン先です: IKS はマスターを一度に 1 マイナー・バージョンずつ更新します。',
  'kube-version.update.skip-major':
    'クラスター {name} は {current} で稼働しています。{target} は別のメジャー・バージョンです: IKS はマスターを、リストされたバージョンを経由して一度に 1 マイナー・バージョンずつ更新します。',
  'kube-version.update.platform':
    'クラスター {name} は {from} {current} で稼働しています。{target} は {to} のバージョンです: IKS はクラスターのプラットフォームを変更しません。',
  'kube-version.update.platform.why':
    "IBM: バージョンは更新できますが、「but can't roll back to a previous version or switch to a different container platform」。Kubernetes クラスターは Kubernetes のまま、OpenShift クラスターは OpenShift のままです。",
  'kube-version.update.platform.fix':
    'クラスター自身のプラットフォームのバージョンに更新するか、別のプラットフォームで新しいクラスターを作成してワークロードを移動してください。IKS が提供するバージョン:',
  'kube-version.update.too-old':
    'クラスター {name} は {current} で稼働しており、IKS がリストする最も古いバージョン {oldest} より 2 マイナー・バージョン以上古いため、マスターを更新できません。',
  'kube-version.update.too-old.why':
    'IBM:「If the cluster master runs two or more versions behind the oldest supported version, you can no longer apply updates and must delete the cluster and create a new one.」クラスターを作成し直す必要があります。',
  'kube-version.update.too-old.fix':
    'サポートされているバージョンで新しいクラスターを作成し、ワークロードを移動してから、このクラスターを削除してください。IKS が提供するバージョン:',
  'kube-version.update.strands-workers':
    'クラスター {name}: {count} 台のワーカー・ノードが {target} より {skew} マイナー・バージョンを超えて古いバージョンで稼働しています。マスターを {current} から {target} に更新すると、これらのワーカー・ノードが取り残されます ({platform} のワーカー・ノードはマスターより最大 {skew} バージョンまでしか遅れられません)。',
  'kube-version.update.strands-workers.why':
    'IBM:「your worker nodes can be only up to two versions behind the master version (n-2).」マスターをさらに進める前にワーカー・ノードを更新してください。',
  'kube-version.update.strands-workers.openshift.why':
    'IBM:「your worker nodes can only be one minor version behind the master version (n-1).」マスターをさらに進める前にワーカー・ノードを更新してください。',
  'kube-version.update.strands-workers.fix':
    '先にこれらのワーカー・ノードをマスターのバージョン ({current}) に更新してから、マスターを更新してください。',
  'kube-version.update.workers-unread':
    '未チェック: クラスター {name} のワーカー・ノードのバージョンを読み取れなかったため ({answer})、更新でワーカー・ノードが取り残されるかどうかは不明です。',
  'kube-version.update.skip.fix':
    'マスターを 1 マイナー・バージョンずつ、前の更新が完了してから順に更新してください:',
  'kube-version.update.unknown':
    'IKS は {platform} {target} を提供していません: クラスター {name} (現在 {current}) をこのバージョンに更新できません。',
  'kube-version.update.unknown.why':
    'マスター更新の更新先は、IKS が現在リストしているバージョン (GET /v1/versions) だけです。',
  'kube-version.update.eos':
    'クラスター {name} は {current} から {version} に更新できますが、そのサポート終了が近づいています: {eos}。',
  // worker-add, reload, replace, pool create, zone add
  'kube-version.workers.pass':
    'クラスター {name} は IKS がサポートする {current} で稼働しています: {operation} でワーカーを追加または再ロードできます。',
  'kube-version.workers.pass-eos':
    'クラスター {name} は IKS がサポートする {current} で稼働しています ({eos}): {operation} でワーカーを追加または再ロードできます。',
  'kube-version.workers.unsupported':
    'クラスター {name} は IKS がもう提供していない {current} で稼働しています: マスターを更新するまで、{operation} でワーカーを追加または再ロードできません。',
  'kube-version.workers.eos-past':
    'クラスター {name} はサポート終了を過ぎた {current} で稼働しています ({eos}): マスターを更新するまで、{operation} でワーカーを追加または再ロードできません。',
  'kube-version.workers.eos':
    'クラスター {name} が稼働する {current} はサポート終了が近づいています ({eos}): それを過ぎると、{operation} でワーカーを追加または再ロードできなくなります。',
  'kube-version.workers.why':
    'IBM: "The Kubernetes version that the cluster runs is no longer supported. … you can\'t add or reload worker nodes." マスターの更新が解決策です。',
  'kube-version.workers.fix':
    'マスターを {next} に更新し (一度に 1 マイナー・バージョンずつ)、その後ワーカーを更新してください。IKS が提供するバージョン:',
  'kube-version.eos.why':
    'サポート終了後のバージョンはサポート対象外になり、マスターを更新するまで IKS はそのクラスターのワーカーを追加も再ロードもしません。',
  'kube-version.detail.eos-days': 'サポート終了 {date}、あと {days} 日',
  'kube-version.detail.eos-past': 'サポート終了 {date}、経過済み',
  'kube-version.detail.eos-unreadable':
    'サポート終了が告知されています: "{date}"',
  'kube-version.covered':
    'ここではチェックしません: クラスター {name} がサポート対象外であることは cluster-state が報告しています (1 つの根本原因に 1 つの結果)。',
  // shared
  'kube-version.malformed':
    '"{requested}" は IKS が受け付けるバージョンではありません: major.minor または major.minor.patch (Red Hat OpenShift は _openshift 付き) で指定してください。',
  'kube-version.malformed.why':
    'IKS は読み取れないバージョンを拒否します。受け付けるのは `{command}` が示す形式 (1.33、1.33.4、4.17_openshift) です。',
  'kube-version.fix.versions': 'IKS が提供するバージョンを一覧表示します:',
  'kube-version.needs-input':
    '未チェック: {operation} には kube-version 入力 (更新先のバージョン) が必要です。',
  'kube-version.no-version-change':
    '未チェック: この cluster-update は Kubernetes バージョンを変更しません (プランが変更するのは {attributes})。',
  'kube-version.after-apply': '未チェック: kube-version は適用後に判明します。',
  'kube-version.current-unknown':
    '未チェック: クラスター {name} が稼働しているバージョンを IKS が示しませんでした。',
  'kube-version.empty':
    'IBM Cloud Kubernetes Service がバージョンを 1 つもリストしなかったため、バージョンをチェックできませんでした。',
  'kube-version.detail.offers': 'IKS は {version} を提供しています',
  'kube-version.detail.offers-default':
    'IKS は {version} を提供しています (デフォルト)',
  'kube-version.detail.offers-eos':
    'IKS は {version} を提供しています (サポート終了 {date})',
  'kube-version.detail.offers-default-eos':
    'IKS は {version} を提供しています (デフォルト、サポート終了 {date})'
}
