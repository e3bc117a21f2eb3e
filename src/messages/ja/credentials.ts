import type {credentials as en} from '../en/credentials.js'

/** 資格情報ファミリー: api-key、account、cluster-access、cluster-name、cluster-api-key、infra-permissions。 */
export const credentials: {readonly [K in keyof typeof en]: string} = {
  'api-key.title': 'API キーが有効である',
  'api-key.pass':
    'API キーを IAM トークンに交換できます ({identity}、アカウント {accountId})。',
  'api-key.unknown': 'IAM はこの API キーを認識していません ({answer})。',
  'api-key.unknown.why':
    '操作で行われる IBM Cloud への呼び出しはすべてこのキーで行われます。認識されないキーでは何も実行できません。',
  'api-key.unknown.fix':
    'パイプラインのユーザーまたはサービス ID の新しい API キーを作成し、ワークフローが api-key に渡すシークレットとして保管してから、古いシークレットを削除してください。',
  'api-key.rejected': 'IAM が API キーを拒否しました ({answer})。',
  'api-key.rejected.why':
    'IAM トークンがなければ、操作に必要な IBM Cloud への呼び出しを 1 つも行えません。',
  'api-key.rejected.fix':
    'シークレットに現在有効な IBM Cloud API キー (クラシック・インフラストラクチャー・キーや IAM トークンではないもの) が入っていることを確認し、必要であればキーを作成し直してください。',
  'api-key.disabled': 'API キー {keyName} は無効になっています。',
  'api-key.disabled.why':
    '無効な API キーでは認証できないため、操作の呼び出しはすべて失敗します。',
  'api-key.disabled.fix':
    'キーを再度有効にするか (キーの所有者、または IAM Identity の管理者が実行します)、キーを置き換えてください。',
  'api-key.locked':
    'API キー {keyName} はロックされています。認証はできますが、ロックを解除するまで変更、ローテーション、削除はできません。',
  'api-key.locked.why':
    'ロックはキーを削除から保護するものです。操作は妨げませんが、ロックを解除するまで、このパイプラインでのキーのローテーションは失敗します。',
  'api-key.locked.fix':
    'キーをローテーションまたは削除する必要があるときは、ロックを解除してください。',

  // account
  'account.title': 'キーが想定どおりのアカウントに属している',
  'account.pass':
    'アカウント {account} は expected-account-ids に含まれています。',
  'account.no-allow-list':
    'expected-account-ids が指定されていません。キーはアカウント {account} に属しています。',
  'account.unexpected':
    'API キーはアカウント {account} に属していますが、このアカウントは expected-account-ids ({expected}) に含まれていません。',
  'account.unexpected.why':
    '操作が意図とは別のアカウントで実行されます。クラスターがそのアカウントに作成されるか、クラスターが見つかりません。',
  'account.unexpected.fix':
    '意図したアカウントの API キーを渡してください (ジョブが使用するシークレットと環境を確認してください)。このアカウントが意図したものである場合は、{accountId} を expected-account-ids に追加してください。',
  'account.resource-group-unknown':
    'resource-group 入力のリソース・グループが見つかりません: {message}',
  'account.resource-group-unknown.why':
    'IKS は資格情報、API キー、新しいクラスターをリソース・グループ ID で区分します。不明なグループを指定すると、このような呼び出しはすべて失敗します。',
  'account.resource-group-unknown.fix':
    'resource-group に、アカウント内のグループの ID または正確な名前 (大/小文字の区別あり) を設定してください。',

  // cluster-access
  'cluster-access.title': 'このキーでクラスターを読み取れる',
  'cluster-access.pass':
    'クラスター {name} ({id}): {provider}、{region}、リソース・グループ {resourceGroup}、状態 {state}。',
  'cluster-access.not-found':
    'IKS はこのキーではクラスター {cluster} を見つけられません ({answer})。',
  'cluster-access.hint.G0004':
    '操作の対象は、アカウント {accountId} でこのキーからは見えないクラスターであるため、操作はすぐに失敗します。G0004 は通常、別のアカウントまたはリソース・グループがターゲットになっていることを意味します。',
  'cluster-access.hint.A0006':
    '操作の対象は、アカウント {accountId} でこのキーからは見えないクラスターであるため、操作はすぐに失敗します。A0006 は通常、別のリージョンまたはリソース・グループがターゲットになっているか、キーの所有者にクラスターに対するビューアー役割がないことを意味します。',
  'cluster-access.hint.other':
    '操作の対象は、アカウント {accountId} でこのキーからは見えないクラスターであるため、操作はすぐに失敗します。クラスターが別のアカウント、リージョン、またはリソース・グループにあるか、キーの所有者にそのクラスターに対するビューアー役割がありません。',
  'cluster-access.not-found.fix.list':
    'このキーで見えるクラスターをリストし、ワークフローがターゲットにしているアカウント、リージョン、リソース・グループを確認してください。',
  'cluster-access.not-found.fix.role':
    '他のユーザーにはクラスターが見えている場合は、キーの所有者に、そのクラスターに対する少なくともビューアーのプラットフォーム役割を付与してください。',
  'cluster-access.forbidden':
    'このキーではクラスター {cluster} を読み取ることができません ({answer})。',
  'cluster-access.forbidden.why':
    'クラスターの読み取りには Kubernetes Service に対するビューアーのプラットフォーム役割が必要であり、{operation} には {role} 役割が必要です。',
  'cluster-access.forbidden.fix':
    '管理者が、キーの所有者にこのクラスターに対する役割を付与します。',
  'cluster-access.region-mismatch':
    'クラスター {name} はリージョン {actual} にあり、region 入力で指定された {given} にはありません。',
  'cluster-access.group-mismatch':
    'クラスター {name} はリソース・グループ {actual} にあり、resource-group 入力で指定された {given} にはありません。',
  'cluster-access.mismatch.why':
    '入力のリージョンまたはリソース・グループをターゲットにするコマンドは、このクラスターに対して A0006 または G0004 で失敗します。',
  'cluster-access.mismatch.fix':
    'ワークフローで、クラスター自身のリージョンとリソース・グループをターゲットにしてください。',
  'cluster-state.state': 'クラスター {name} ({id}) は {state} 状態です。',
  'cluster-state.state.why':
    'クラスターが {state} 状態の間、IKS は {operation} を受け付けません。',
  'cluster-state.state.unsupported.why':
    'クラスターはサポート対象外の Kubernetes バージョンで稼働しています。マスターをサポート対象のバージョンに更新するまで、IKS はワーカー・ノードの追加や再ロードを行いません ({operation})。',
  'cluster-state.state.requested.why':
    'IBM: requested 状態では作成要求が送信済みで、デプロイメントはまだ開始していません。IBM はこの状態での {operation} の拒否を文書化していませんが、マスターはデプロイされていないため、操作が待機するか失敗する可能性があります。',
  'cluster-state.state.unsupported.allowed.why':
    'クラスターはサポート対象外のバージョンで稼働しています。IBM:「You can still delete the cluster or worker nodes, or update the cluster to the next version」。{operation} は許可されていますが、早めにマスターを更新してください。',
  'cluster-state.state.unsupported.resize-unknown.why':
    'クラスターはサポート対象外のバージョンで稼働しています。IKS はワーカー・ノードを増やすサイズ変更を拒否し、減らすサイズ変更は許可しますが、{operation} の前後のワーカー・プールのサイズがここでは分かりません。',
  'cluster-state.workers-unknown':
    'IKS はクラスター {name} にワーカー・ノード {workers} を返しません。クラスターのワーカー・ノード: {known}。',
  'cluster-state.workers-unknown.why':
    'workers 入力は IKS が返す ID ({command}) でワーカー・ノードを指定します。IKS が返さない ID はチェックできず、操作もそのワーカー・ノードを見つけられません。',
  'cluster-state.workers-unknown.fix':
    'ワーカー・ノードをリストし、その ID を workers に指定してください。',
  'cluster-state.detail.all-workers':
    'workers 入力がワーカー・ノードを指定しないため、クラスターのすべてのワーカー・ノードを判定しました。',
  'cluster-state.detail.replace-fixes':
    '{worker} は {state} 状態です。置換が IBM の修正方法であるため、worker-replace を妨げません。',
  'cluster-state.state.degraded.why':
    'IBM はクラスターを {state} と報告しています。{operation} が失敗したり、状態を悪化させたりする可能性があります。まずクラスターを確認してください。',
  'cluster-state.state.fix.update':
    'マスターを IKS がリストする次のバージョンに (1 マイナー・バージョンずつ、その後ワーカー・ノードも) 更新してから、操作を実行してください。',
  'cluster-state.state.fix.failed':
    'IKS はこの状態からクラスターを自動では回復しません。クラスターとワーカー・ノードを確認し、状態が変わらない場合はクラスター ID を添えて IBM サポート Case を開いてください。',
  'cluster-state.state.fix':
    'クラスターの状態が落ち着くまで待ってから、状態を確認してください。',

  // cluster-state
  'cluster-state.title':
    'クラスター、マスター、ワーカー・ノードが操作を受け付ける状態である',
  'cluster-state.pass':
    'クラスター {name} は {state} 状態、マスターは {masterState} です。別の操作中のワーカー・ノードはありません。',
  'cluster-state.pass-no-master':
    'クラスター {name} は {state} 状態です。別の操作中のワーカー・ノードはありません (IKS はマスターの状態を返しませんでした)。',
  'cluster-state.pass-cluster':
    'クラスター {name} は {state} 状態、マスターは {masterState} です。',
  'cluster-state.pass-cluster-only':
    'クラスター {name} は {state} 状態です (IKS はマスターの状態を返しませんでした)。',
  'cluster-state.pass-delete':
    'クラスター {name} は {state} 状態です。IKS はどの状態のクラスターでも削除します。',
  'cluster-state.master': 'クラスター {name} のマスターは {masterState} です。',
  'cluster-state.master.update.why':
    'IKS はマスターが deployed の間だけ {operation} を受け付けます (Ef9cc "master must be in the deployed state")。',
  'cluster-state.master.busy.why':
    'マスターの操作が進行中です。{operation} はそれと衝突するか、完了を待つ可能性があります。',
  'cluster-state.master.fix':
    'マスターが deployed (Ready) になるまで待ってから再実行してください。マスター更新が失敗している場合は確認が必要です。',
  'cluster-state.workers':
    'クラスター {name} のワーカー・ノード {count} 台が別の操作中か、失敗状態です。',
  'cluster-state.workers.why':
    'IKS は 1 台のワーカー・ノードに一度に 1 つの操作しか実行しません。これらのワーカー・ノードでの {operation} は、状態が落ち着くまで待つか失敗します。',
  'cluster-state.workers.fix':
    '保留中の操作が完了するまで (または失敗したワーカー・ノードを修復してから) 待ち、再実行してください。',

  // worker-minimum
  'worker-minimum.title':
    '操作の後もクラスターに IKS が必要とする数のワーカー・ノードが残る',
  'worker-minimum.pass':
    'クラスター {name} には {operation} の後に {left} 台のワーカー・ノードが残ります (現在 {now} 台)。{platform} クラスターには {minimum} 台以上が必要です。',
  'worker-minimum.pass-one':
    'クラスター {name} には {operation} の後に {left} 台のワーカー・ノードが残ります (現在 {now} 台。workers 入力がワーカー・ノードを指定しないため、1 台の削除として数えています)。{platform} クラスターには {minimum} 台以上が必要です。',
  'worker-minimum.pass-named':
    'クラスター {name} には {operation} の後に {left} 台のワーカー・ノードが残ります (現在 {now} 台。workers で指定された {count} 台を除外)。{platform} クラスターには {minimum} 台以上が必要です。',
  'worker-minimum.pass-any':
    'クラスター {name} には {operation} の後に {left} 台のワーカー・ノードが残ります (現在 {now} 台)。どちらのプラットフォームでも十分です (OpenShift は 2 台、Kubernetes は 1 台が必要)。',
  'worker-minimum.fail':
    'OpenShift クラスター {name} には {operation} の後に {left} 台のワーカー・ノードしか残りません (現在 {now} 台)。OpenShift クラスターには 2 台以上が必要です。',
  'worker-minimum.fail-one':
    'OpenShift クラスター {name} には {operation} の後に {left} 台のワーカー・ノードしか残りません (現在 {now} 台。workers 入力がワーカー・ノードを指定しないため、1 台の削除として数えています)。OpenShift クラスターには 2 台以上が必要です。',
  'worker-minimum.fail-named':
    'OpenShift クラスター {name} には {operation} の後に {left} 台のワーカー・ノードしか残りません (現在 {now} 台。workers で指定された {count} 台を除外)。OpenShift クラスターには 2 台以上が必要です。',
  'worker-minimum.fail.why':
    "IKS は OpenShift クラスターのワーカー・ノードを 2 台未満にする操作を拒否します (E1437「below the cluster's minimum requirement of 2 workers」。IBM の OpenShift FAQ:「Clusters must always have at least 2 worker nodes」)。削除中のワーカー・ノードは数えません。",
  'worker-minimum.fail.fix.resize-other':
    '先に、この操作が変更しないワーカー・プール {pool} のサイズを変更し、クラスターに {minimum} 台が残るようにしてください。',
  'worker-minimum.fail.fix.resize-self':
    'または、ワーカー・プール {pool} をゾーンあたり {size} 台にサイズ変更してください。',
  'worker-minimum.fail.fix.create':
    '先に別のワーカー・プールを作成してゾーンを追加し (名前、フレーバー、ゾーンを記入)、クラスターに {minimum} 台が残るようにしてください。',
  'worker-minimum.zero':
    'クラスター {name} には {operation} の後にワーカー・ノードが残りません (現在 {now} 台)。',
  'worker-minimum.zero.why':
    'IBM の FAQ は Kubernetes クラスターには常に 1 台以上のワーカー・ノードが必要だとしていますが、クラスターの状態のページはすべてのワーカー・ノードを削除したクラスター (warning 状態) を説明しており、拒否は文書化されていません。ワーカー・ノードのないクラスターではアプリは動かず、Calico のノード項目を整理するまで新しいワーカー・ノードでポッドが開始しないことがあります。',
  'worker-minimum.platform-unknown':
    'クラスター {name} には {operation} の後に {left} 台のワーカー・ノードが残ります (現在 {now} 台) が、IKS はこれが Kubernetes クラスターか OpenShift クラスターかを返しませんでした。',
  'worker-minimum.platform-unknown.why':
    'OpenShift クラスターには 2 台以上 (E1437)、Kubernetes クラスターには 1 台以上のワーカー・ノードが必要です。クラスターのタイプもバージョンもプラットフォームを示さないため、阻害要因とは判定しません。',
  'worker-minimum.pending':
    'クラスター {name} には {operation} の後に {left} 台のワーカー・ノードが残りますが (現在 {now} 台)、そのうち {count} 台に保留中の操作があります。',
  'worker-minimum.pending.why':
    'IKS は保留中の操作があるワーカー・ノードを最小数 {minimum} 台に数えないことがあります (E1437「If there are any worker operations pending, you might need wait for them to complete」)。',
  'worker-minimum.pending.fix':
    '保留中の操作が完了するまで待ってから、操作を実行してください。',
  'worker-minimum.needs-input':
    '未チェック: ワーカー・ノードの残数を数えるには、{operation} に {input} 入力が必要です。',
  'worker-minimum.after-apply': '未チェック: {input} は適用後に判明します。',
  'worker-minimum.pool-unknown':
    '未チェック: IKS はクラスター {name} のワーカー・プール {pool} のワーカー・ノードを返さないため、サイズ変更されるゾーンが分かりません。',
  'worker-minimum.workers-unknown':
    '未チェック: IKS はクラスター {name} にワーカー・ノード {workers} を返しません (クラスターにあるワーカー・ノードは cluster-state が示します)。',
  'worker-minimum.detail.removed':
    '{worker} (ワーカー・プール {pool}): {operation} で削除',

  // cluster-name
  'cluster-name.title': '新しいクラスター名が使用可能である',
  'cluster-name.pass':
    'リージョン {region} に {name} という名前のクラスターはありません。',
  'cluster-name.pass-other-regions':
    'リージョン {region} に {name} という名前のクラスターはありません ({regions} には存在します)。',
  'cluster-name.pass-replaced':
    '{name} という名前のクラスターがリージョン {region} に存在します (ID {id})。プランは新しいクラスターを作成する前にこれを削除するため、その時点で名前は使用可能です。',
  'cluster-name.taken':
    '{name} という名前のクラスターがリージョン {region} に既に存在します (ID {id}、リソース・グループ {resourceGroup})。',
  'cluster-name.taken.why':
    'IKS は E0007 で作成を拒否します。同じ名前のクラスターが既に存在するためです。',
  'cluster-name.taken.fix':
    '別の名前を選択してください。既存のクラスターが以前に失敗した実行の残りである場合は、削除するかどうかを決める前にその内容を確認してください。',

  // cluster-api-key
  'cluster-api-key.title':
    'IKS がリージョンとリソース・グループで使用可能な API キーを持っている',
  'cluster-api-key.pass':
    'IKS は、リージョン {region}、リソース・グループ {resourceGroup} で {owner} の API キーを使用します。',
  'cluster-api-key.pass-will-create':
    'リージョン {region}、リソース・グループ {resourceGroup} には、保管されている API キーを示すクラスターがありません。IKS は最初の作成時に、呼び出し元のキー ({caller}) から API キーを作成します。',
  'cluster-api-key.missing':
    'IKS には、リージョン {region}、リソース・グループ {resourceGroup} 用に保管された API キーがありません ({answer})。',
  'cluster-api-key.missing.why':
    'IKS は、{operation} のインフラストラクチャーおよび IAM の呼び出しを、保管されたこのキーで行います。キーがなければ操作は失敗します。',
  'cluster-api-key.reset.fix':
    'Kubernetes Service に対する管理者役割を持つ ID (サービス ID の場合は IAM Identity に対するオペレーター役割も必要) が、リージョンとリソース・グループごとに 1 回、自分のキーを保管します。',
  'cluster-api-key.service-id':
    '呼び出し元はサービス ID ({caller}) であり、IKS にはリージョン {region}、リソース・グループ {resourceGroup} のユーザー API キーがありません。',
  'cluster-api-key.service-id-unknown':
    '呼び出し元はサービス ID ({caller}) であり、リージョン {region}、リソース・グループ {resourceGroup} には、IKS がユーザー API キーを持っているかどうかを示すクラスターがありません。',
  'cluster-api-key.service-id.why':
    'IKS は、作成した ID のキーをリージョンとリソース・グループごとに保管します。IBM の資料では、IAM Identity サービスに対するオペレーター役割を持つサービス ID をキーの所有者にできます。この役割がない場合、作成は失敗します (A0656、A03e9b)。この実行では、サービス ID の役割を読み取っていません。',
  'cluster-api-key.service-id.fix.operator':
    'サービス ID には、IAM Identity サービスに対するオペレーター役割も必要です。',
  'cluster-api-key.restricted':
    'アカウント {accountId} では API キーの作成が制限されており (restrict_create_platform_apikey: RESTRICTED)、IKS にはリージョン {region}、リソース・グループ {resourceGroup} の API キーがありません。',
  'cluster-api-key.restricted-unknown':
    'アカウント {accountId} では API キーの作成が制限されており (restrict_create_platform_apikey: RESTRICTED)、リージョン {region}、リソース・グループ {resourceGroup} には、IKS が API キーを持っているかどうかを示すクラスターがありません。',
  'cluster-api-key.restricted.why':
    'IKS はクラスター用の API キーを作成する必要があります。作成が制限されている場合、IKS がキーを作成できるのは「User API key creator」(ユーザー API キー作成者) 役割を持つユーザーの場合だけです。この実行では、ユーザーの役割を読み取っていません。',
  'cluster-api-key.restricted.fix':
    'キーをリセットするユーザーに IAM Identity に対する「User API key creator」(ユーザー API キー作成者) 役割を付与してから、キーをリセットしてください。',

  // infra-permissions
  'infra-permissions.title':
    'クラシック・インフラストラクチャーの権限がそろっている',
  'infra-permissions.pass':
    'リージョン {region}、リソース・グループ {resourceGroup} で、必須または推奨のクラシック・インフラストラクチャー権限に不足はありません。{judged}',
  'infra-permissions.missing-required':
    'リージョン {region}、リソース・グループ {resourceGroup} のインフラストラクチャー資格情報に、必須のクラシック権限が {count} 個不足しています: {permissions}。{judged}',
  'infra-permissions.missing-required.why':
    'IKS はこの資格情報を使用してクラシック・デバイスの注文、再ロード、キャンセルを行います。必須の権限が不足していると、{operation} が失敗します ("\'Item\' must be ordered with permission" または "The infrastructure authentication credentials are not authorized for the request.")。',
  'infra-permissions.missing-recommended':
    'リージョン {region}、リソース・グループ {resourceGroup} のインフラストラクチャー資格情報に、推奨のクラシック権限が {count} 個不足しています: {permissions}。{judged}',
  'infra-permissions.missing-recommended.why':
    '推奨の権限 (CLI では "suggested") はすべての操作に必要なわけではありませんが、ないと、ワーカー・ノード、ネットワーク、ストレージの一部のタスクが後で失敗します。',
  'infra-permissions.fix':
    'アカウント管理者が、不足している各権限を {user} に付与してから、再度確認します (ユーザーの ID は `ibmcloud sl user list` で確認できます)。',
  'infra-permissions.detail.required': '{category}、必須: {permissions}',
  'infra-permissions.detail.recommended': '{category}、推奨: {permissions}',
  'infra-permissions.detail.required-unnamed':
    '{category}、必須: IBM は不足を報告していますが、権限名を示していません (`{command}` を実行してください)',
  'infra-permissions.detail.recommended-unnamed':
    '{category}、推奨: IBM は不足を報告していますが、権限名を示していません (`{command}` を実行してください)',
  'infra-permissions.detail.unnamed': 'IBM による名前の提示なし',
  'infra-permissions.detail.category.virtualWorker': '仮想ワーカーの権限',
  'infra-permissions.detail.category.physicalWorker': '物理ワーカーの権限',
  'infra-permissions.detail.category.network': 'ネットワークの権限',
  'infra-permissions.detail.category.storage': 'ストレージの権限',
  'infra-permissions.detail.judged.both':
    'IBM が確認したのはクラシック・アカウント {account} です (資格情報: {accountType})。',
  'infra-permissions.detail.judged.account':
    'IBM が確認したのはクラシック・アカウント {account} です。',
  'infra-permissions.detail.judged.type':
    'IBM が確認した資格情報: {accountType}。',
  'infra-permissions.detail.judged.unknown':
    'IBM は確認したクラシック・アカウントを示していません。',
  'infra-permissions.user.manual':
    'インフラストラクチャー・ユーザー {username}',
  'infra-permissions.user.linked':
    'IKS がリージョン用に保管している API キーの所有者 (`{command}` を参照)',
  'api-key.ip-allowlist':
    'IAM はこの実行のアドレスへのトークンの発行を拒否しました ({answer})。IP アドレス許可リストが有効です。',
  'api-key.ip-allowlist.why':
    'アカウントまたはキーのユーザーは、リストされた IP アドレスとサブネットからのみ IAM トークンを許可しています。キーは有効ですが、呼び出し元のアドレスが許可されていません。',
  'api-key.ip-allowlist.fix':
    'アカウント管理者がランナーのパブリック・アドレスを許可 IP アドレスに追加するか (コンソール: 「管理」>「アクセス (IAM)」>「設定」、ユーザー個別のリスト: 「ユーザー」> ユーザー >「IP アドレス制限」)、許可されたアドレスからジョブを実行します。',
  'api-key.detail.allowlist-on':
    'アカウントの IAM IP アドレス許可リストが有効です ({addresses})。クラスターが使用する各リージョンの IKS コントロール・プレーンもリストに含める必要があります。',
  'api-key.detail.allowlist-off':
    'アカウントに IAM IP アドレス許可リストはありません。'
}
