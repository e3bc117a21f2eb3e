import type {report as en} from '../en/report.js'

/** レポート自体のテキスト (バナー、見出し、表の列)。 */
export const report: {readonly [K in keyof typeof en]: string} = {
  'report.result.pass':
    'プリフライト・チェックに合格しました: {operation} を実行できます。',
  'report.result.warn':
    'プリフライト・チェックは警告付きで合格しました: {operation} を実行できますが、警告を確認してください。',
  'report.result.fail':
    'プリフライト・チェックが失敗しました: {operation} は{problems}。',
  'report.result.no-iks-change':
    'プリフライト・チェックに合格しました: このプランには IKS の変更がないため、事前確認するものはありません。',
  'report.plan-notes': 'プリフライト・チェックしなかったプランの変更 ({count})',
  'report.result.nothing-verified':
    'プリフライト・チェックは何も検証していません: {operation} に該当するチェックはすべてスキップされたため、見過ごされた合格にせず失敗とします。skip-checks の項目を減らすか、プリフライト・チェック・ステップを削除してください。',
  'report.result.would-fail': '失敗します (阻害要因 {count} 件: {checks})',
  'report.result.unverified':
    '検証できませんでした (チェック {count} 件: {checks})',
  'report.result.and': '。また、',
  'report.ibm-incident': 'IBM インシデント ID',
  'report.ibm.code': 'コード',
  'report.ibm.incident': 'インシデント ID',
  'report.input-error.summary':
    'プリフライト・チェックは実行されませんでした: 入力が無効です。IBM Cloud には何も要求していません。',
  'report.internal-error.summary':
    'プリフライト・チェックは内部エラーで停止しました。メッセージはログにあります。',
  'report.input.clear-text-endpoint':
    '{name} は {host} への平文の http:// で、このマシンの外です: API キーと IAM トークンがその経路を暗号化されずに流れます。ホストが信頼できるネットワーク内の TLS 終端プロキシーでない限り、https:// を使用してください。',
  'report.input.same-cluster':
    "入力 'cluster': {ref} と {first} は同じクラスター ({id}) です。{first} として 1 回だけチェックしました。",
  'report.input.provider-mismatch':
    "入力 'provider': {given} が指定されましたが、IKS によるとクラスター {cluster} は {actual} です。チェックには {actual} を使用しました。",
  'report.input.remediate-classic':
    "入力 'remediate': vpe は VPC クラスターのみを修復します。クラシック・クラスター {clusters} では何も修復していません。",
  'report.input.vpc-id-unchecked':
    "入力 'vpc-id': {vpc} は検証されていません。skip-checks が vpc-id を読むチェック vpc-subnets をスキップしているため、存在しない VPC でも検出されません。",
  'report.summary-truncated':
    'このサマリーには {total} 件中 {shown} 件の検出結果を表示しています: GitHub はステップごとに最大 1 MiB のジョブ・サマリーしか保持しません。JSON レポートにはすべて含まれています。',
  'report.identity': '実行者',
  'report.account': 'アカウント',
  'report.iam-id': 'IAM ID',
  'report.caller': '呼び出し元',
  'report.kind.user': 'ユーザー',
  'report.kind.service-id': 'サービス ID',
  'report.kind.profile': 'トラステッド・プロファイル',
  'report.kind.other': 'その他の ID',
  'report.checks': 'チェック',
  'report.col.status': '状況',
  'report.col.check': 'チェック',
  'report.col.target': '対象',
  'report.col.summary': '確認された内容',
  'report.problems': '修正が必要な項目',
  'report.why': '影響',
  'report.fix': '修正方法',
  'report.docs': 'IBM の資料',
  'report.more-docs': 'チェックのリファレンス',
  'report.ibm': 'IBM の応答',
  'report.requests': 'IBM Cloud への要求 {requests} 件 ({seconds} 秒)。',
  'report.requests.one': 'IBM Cloud への要求 1 件 ({seconds} 秒)。',
  'report.more-in-summary':
    'この種類の検出結果があと {count} 件、ジョブ・サマリーにあります。',
  'report.more-in-report':
    'この種類の検出結果があと {count} 件、JSON レポート (report-path) にのみあります: ジョブ・サマリーは GitHub の上限 1 MiB で切り詰められました。',
  'report.more-in-summary-and-report':
    'この種類の検出結果があと {count} 件ジョブ・サマリーに、さらに {rest} 件が JSON レポート (report-path) にのみあります: ジョブ・サマリーは GitHub の上限 1 MiB で切り詰められました。',
  'report.identity-unknown': '不明 (API キーをトークンに交換できませんでした)',
  'report.status.pass': '合格',
  'report.status.warn': '警告',
  'report.status.fail': '失敗',
  'report.status.error': '検証不可',
  'report.status.skip': 'スキップ',
  'report.count.pass': '合格 {count} 件',
  'report.count.warn': '警告 {count} 件',
  'report.count.fail': '阻害要因 {count} 件',
  'report.count.error': '検証不可 {count} 件',
  'report.count.skip': 'スキップ {count} 件',
  'report.operation-line': '{targets} に対する操作 {operation}。',
  'report.passed-details': '合格およびスキップしたチェック ({count} 件)',
  'report.left-out':
    '表示していない検出結果: 合格 {passes} 件、スキップ {skips} 件 (report-detail: all ですべて表示します。JSON レポートにはすべての検出結果があります)。',
  'report.all-clear': '修正が必要な項目はありません。',
  'report.more-details': '… ほか {count} 件。',
  'report.truncated':
    'このコメントには {total} 件の検出結果のうち {shown} 件を表示しています。GitHub のコメントは 65,536 文字までに制限されているためです。ジョブ・サマリーと JSON レポートにはすべての検出結果があります。',
  'report.run-link': 'ワークフローの実行',
  'report.failed-checks':
    'チェック: {checks}。すべての検出結果とその修正方法はジョブ・サマリーに記載されています。',
  'report.log-line':
    '(IBM Cloud への要求 {requests} 件、{seconds} 秒、レポート: {path})',
  'report.log-line.one':
    '(IBM Cloud への要求 1 件、{seconds} 秒、レポート: {path})',
  'report.written': '({format} レポート: {file})',
  'report.internal-error': '内部エラー: {message}',
  'report.junit-warning': '警告: {text}',
  'report.pr-comment.no-token':
    'pr-comment: github-token がないため、PR コメントは投稿しません。ジョブの状況は引き続きゲートとして機能します。',
  'report.pr-comment.read-only':
    "pr-comment: PR #{number} にコメントできません (HTTP {status}: {reason})。ここではトークンが読み取り専用です (フォークまたは Dependabot の PR であるか、ジョブに 'permissions: pull-requests: write' がありません)。ジョブの状況は引き続きゲートとして機能します。",
  'report.pr-comment.timeout':
    'timeout-seconds の残り {seconds} 秒以内に GitHub から応答がありません',
  'report.pr-comment.no-answer':
    'GitHub から応答がありません (ネットワーク・エラー)',
  'report.pr-comment.failed':
    'pr-comment: PR コメントは投稿されませんでした ({reason})。ジョブ・サマリーに同じ内容があります。'
}
