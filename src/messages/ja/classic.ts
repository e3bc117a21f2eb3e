import type {classic as en} from '../en/classic.js'

/** クラシック・ファミリー: infra-credentials、orphaned-workers、credential-switch、totp-mfa、paid-account、classic-region。 */
export const classic: {readonly [K in keyof typeof en]: string} = {
  // shared
  'classic.creds.linked':
    'アカウントにリンクされたクラシック・インフラストラクチャー',
  'classic.creds.manual': '手動で設定された {username} の資格情報',
  'classic.blocked.totp':
    '検証できませんでした: クラシック・インフラストラクチャーがこのログインに時間ベースのワンタイム・パスコード (TOTP) を要求するため、API キーでは読み取れません。{reason}',
  'classic.blocked.totp.fix':
    'totp-mfa の検出結果が失敗の場合は、先にそれを修正して再実行してください。合格の場合 (IKS が手動で設定されたクラシック資格情報を使用している場合) は、TOTP が必要なのはこのプリフライト・チェック自身のクラシック・ログインだけです。このチェックを理由付きでスキップしてください (skip-checks)。',
  'classic.blocked.paid':
    '検証できませんでした: アカウントに、IKS が使用できるクラシック・インフラストラクチャーがありません (paid-account を参照)。{reason}',
  'classic.blocked.paid.fix':
    '先に paid-account の検出結果を修正してから、再実行してください。',
  'classic.fix.nobody-has-credentials':
    'そのクラシック・アカウントの資格情報を持つ人がもういない場合は、クラスター ID {clusterId} を添えて IBM Cloud サポート Case (https://cloud.ibm.com/unifiedsupport/cases/add) を開いてください。サポートはそのアカウントの管理者を確認できますが、孤立クラスターを削除することはできません。',

  // infra-credentials
  'infra-credentials.title':
    'リージョンが使用するクラシック・インフラストラクチャー・アカウント',
  'infra-credentials.linked':
    'リージョン {region}、リソース・グループ {resourceGroup} は、アカウントにリンクされたクラシック・インフラストラクチャー (クラシック・アカウント {account}) を使用しています。手動で設定された資格情報はありません (E0051。これは正常です)。',
  'infra-credentials.manual':
    'リージョン {region}、リソース・グループ {resourceGroup} は、手動で設定された {username} のクラシック資格情報 (クラシック・アカウント {account}) を使用しています。',
  'infra-credentials.manual-other':
    'リージョン {region}、リソース・グループ {resourceGroup} は、手動で設定された {username} のクラシック資格情報 (クラシック・アカウント {account}。リンクされたクラシック・アカウント {linked} ではありません) を使用しています。',
  'infra-credentials.linked-none':
    'リージョン {region}、リソース・グループ {resourceGroup} には手動で設定されたクラシック資格情報がなく、アカウントにもリンクされたクラシック・インフラストラクチャーがありません。',
  'infra-credentials.linked-none.why':
    'この場合、IKS が作業できるクラシック・インフラストラクチャー・アカウントがありません。修正方法については paid-account の検出結果を参照してください。',

  // orphaned-workers
  'orphaned-workers.title':
    'ワーカー・ノードが、リージョンの資格情報が使用するクラシック・アカウントにある',
  'orphaned-workers.pass':
    '{cluster} の {count} 台のワーカー・ノードはすべて、クラシック・アカウント {account} のデバイスです。リージョン {region}、リソース・グループ {resourceGroup} はこのアカウントを使用しています: {credentials}。',
  'orphaned-workers.no-workers':
    'クラスター {cluster} には、クラシック・インフラストラクチャーで検索する対象となるプロビジョン済みのワーカー・ノードがありません。',
  'orphaned-workers.partial':
    '{cluster} の {count} 台のワーカー・ノードのうち {missing} 台が、キーから見えるクラシック・アカウント {account} のデバイスの中にありません。その他のワーカー・ノードはあります。',
  'orphaned-workers.partial.why':
    '別のクラシック・アカウントにあるワーカー・ノードは "incorrect account for worker" で失敗します。ただし、すべてのデバイスへのアクセス権限を持たないクラシック・ユーザーにも、デバイスの一部しか見えません。',
  'orphaned-workers.partial.fix':
    'すべてのデバイスへのアクセス権限を持つクラシック・ユーザーとして、見つからないワーカー・ノード (詳細にリストされています) を検索してください。別のアカウントにある場合、クラスターは孤立しています。',
  'orphaned-workers.unconfirmed':
    '{cluster} のワーカー・ノードは、リンクされたクラシック・アカウント {linked} のデバイスではありません。リージョン {region}、リソース・グループ {resourceGroup} は手動で設定された {username} の資格情報 (クラシック・アカウント {current}) を使用していますが、このキーではそのアカウントのデバイスを読み取れません。また、"incorrect account for worker" を報告しているワーカー・ノードはありません。',
  'orphaned-workers.unconfirmed.why':
    'これは、チームのクラシック・アカウントにある正常なクラスターと同じ状態ですが、確認はできません。そのアカウントのクラシック API キーを持っているのは IKS であり、パイプラインではないためです。',
  'orphaned-workers.unconfirmed.fix':
    '{username} (またはそのクラシック・アカウントの別のユーザー) として、ワーカー・ノードがそのアカウントのデバイスであることを確認してください。',
  'orphaned-workers.unverified':
    '{cluster} のワーカー・ノードがどこにあるかを検証できませんでした。クラシック・アカウント {account} のデバイス・リストを読み取れませんでした: {reason}',
  'orphaned-workers.unverified.why':
    'キーで読み取れない可能性があるデバイス・リストからは、どちらとも判断できません。そのため、クラスターを孤立とは判定しませんが、プリフライト・チェックではワーカー・ノードが正しいアカウントにあるとも言えません。',
  'orphaned-workers.unverified.fix.permissions':
    'アカウント {account} のパイプラインのクラシック・ユーザーにデバイスへのアクセス権限 (View Virtual Server Details、View Hardware Details、およびすべてのデバイスへのアクセス) を付与するか、このチェックを理由付きでスキップしてください。',
  'orphaned-workers.unverified.fix.other':
    'ジョブを再実行してください。アカウントが大きすぎてリストできない場合は、このチェックを理由付きでスキップしてください (skip-checks の行 `orphaned-workers: <reason>`)。',
  'orphaned-workers.orphaned.unset':
    'クラスター {cluster} は孤立しています。ワーカー・ノードはリンクされたクラシック・アカウント {linked} のデバイスですが、リージョン {region}、リソース・グループ {resourceGroup} は手動で設定された {username} の資格情報 (クラシック・アカウント {current}) を使用しています。',
  'orphaned-workers.orphaned.set':
    'クラスター {cluster} は孤立しています。ワーカー・ノードは、リージョン {region}、リソース・グループ {resourceGroup} が使用しているクラシック・アカウント {current} ({credentials}) のデバイスではありません。別のクラシック・アカウントで作成されています。',
  'orphaned-workers.orphaned.either':
    'クラスター {cluster} は孤立しています。{reported} 台のワーカー・ノードが "incorrect account for worker" を報告しています。リージョン {region}、リソース・グループ {resourceGroup} は {credentials} を使用しています。',
  'orphaned-workers.orphaned.why':
    'IKS は、クラスターのリージョンとリソース・グループのインフラストラクチャー資格情報を使用してクラシックのワーカー・ノードを管理します。ワーカー・ノードが別のクラシック・アカウントにあると、{operation} は "incorrect account for worker" で失敗します。他のクラスターは引き続き管理できます。',
  'orphaned-workers.detail.plain': '{worker} ({ip}, {state}){incorrect}',
  'orphaned-workers.detail.in':
    '{worker} ({ip}, {state}) クラシック・アカウント {account} にあります{incorrect}',
  'orphaned-workers.detail.not-in':
    '{worker} ({ip}, {state}) クラシック・アカウント {account} にありません{incorrect}',
  'orphaned-workers.detail.linked': '(リンクされたアカウント)',
  'orphaned-workers.detail.no-ip': 'プライベート IP アドレスなし',
  'orphaned-workers.detail.unknown-state': '状態不明',
  'orphaned-workers.fix.unset':
    'リージョン {region}、リソース・グループ {resourceGroup} を、リンクされたクラシック・アカウント {linked} に戻してください (戻すと、`credential get` は "No credentials set … (E0051)" と応答します)。その後、操作を再試行してください。',
  'orphaned-workers.fix.either-unset':
    'ワーカー・ノードがリンクされたクラシック・アカウント {linked} のデバイスである場合は、手動で設定された資格情報を削除してください。',
  'orphaned-workers.fix.set':
    'リージョン {region}、リソース・グループ {resourceGroup} に、ワーカー・ノードがあるクラシック・アカウントのユーザーの資格情報を設定してください (ユーザー名はそのアカウントの ID と "_" で始まり、キーはそのユーザーのクラシック・インフラストラクチャー API キーです)。',
  'orphaned-workers.fix.either-set':
    'それ以外の場合は、ワーカー・ノードがあるクラシック・アカウントのユーザーの資格情報を設定してください (ユーザー名はそのアカウントの ID と "_" で始まり、キーはそのユーザーのクラシック・インフラストラクチャー API キーです)。',
  'orphaned-workers.fix.see-switch':
    '切り替える前に credential-switch の検出結果を確認してください。切り替えると、リージョン {region}、リソース・グループ {resourceGroup} の他のクラスターのうち、ワーカー・ノードが現在使用中のアカウントにあるものがすべて孤立します。',

  // credential-switch
  'credential-switch.title': '資格情報を切り替えても他のクラスターが孤立しない',
  'credential-switch.not-needed':
    'クラスター {cluster} は孤立していません。リージョン {region}、リソース・グループ {resourceGroup} の資格情報を切り替える必要はありません。',
  'credential-switch.no-switch-advised':
    '{cluster} については、資格情報の切り替えは推奨されません (orphaned-workers で孤立と判定されませんでした)。',
  'credential-switch.safe':
    'リージョン {region}、リソース・グループ {resourceGroup} の資格情報を切り替えても、他のクラシック・クラスターは孤立しません。',
  'credential-switch.orphans':
    '{cluster} を修正するためにリージョン {region}、リソース・グループ {resourceGroup} の資格情報を切り替えると、ワーカー・ノードが現在使用中の{now} のデバイスである他のクラスター {count} 個が孤立します: {clusters}。',
  'credential-switch.may-orphan':
    '{cluster} を修正するためにリージョン {region}、リソース・グループ {resourceGroup} の資格情報を切り替えると、現在使用中の{now} で動作している他のクラスター {count} 個が孤立する可能性が高くなります: {clusters}。',
  'credential-switch.why':
    'IKS が使用するクラシック資格情報は、リージョンとリソース・グループごとに 1 組です。ワーカー・ノードが異なるクラシック・アカウントにあるクラスターを、{region} ですべて同時に管理することはできません。',
  'credential-switch.now.linked':
    'リンクされたクラシック・アカウント {account}',
  'credential-switch.now.current': 'クラシック・アカウント {account}',
  'credential-switch.detail.definite':
    '{cluster} ({id}): ワーカー・ノードは{now} のデバイスです',
  'credential-switch.detail.likely':
    '{cluster} ({id}): ワーカー・ノードはリンクされたアカウントになく、アカウントの不一致も報告していないため、{now} にある可能性が高いです',
  'credential-switch.fix.lasting':
    '切り替えは、それらのクラスターを待たせても問題ない場合にだけ行ってください。恒久的な修正: リージョン {region}、リソース・グループ {resourceGroup} のクラシック・クラスターを再作成してすべてを 1 つのクラシック・インフラストラクチャー・アカウントにまとめ、その後は資格情報をそのアカウントに向けたままにします。',

  // totp-mfa
  'totp-mfa.title':
    '多要素認証がクラシック・インフラストラクチャーを妨げていない',
  'totp-mfa.pass':
    'アカウントの MFA 設定は {mfa} です。リージョン {region}、リソース・グループ {resourceGroup} のクラシック・インフラストラクチャーの呼び出しには影響しません。',
  'totp-mfa.manual':
    'アカウントの MFA 設定は {mfa} ですが、リージョン {region}、リソース・グループ {resourceGroup} は手動で設定された {username} のクラシック資格情報を使用しており、TOTP の影響を受けません。',
  'totp-mfa.enabled':
    'アカウントの MFA 設定は {mfa} (TOTP) であり、リージョン {region}、リソース・グループ {resourceGroup} は手動で設定された資格情報なしで、リンクされたクラシック・インフラストラクチャーを使用しています。',
  'totp-mfa.reported':
    'IBM Cloud は、リージョン {region}、リソース・グループ {resourceGroup} のクラシック・インフラストラクチャーへのログインを拒否しています: "{message}" (アカウントの MFA 設定 {mfa})。',
  'totp-mfa.user.override':
    '{mfa} ({user}、IKS が使用する API キーの所有者に対するユーザーごとの設定。アカウントの設定は {account})',
  'totp-mfa.why':
    'TOTP は、IKS がリンクされたアカウントで行うクラシック・インフラストラクチャーの呼び出しにも適用されます。そのため、IKS でクラシック・クラスターとワーカー・ノードを作成して管理することはできません ("can\'t authenticate the infrastructure user: Time-based One Time Password authentication is required to log in with this user.")。',
  'totp-mfa.level':
    'アカウントの MFA 設定は {mfa} であり、リージョン {region}、リソース・グループ {resourceGroup} は手動で設定された資格情報なしで、リンクされたクラシック・インフラストラクチャーを使用しています。',
  'totp-mfa.level.why':
    'IBM の資料で阻害要因として記載されているのは TOTP です。{mfa} が IKS のクラシックの呼び出しも妨げるかどうかは記載されていません。操作が TOTP のメッセージで失敗する場合は、以下のいずれかの修正を適用してください。',
  'totp-mfa.fix.turn-off':
    '次のいずれかを実行してください。アカウントで TOTP を無効にします (アカウント所有者またはアカウント管理者が実行します。コンソール:「管理」>「アクセス (IAM)」>「設定」>「多要素認証」>「なし」)。',
  'totp-mfa.fix.classic-key':
    'または、引き続き TOTP を使用し、IKS にクラシック・インフラストラクチャー API キーを与えてください。アカウント所有者または必要な権限を持つユーザー (ユーザー名 {linked}_<email>) のクラシック・インフラストラクチャー API キーを作成するか見つけ、クラシック・クラスターがあるすべてのリージョンとリソース・グループ ({regions}) で、キーを設定して確認し、クラスターがそのキーを使用するようにします。',

  // paid-account
  'paid-account.title': 'アカウントにクラシック・インフラストラクチャーがある',
  'paid-account.pass':
    'アカウントには、リージョン {region}、リソース・グループ {resourceGroup} 用にリンクされたクラシック・インフラストラクチャー (クラシック・アカウント {account}) があります。',
  'paid-account.is-paid':
    'IKS はクラスター {cluster} を有料 (isPaid) と報告しています。リージョン {region}、リソース・グループ {resourceGroup} はクラシック・インフラストラクチャーを使用できます (リンクされたクラシック・アカウント {account})。',
  'paid-account.manual':
    'アカウントにはリンクされたクラシック・インフラストラクチャーがありませんが、リージョン {region}、リソース・グループ {resourceGroup} は手動で設定された {username} のクラシック資格情報を使用しています。',
  'paid-account.unlinked':
    'アカウント {accountId} にはリンクされたクラシック・インフラストラクチャーがなく (有料アカウントではありません)、リージョン {region}、リソース・グループ {resourceGroup} には手動で設定されたクラシック資格情報もありません。',
  'paid-account.e0057':
    'IKS は、リージョン {region}、リソース・グループ {resourceGroup} のクラシック・インフラストラクチャーを拒否しています ({operation}、{code}): "{message}"',
  'paid-account.why':
    'クラシック・クラスターとワーカー・ノードはクラシック・インフラストラクチャーで注文されます。それには従量課金 (PAYG) またはサブスクリプションのアカウント (またはそのようなアカウントのクラシック資格情報) が必要です。ない場合、IKS は "Unable to connect to the IBM Cloud account. Ensure that you have a paid account." (E0057) と応答します。',
  'paid-account.fix.upgrade':
    'アカウントを従量課金 (PAYG) またはサブスクリプションにアップグレードしてください (コンソール:「管理」>「アカウント」>「アカウント設定」。https://cloud.ibm.com/docs/account?topic=account-upgrading-account)。これにより、クラシック・インフラストラクチャーがリンクされます。',
  'paid-account.fix.credentials':
    'または、有料のクラシック・インフラストラクチャー・アカウントのユーザーのクラシック資格情報を、リージョン {region} に設定してください。',
  'paid-account.fix.vpc':
    '新しいクラスターの場合、VPC クラスター (プロバイダー vpc-gen2) にはクラシック・インフラストラクチャーは必要ありません。',

  // classic-region
  'classic-region.title': 'リージョンでクラシック・クラスターをまだ作成できる',
  'classic-region.pass':
    'アカウントにはリージョン {region} にクラシック・クラスターが {count} 個ある ({clusters}) ため、そこにクラシック・クラスターを作成できます。',
  'classic-region.none':
    'アカウントには、リージョン {region} にクラシック・クラスターがありません (このキーから見えるクラスターの中で)。IKS は E501e で作成を拒否します。',
  'classic-region.none-soon':
    'アカウントには、リージョン {region} にクラシック・クラスターがありません (このキーから見えるクラスターの中で)。2026-10-01 以降、IKS はこのような作成を E501e で拒否します。',
  'classic-region.why':
    '2026-10-01 以降、アカウントがクラシック・クラスターを作成できるのは、既にクラシック・クラスターがあるリージョンだけです: "E501e: Classic cluster creation is not supported in regions that do not have existing classic clusters."',
  'classic-region.fix.other-region':
    'アカウントにクラシック・クラスターがあるリージョン ({regions}) でクラシック・クラスターを作成してください。',
  'classic-region.fix.no-classic':
    'アカウントにはどのリージョンにもクラシック・クラスターがないため、クラシック・クラスターはもう作成できません。',
  'classic-region.fix.vpc':
    'または、代わりにこのリージョンで VPC クラスター (プロバイダー vpc-gen2) を作成してください。',
  'classic-region.fix.no-such-region':
    'region 入力を確認してください: {region} は、アカウントのクラスターのリージョンでも、IKS が VPC ゾーンを一覧表示するリージョン ({regions}) でもないため、入力ミスの可能性があります。'
}
